// TRANSITIONAL — removed when branch runner-b lands (issue 7 part B converts referrals, rehab and
// return-to-work to the use-case runner). Only those not yet converted files import this module;
// every case use case loads through ctx.write / ctx.read, and the runner resolves consent
// (ctx.audit.viewed({ ..., owner })). tests/unit/architecture.test.ts lists it in the runner-b
// allow-list. Do not add callers.
import type { Actor } from "@/lib/auth/policy";
import { activeConsentWhere, caseScope, consentScopeFor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";
import { caseWriteSelect } from "./case-rules";

type Tx = Prisma.TransactionClient;

/** @deprecated The runner resolves consent (ctx.audit.viewed with `owner`). */
export async function readConsentId(tx: Tx, actor: Actor, citizenId: string, now: Date): Promise<string | null> {
  if (!actor.departmentKind) return null;
  const consent = await tx.consent.findFirst({
    where: { citizenId, organisationId: actor.organisationId, ...activeConsentWhere(consentScopeFor(actor.departmentKind), now) },
    select: { id: true },
    orderBy: { validFrom: "desc" },
  });
  return consent?.id ?? null;
}

/** @deprecated Use ctx.write.sickLeaveCase.get({ where: { id }, select: caseWriteSelect }). */
export async function loadCaseForWrite(tx: Tx, actor: Actor, caseId: string) {
  const c = await tx.sickLeaveCase.findFirst({ where: { AND: [caseScope(actor, "write"), { id: caseId }] }, select: caseWriteSelect });
  if (!c) throw new NotFoundError("case");
  return c;
}
