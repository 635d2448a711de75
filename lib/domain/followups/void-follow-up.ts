// Voids a wrongly registered follow-up with a reason: it leaves the case's list of follow-ups and
// no longer counts for deadlines, but stays in the timeline and history.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { voidedHistory } from "@/lib/domain/save-change";
import type { TVoidFollowUp } from "@/lib/validation/followups";
import { followUpSelect } from "./follow-up-rules";

/**
 * Voids a follow-up with a reason (soft delete; history kept).
 * @throws NotFoundError when the case or follow-up is missing, already voided or outside the write scope.
 * @throws ConflictError on a stale version.
 */
export const voidFollowUp = defineUseCase(
  { capability: "followup.record", notFound: "case" },
  async (ctx, data: TVoidFollowUp): Promise<{ id: string }> => {
    const f = await ctx.write.followUp.get({ where: { id: data.followUpId, caseId: data.caseId, voidedAt: null }, select: followUpSelect });
    ctx.caseChanged(f.caseId);
    await ctx.saveChange("followUp", f, {
      version: data.version,
      data: { voidedAt: ctx.now, voidReason: data.reason },
      history: voidedHistory(data.reason),
      audit: { citizenId: f.case.citizenId, details: { caseId: f.caseId, void: true } },
    });
    return { id: f.id };
  },
);
