// Pure rules and values shared by the follow-up use cases (no database access): when a
// conversation may have happened, its history values and the deadline it is held towards.
import type { Prisma } from "@/lib/db/generated/client";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import type { HistoryValue } from "@/lib/domain/history/types";
import { danishDayOf } from "@/lib/time";

/** A follow-up's own fields, as the case page lists them. */
export const followUpFieldsSelect = {
  id: true,
  dueOn: true,
  scheduledAt: true,
  heldAt: true,
  mode: true,
  participants: true,
  summary: true,
  agreements: true,
  status: true,
  statusReason: true,
  version: true,
} satisfies Prisma.FollowUpSelect;

/** What the follow-up use cases load of a follow-up (always together with the case id from the URL). */
export const followUpSelect = {
  ...followUpFieldsSelect,
  caseId: true,
  case: { select: { id: true, citizenId: true, firstAbsenceDay: true, status: true, closedOn: true } },
} satisfies Prisma.FollowUpSelect;

/** Allowance for clocks between browser and server when checking "not in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

type CaseDays = { firstAbsenceDay: Date; status: string; closedOn: Date | null };

/**
 * A conversation planned at `at` must fall on or after the case's first absence day, counted in
 * Danish calendar days (lib/time): 00:30 Danish time on the first absence day is that day, although
 * it is still the day before in UTC (sygedagpengeloven counts Danish days; ADR 0008).
 * @throws DomainRuleError "followups.errors.beforeAbsence" on `field`.
 */
export function assertNotBeforeAbsence(at: Date, c: Pick<CaseDays, "firstAbsenceDay">, field: string): void {
  if (danishDayOf(at) < c.firstAbsenceDay) throw new DomainRuleError("followups.errors.beforeAbsence", field);
}

/**
 * A held conversation is not in the future (5 minutes of clock skew allowed), not before the first
 * absence day, and on a closed case not after the closing day, all in Danish calendar days.
 * @throws DomainRuleError "followups.errors.heldInFuture" | "followups.errors.beforeAbsence" (field heldAt)
 *   | "followups.errors.caseClosed".
 */
export function assertHeldAtPlausible(heldAt: Date, c: CaseDays, now: Date): void {
  if (heldAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new DomainRuleError("followups.errors.heldInFuture", "heldAt");
  assertNotBeforeAbsence(heldAt, c, "heldAt");
  // On a closed case, only conversations held on or before the closing day can be registered.
  if (c.status === "CLOSED" && c.closedOn && danishDayOf(heldAt) > c.closedOn) throw new DomainRuleError("followups.errors.caseClosed");
}

/** The facts of a follow-up as history values (instants as ISO strings). */
export function followUpHistoryValues(f: {
  scheduledAt: Date | null;
  heldAt: Date | null;
  mode: string;
  participants: readonly string[];
  summary: string | null;
  agreements: string | null;
}): Record<string, HistoryValue> {
  return {
    scheduledAt: historyValue(f.scheduledAt, "instant"),
    heldAt: historyValue(f.heldAt, "instant"),
    mode: f.mode,
    participants: [...f.participants],
    summary: f.summary,
    agreements: f.agreements,
  };
}

/** The follow-up deadline that the case is currently working towards, to store as the conversation's due date. */
export function followUpDueOn(c: { nextDeadlineOn: Date | null; nextDeadlineKind: string | null }): Date | null {
  return c.nextDeadlineKind === "FIRST_FOLLOW_UP" || c.nextDeadlineKind === "FOLLOW_UP" ? c.nextDeadlineOn : null;
}
