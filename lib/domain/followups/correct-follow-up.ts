// Corrects the registered facts of a follow-up (time, mode, participants, summary, agreements)
// with a reason. A held conversation keeps a held time, a summary and participants.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import type { TCorrectFollowUp } from "@/lib/validation/followups";
import { assertHeldAtPlausible, assertNotBeforeAbsence, followUpHistoryValues, followUpSelect } from "./follow-up-rules";

/**
 * Corrects a follow-up's facts with a reason, recording old → new in its history.
 * A held conversation needs a held time (checked like recording it: not in the future, within the
 * case's Danish days), a summary and participants; a planned one needs a scheduled time on or after
 * the first absence day.
 * @throws NotFoundError when the case or follow-up is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.required" | "followups.errors.participantsRequired" | "followups.errors.noChanges"
 *   and those of assertHeldAtPlausible / assertNotBeforeAbsence; ConflictError on a stale version.
 */
export const correctFollowUp = defineUseCase(
  { capability: "followup.record", notFound: "case" },
  async (ctx, data: TCorrectFollowUp): Promise<{ id: string; version: number }> => {
    const f = await ctx.write.followUp.get({ where: { id: data.followUpId, caseId: data.caseId, voidedAt: null }, select: followUpSelect });
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
      assertHeldAtPlausible(next.heldAt, f.case, ctx.now);
    } else {
      if (!next.scheduledAt) throw new DomainRuleError("errors.required", "scheduledAt");
      if (f.status === "PLANNED") assertNotBeforeAbsence(next.scheduledAt, f.case, "scheduledAt");
      // Only a held conversation has a held time.
      next.heldAt = null;
    }
    const changes = diffValues(followUpHistoryValues(f), followUpHistoryValues(next));
    if (Object.keys(changes).length === 0) throw new DomainRuleError("followups.errors.noChanges");
    ctx.caseChanged(f.caseId);
    return ctx.saveChange("followUp", f, {
      version: data.version,
      data: next,
      history: { action: "CORRECT", changes, reason: data.reason },
      audit: { citizenId: f.case.citizenId, details: { caseId: f.caseId, fields: Object.keys(changes) } },
    });
  },
);
