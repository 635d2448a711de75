// Rules shared by the case use cases (helpers, not use cases): what they load of a case, the
// one-open-case rule and who a case may be assigned to. Every read goes through the use case's
// context, so the policy's scopes apply; none of these decides access itself.
import type { Prisma } from "@/lib/db/generated/client";
import { assignableCaseworkerScope } from "@/lib/auth/policy";
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { creationValues } from "@/lib/domain/history/diff";
import type { HistoryAction, HistoryChanges, HistoryValue } from "@/lib/domain/history/types";

/**
 * A case's facts as the jobcenter's case page shows them (caseFactItems). The health center's
 * read-only view has its own select (get-case-for-health-center.ts): a field added here does not
 * reach that consent-governed view (fix14 item 4).
 */
export const caseFactsSelect = {
  firstAbsenceDay: true,
  diagnosisGroup: true,
  diagnosisDetail: true,
  status: true,
  partialHoursPerWeek: true,
  closedOn: true,
  closingReason: true,
} satisfies Prisma.SickLeaveCaseSelect;

/** What the case use cases load of a case they change (through ctx.write.sickLeaveCase). */
export const caseWriteSelect = {
  id: true,
  citizenId: true,
  caseworkerId: true,
  ...caseFactsSelect,
  version: true,
  employerConversationOn: true,
  extensionAssessedOn: true,
  doctorCertificateRequestedOn: true,
  doctorCertificateReceivedOn: true,
} satisfies Prisma.SickLeaveCaseSelect;

/**
 * At most one open (not closed, not voided) case per citizen in the whole organisation (SPEC §3),
 * whichever jobcenter department holds it. Takes the per-citizen advisory lock first, so that two
 * requests on several app instances cannot both pass. `citizenId` is of a citizen the use case
 * loaded through its scope; the check only asks whether another open case exists.
 * @throws DomainRuleError "cases.errors.openCaseExists".
 */
export async function assertNoOtherOpenCase(ctx: UseCaseContext, citizenId: string, exceptCaseId?: string): Promise<void> {
  await ctx.lock("citizen", citizenId);
  const open = await ctx.tx.sickLeaveCase.findFirst({
    where: { citizenId, voidedAt: null, status: { not: "CLOSED" }, ...(exceptCaseId ? { id: { not: exceptCaseId } } : {}) },
    select: { id: true },
  });
  if (open) throw new DomainRuleError("cases.errors.openCaseExists");
}

/**
 * An active caseworker the actor may assign a case to: the policy's assignableCaseworkerScope
 * (the actor's own jobcenter department; cases stay within it).
 * @throws DomainRuleError "cases.errors.caseworkerNotInDepartment" on `field`.
 */
export async function findAssignableCaseworker(ctx: UseCaseContext, userId: string, field = "caseworkerId") {
  const u = await ctx.read.user.findFirst({
    where: { AND: [assignableCaseworkerScope(ctx.actor), { id: userId }] },
    select: { id: true, name: true },
  });
  if (!u) throw new DomainRuleError("cases.errors.caseworkerNotInDepartment", field);
  return u;
}

/**
 * A day recorded on a case (visitation, certificate, request, team meeting, decision): a Danish
 * calendar day not after today and not before the case's first absence day.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" on `field`.
 */
export function assertCaseDay(ctx: UseCaseContext, c: { firstAbsenceDay: Date }, day: Date | null, field: string): void {
  if (!day) return;
  if (day > ctx.today) throw new DomainRuleError("errors.dateInFuture", field);
  if (day < c.firstAbsenceDay) throw new DomainRuleError("cases.errors.beforeAbsence", field);
}

/** @throws DomainRuleError "cases.errors.caseClosed" when the case is closed (facts of an open course only). */
export function assertCaseOpen(c: { status: string }): void {
  if (c.status === "CLOSED") throw new DomainRuleError("cases.errors.caseClosed");
}

/** `changes` (all from empty) with the "from" of each field taken from `previous` where it had a value. */
function withPrevious(changes: HistoryChanges, previous: Record<string, HistoryValue> | undefined): HistoryChanges {
  if (!previous) return changes;
  return Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, { from: previous[f] ?? null, to: c.to }]));
}

/**
 * Adds a dated fact to the case `c` (loaded through ctx.write): bumps the case's version from
 * `expectedVersion` (ConflictError when stale, so a form based on the old facts is refused), creates
 * the fact's row with `create`, records the case's history entry `action` with the fact's `values`
 * (from `previous`, else as created), marks the case changed (its deadlines are recomputed before commit) and logs the
 * row's creation as `recordType` with the case id and `details`.
 * @returns the new row's id and the case's new version.
 */
export async function addCaseFact(
  ctx: UseCaseContext,
  c: { id: string; citizenId: string },
  expectedVersion: number,
  fact: {
    recordType: string;
    action: HistoryAction;
    values: Record<string, HistoryValue>;
    /** The values in force before this fact (e.g. the earlier category), shown as "from"; default empty. */
    previous?: Record<string, HistoryValue>;
    details?: Record<string, unknown>;
    create: () => Promise<{ id: string }>;
  },
): Promise<{ id: string; version: number }> {
  const version = await ctx.updateVersioned("sickLeaveCase", c.id, expectedVersion, {});
  const row = await fact.create();
  await ctx.history.record({
    recordType: "SickLeaveCase",
    recordId: c.id,
    version,
    action: fact.action,
    changes: withPrevious(creationValues(fact.values), fact.previous),
  });
  ctx.caseChanged(c.id);
  await ctx.audit.created({
    recordType: fact.recordType,
    recordId: row.id,
    citizenId: c.citizenId,
    details: { caseId: c.id, ...fact.details },
  });
  return { id: row.id, version };
}
