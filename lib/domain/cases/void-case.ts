// Voids a wrongly created case with a reason. The case disappears from lists and worklists and
// is no longer open (so a correct case can be opened), but its history stays readable.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import type { TVoidCase } from "@/lib/validation/cases";
import { loadCaseForWrite, lockCitizen } from "./access";

export async function voidCase(actor: Actor, data: TVoidCase): Promise<{ id: string; citizenId: string }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    await lockCitizen(tx, c.citizenId);
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    // Referrals in progress belong to real work at the health center: they must be withdrawn or
    // finished there first, so that voiding never silently takes a course place with it.
    const live = await tx.referral.count({ where: { caseId: c.id, status: { in: ["SUBMITTED", "ACCEPTED", "WAITLISTED", "STARTED"] } } });
    if (live > 0) throw new DomainRuleError("cases.errors.voidWithOpenReferrals", "reason");
    // A voided case has no deadlines: the denormalised next deadline is cleared with it.
    const r = await tx.sickLeaveCase.updateMany({
      where: { id: c.id, version: data.version, voidedAt: null },
      data: { voidedAt: new Date(), voidReason: data.reason, nextDeadlineOn: null, nextDeadlineKind: null, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new DomainRuleError("errors.conflict");
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version: data.version + 1,
      action: "VOID",
      changes: { voided: { from: false, to: true } },
      reason: data.reason,
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { void: true },
    });
    return { id: c.id, citizenId: c.citizenId };
  });
}
