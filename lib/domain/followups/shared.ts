// Shared steps of the follow-up use cases: a follow-up is always loaded together with its case id
// from the URL, through the case's write scope.
import type { Actor } from "@/lib/auth/policy";
import { caseScope } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import { danishDayOf } from "@/lib/time";
import type { HistoryValue } from "@/lib/domain/history/types";

type Tx = Prisma.TransactionClient;

export const followUpSelect = {
  id: true,
  caseId: true,
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
  case: { select: { id: true, citizenId: true, firstAbsenceDay: true, status: true, closedOn: true } },
} satisfies Prisma.FollowUpSelect;

export type FollowUpForWrite = Prisma.FollowUpGetPayload<{ select: typeof followUpSelect }>;

export async function loadFollowUpForWrite(tx: Tx, actor: Actor, caseId: string, followUpId: string): Promise<FollowUpForWrite> {
  const f = await tx.followUp.findFirst({
    where: { id: followUpId, caseId, voidedAt: null, case: caseScope(actor, "write") },
    select: followUpSelect,
  });
  if (!f) throw new NotFoundError("followUp");
  return f;
}

/** Optimistic concurrency on a follow-up: write only if it still has the form's version. */
export async function updateFollowUpVersioned(
  tx: Tx,
  id: string,
  version: number,
  data: Prisma.FollowUpUpdateManyMutationInput,
): Promise<number> {
  const r = await tx.followUp.updateMany({ where: { id, version, voidedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (r.count !== 1) throw new DomainRuleError("errors.conflict");
  return version + 1;
}

/** Allowance for clocks between browser and server when checking "not in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

export function assertHeldAtPlausible(
  heldAt: Date,
  c: { firstAbsenceDay: Date; status: string; closedOn: Date | null },
  now = new Date(),
): void {
  if (heldAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new DomainRuleError("followups.errors.heldInFuture", "heldAt");
  // Legal days are Danish calendar days: 00:30 Danish time on the first absence day is that day.
  const heldDay = danishDayOf(heldAt);
  if (heldDay < c.firstAbsenceDay) throw new DomainRuleError("followups.errors.beforeAbsence", "heldAt");
  // On a closed case, only conversations held before it was closed can be registered.
  if (c.status === "CLOSED" && c.closedOn && heldDay > c.closedOn) throw new DomainRuleError("followups.errors.caseClosed");
}

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
