// Voids a wrongly registered follow-up with a reason: it leaves the case's list of follow-ups and
// no longer counts for deadlines, but stays in the timeline and history.
import { defineUseCase } from "@/lib/domain/run-use-case";
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
    const version = await ctx.updateVersioned("followUp", f.id, data.version, { voidedAt: ctx.now, voidReason: data.reason });
    await ctx.history.voided("FollowUp", f.id, version, data.reason);
    ctx.caseChanged(f.caseId);
    await ctx.audit.updated({
      recordType: "FollowUp",
      recordId: f.id,
      citizenId: f.case.citizenId,
      details: { caseId: f.caseId, void: true },
    });
    return { id: f.id };
  },
);
