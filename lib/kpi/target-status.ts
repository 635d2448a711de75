// Whether a figure meets its politically set target (pure). Shown with text and a shape as well as
// colour (WCAG 1.4.1), see components/kpi/TargetStatusBadge.tsx.
import type { Shown } from "./view";

export type TargetStatus = "met" | "notMet" | "unknown" | "noTarget";

/**
 * met: the value is on the right side of the target (≥ when higher is better, ≤ when lower is);
 * notMet: it is not; unknown: the value is suppressed or there is none; noTarget: no target is set.
 */
export function targetStatus(value: Shown, target: number | null, better: "higher" | "lower"): TargetStatus {
  if (target === null) return "noTarget";
  if (value.kind !== "value") return "unknown";
  const ok = better === "higher" ? value.value >= target : value.value <= target;
  return ok ? "met" : "notMet";
}
