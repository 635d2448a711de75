// The two arms' disclosure-safe curves (lib/studies/disclosure.ts) on one time axis, as "share off
// benefit" in per cent: the step function of each arm at every time where either arm has a point,
// up to the day its curve ends.
import type { DisplayCurve } from "@/lib/studies/disclosure";
import type { PerArm } from "@/lib/studies/types";

export type MergedPoint = { time: number; INTERVENTION?: number; CONTROL?: number };

function valueAt(c: DisplayCurve, time: number): number | undefined {
  if (c.points.length === 0 || time > c.endsAt) return undefined;
  let v: number | undefined;
  for (const p of c.points) if (p.time <= time) v = p.survival;
  return v === undefined ? undefined : Math.round((1 - v) * 1000) / 10;
}

/** Points of both arms (times sorted, each arm's value where its curve is drawn). */
export function mergeCurves(curves: PerArm<DisplayCurve>): MergedPoint[] {
  const times = [...new Set([...curves.INTERVENTION.points, ...curves.CONTROL.points].map((p) => p.time))];
  for (const c of [curves.INTERVENTION, curves.CONTROL]) if (c.points.length) times.push(c.endsAt);
  return [...new Set(times)]
    .sort((a, b) => a - b)
    .map((time) => ({ time, INTERVENTION: valueAt(curves.INTERVENTION, time), CONTROL: valueAt(curves.CONTROL, time) }));
}
