// Records that a planned follow-up was cancelled or that the citizen did not show up (missed),
// with a reason. The conversation stays on the case's timeline.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TCancelFollowUp } from "@/lib/validation/followups";
import { loadFollowUpForWrite, updateFollowUpVersioned } from "./shared";

export async function cancelFollowUp(actor: Actor, data: TCancelFollowUp): Promise<{ id: string }> {
  if (!can(actor, "followup.record")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const f = await loadFollowUpForWrite(tx, actor, data.caseId, data.followUpId);
    if (f.status !== "PLANNED") throw new DomainRuleError("followups.errors.notPlanned");
    if (f.version !== data.version) throw new DomainRuleError("errors.conflict");
    const version = await updateFollowUpVersioned(tx, f.id, data.version, { status: data.outcome, statusReason: data.reason });
    await recordVersion(tx, actor, {
      recordType: "FollowUp",
      recordId: f.id,
      version,
      action: data.outcome,
      changes: { status: { from: "PLANNED", to: data.outcome } },
      reason: data.reason,
    });
    await recomputeCaseDeadline(tx, f.caseId, today());
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "FollowUp",
      recordId: f.id,
      citizenId: f.case.citizenId,
      details: { caseId: f.caseId, status: data.outcome },
    });
    return { id: f.id };
  });
}
