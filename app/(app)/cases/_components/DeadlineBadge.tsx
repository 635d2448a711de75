// A deadline's state in words (not only colour), and the label of a deadline kind.
import type { T } from "@/lib/i18n/server";
import type { UrgencyState } from "@/lib/domain/cases/urgency";
import { Badge, type Tone } from "@/components/ui/Badge";

/** The badge tone of each deadline state (also used by the worklist rows, WorklistRows). */
export const URGENCY_TONE: Record<UrgencyState, Tone> = { OVERDUE: "danger", DUE_SOON: "warning", ON_TRACK: "success", NONE: "neutral" };

export function DeadlineBadge({ t, state }: { t: T; state: UrgencyState }) {
  return <Badge tone={URGENCY_TONE[state]}>{t(`cases.urgency.${state}`)}</Badge>;
}

const KINDS = [
  "EMPLOYER_CONVERSATION",
  "CONTACT_WINDOW_OPENS",
  "DOCTOR_CERTIFICATE",
  "FIRST_FOLLOW_UP",
  "REHABILITATION_TEAM",
  "FOLLOW_UP",
  "RETENTION_PLAN_POSSIBLE",
  "BENEFIT_LIMIT_APPROACHING",
  "EXTENSION_ASSESSMENT",
] as const;

export function deadlineKindLabel(t: T, kind: string | null): string {
  const k = KINDS.find((x) => x === kind);
  return k ? t(`rules.kind.${k}`) : "";
}
