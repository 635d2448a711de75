// Corrects the registered facts of a follow-up (time, mode, participants, summary, agreements)
// with a reason. A held conversation keeps a held time, a summary and participants.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { diffValues } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TCorrectFollowUp } from "@/lib/validation/followups";
import { assertHeldAtPlausible, followUpHistoryValues, loadFollowUpForWrite, updateFollowUpVersioned } from "./shared";

export async function correctFollowUp(actor: Actor, data: TCorrectFollowUp, now = new Date()): Promise<{ id: string; version: number }> {
  if (!can(actor, "followup.record")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const f = await loadFollowUpForWrite(tx, actor, data.caseId, data.followUpId);
    if (f.version !== data.version) throw new DomainRuleError("errors.conflict");
    const next = {
      scheduledAt: data.scheduledAt,
      heldAt: data.heldAt,
      mode: data.mode,
      participants: data.participants,
      summary: data.summary,
      agreements: data.agreements,
    };
    if (f.status === "HELD") {
      if (!next.heldAt) throw new DomainRuleError("errors.required", "heldAt");
      if (!next.summary) throw new DomainRuleError("errors.required", "summary");
      if (next.participants.length === 0) throw new DomainRuleError("followups.errors.participantsRequired", "participants");
      assertHeldAtPlausible(next.heldAt, f.case, now);
    } else {
      if (!next.scheduledAt) throw new DomainRuleError("errors.required", "scheduledAt");
      // Only a held conversation has a held time.
      next.heldAt = null;
    }
    const changes = diffValues(followUpHistoryValues(f), followUpHistoryValues(next));
    if (Object.keys(changes).length === 0) throw new DomainRuleError("followups.errors.noChanges");
    const version = await updateFollowUpVersioned(tx, f.id, data.version, next);
    await recordVersion(tx, actor, { recordType: "FollowUp", recordId: f.id, version, action: "CORRECT", changes, reason: data.reason });
    await recomputeCaseDeadline(tx, f.caseId, today());
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "FollowUp",
      recordId: f.id,
      citizenId: f.case.citizenId,
      details: { caseId: f.caseId, fields: Object.keys(changes) },
    });
    return { id: f.id, version };
  });
}
