// Shared steps of the case use cases: loading through the policy scope, the one-open-case rule,
// optimistic concurrency and the assignee check. Kept here so that every use case applies them
// the same way (lib/auth/policy.ts still decides who may see what).
import type { Actor } from "@/lib/auth/policy";
import { activeConsentWhere, caseScope, consentScopeFor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";

type Tx = Prisma.TransactionClient;

/** The consent that lets the actor read the other department's records of this citizen, if any. */
export async function readConsentId(tx: Tx, actor: Actor, citizenId: string, now: Date): Promise<string | null> {
  if (!actor.departmentKind) return null;
  const consent = await tx.consent.findFirst({
    where: { citizenId, organisationId: actor.organisationId, ...activeConsentWhere(consentScopeFor(actor.departmentKind), now) },
    select: { id: true },
    orderBy: { validFrom: "desc" },
  });
  return consent?.id ?? null;
}

/**
 * Serialises case writes per citizen across app instances (transaction-scoped advisory lock), so
 * that two requests cannot both pass the one-open-case check.
 */
export async function lockCitizen(tx: Tx, citizenId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"citizen:" + citizenId})::bigint)`;
}

/** At most one open (not closed, not voided) case per citizen. Call after lockCitizen. */
export async function assertNoOtherOpenCase(tx: Tx, citizenId: string, exceptCaseId?: string): Promise<void> {
  const open = await tx.sickLeaveCase.findFirst({
    where: { citizenId, voidedAt: null, status: { not: "CLOSED" }, ...(exceptCaseId ? { id: { not: exceptCaseId } } : {}) },
    select: { id: true },
  });
  if (open) throw new DomainRuleError("cases.errors.openCaseExists");
}

export const caseWriteSelect = {
  id: true,
  citizenId: true,
  caseworkerId: true,
  firstAbsenceDay: true,
  diagnosisGroup: true,
  diagnosisDetail: true,
  status: true,
  partialHoursPerWeek: true,
  closedOn: true,
  closingReason: true,
  version: true,
  employerConversationOn: true,
  extensionAssessedOn: true,
} satisfies Prisma.SickLeaveCaseSelect;

export type CaseForWrite = Prisma.SickLeaveCaseGetPayload<{ select: typeof caseWriteSelect }>;

/** The case, if the actor may write it; otherwise NotFoundError (exactly like a missing case). */
export async function loadCaseForWrite(tx: Tx, actor: Actor, caseId: string): Promise<CaseForWrite> {
  const c = await tx.sickLeaveCase.findFirst({ where: { AND: [caseScope(actor, "write"), { id: caseId }] }, select: caseWriteSelect });
  if (!c) throw new NotFoundError("case");
  return c;
}

/**
 * Optimistic concurrency: writes only if the record still has the version the form was loaded
 * with, and bumps it. A stale form gets "errors.conflict" and nothing is written.
 */
export async function updateCaseVersioned(
  tx: Tx,
  caseId: string,
  version: number,
  data: Prisma.SickLeaveCaseUncheckedUpdateManyInput,
): Promise<number> {
  const r = await tx.sickLeaveCase.updateMany({
    where: { id: caseId, version, voidedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (r.count !== 1) throw new DomainRuleError("errors.conflict");
  return version + 1;
}

/** An active caseworker of the actor's own jobcenter department (cases are assigned within it). */
export async function findAssignableCaseworker(tx: Tx, actor: Actor, userId: string, field = "caseworkerId") {
  const u = await tx.user.findFirst({
    where: { id: userId, organisationId: actor.organisationId, departmentId: actor.departmentId ?? "-", role: "CASEWORKER", active: true },
    select: { id: true, name: true },
  });
  if (!u) throw new DomainRuleError("cases.errors.caseworkerNotInDepartment", field);
  return u;
}
