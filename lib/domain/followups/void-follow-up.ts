// Voids a wrongly registered follow-up with a reason: it leaves the case's list of follow-ups and
// no longer counts for deadlines, but stays in the timeline and history.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TVoidFollowUp } from "@/lib/validation/followups";
import { loadFollowUpForWrite } from "./shared";

export async function voidFollowUp(actor: Actor, data: TVoidFollowUp): Promise<{ id: string }> {
  if (!can(actor, "followup.record")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const f = await loadFollowUpForWrite(tx, actor, data.caseId, data.followUpId);
    if (f.version !== data.version) throw new DomainRuleError("errors.conflict");
    const r = await tx.followUp.updateMany({
      where: { id: f.id, version: data.version, voidedAt: null },
      data: { voidedAt: new Date(), voidReason: data.reason, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new DomainRuleError("errors.conflict");
    await recordVersion(tx, actor, {
      recordType: "FollowUp",
      recordId: f.id,
      version: data.version + 1,
      action: "VOID",
      changes: { voided: { from: false, to: true } },
      reason: data.reason,
    });
    await recomputeCaseDeadline(tx, f.caseId, today());
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "FollowUp",
      recordId: f.id,
      citizenId: f.case.citizenId,
      details: { caseId: f.caseId, void: true },
    });
    return { id: f.id };
  });
}
