// Hands a case over to another caseworker of the same jobcenter department.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TReassignCase } from "@/lib/validation/cases";
import { findAssignableCaseworker, loadCaseForWrite, updateCaseVersioned } from "./access";

export async function reassignCase(actor: Actor, data: TReassignCase): Promise<{ id: string; version: number }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    if (c.caseworkerId === data.caseworkerId) throw new DomainRuleError("cases.errors.sameCaseworker", "caseworkerId");
    const to = await findAssignableCaseworker(tx, actor, data.caseworkerId);
    const from = await tx.user.findUnique({ where: { id: c.caseworkerId }, select: { name: true } });
    const version = await updateCaseVersioned(tx, c.id, data.version, { caseworkerId: to.id });
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "REASSIGN",
      changes: { caseworker: { from: from?.name ?? null, to: to.name } },
      reason: data.note,
    });
    await recomputeCaseDeadline(tx, c.id, today());
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { reassignedTo: to.id },
    });
    return { id: c.id, version };
  });
}
