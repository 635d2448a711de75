// Summaries of a case's deadlines for the case page and the worklist (issue 8 item 7): every
// overdue deadline with its days overdue, the worst one, the next one, and the benefit-limit flag.
import { addDays } from "./dates";
import type { Deadline, DeadlineFlag, DeadlineKind } from "./types";

const time = (d: Date) => d.getTime();

/**
 * The deadline a case is worked towards: the earliest pending (not satisfied) non-informational one,
 * an overdue one first. Null when there is none (closed, exempt without end, or all met).
 */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  const pending = deadlines.filter((d) => !d.informational && !d.satisfiedOn);
  pending.sort((a, b) => Number(b.state === "OVERDUE") - Number(a.state === "OVERDUE") || time(a.dueOn) - time(b.dueOn));
  return pending[0] ?? null;
}

/** Pending, non-informational, overdue deadlines: most days overdue first (ties: `kindOrder`). */
export function overdueDeadlines(deadlines: readonly Deadline[], kindOrder: readonly DeadlineKind[] = []): Deadline[] {
  return deadlines
    .filter((d) => !d.informational && !d.satisfiedOn && d.state === "OVERDUE")
    .sort((a, b) => time(a.dueOn) - time(b.dueOn) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}

/**
 * BENEFIT_LIMIT_PASSED_WITHOUT_DECISION when the reassessment (EXTENSION_ASSESSMENT) is pending and
 * overdue: the benefit has run past the limit (or past the end of an extension) with no decision.
 * It is raised whatever exemption the case has: an exemption suspends conversations, not § 24.
 */
export function benefitLimitFlag(deadlines: readonly Deadline[]): DeadlineFlag | null {
  const reassessment = deadlines.find((d) => d.kind === "EXTENSION_ASSESSMENT");
  if (!reassessment || reassessment.satisfiedOn || reassessment.state !== "OVERDUE") return null;
  return {
    kind: "BENEFIT_LIMIT_PASSED_WITHOUT_DECISION",
    since: addDays(reassessment.dueOn, 1),
    legalBasisKey: reassessment.legalBasisKey,
    ...(reassessment.legalParagraph ? { legalParagraph: reassessment.legalParagraph } : {}),
  };
}
