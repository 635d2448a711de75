// Records that a planned follow-up was cancelled or that the citizen did not show up (missed),
// with a reason. The conversation stays on the case's timeline.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TCancelFollowUp } from "@/lib/validation/followups";
import { followUpSelect } from "./follow-up-rules";

/**
 * Marks a planned follow-up CANCELLED or MISSED with a reason (the version the form was loaded with).
 * @throws NotFoundError when the case or follow-up is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "followups.errors.notPlanned"; ConflictError on a stale version.
 */
export const cancelFollowUp = defineUseCase(
  { capability: "followup.record", notFound: "case" },
  async (ctx, data: TCancelFollowUp): Promise<{ id: string }> => {
    const f = await ctx.write.followUp.get({ where: { id: data.followUpId, caseId: data.caseId, voidedAt: null }, select: followUpSelect });
    if (f.status !== "PLANNED") throw new DomainRuleError("followups.errors.notPlanned");
    ctx.caseChanged(f.caseId);
    await ctx.saveChange("followUp", f, {
      version: data.version,
      data: { status: data.outcome, statusReason: data.reason },
      history: { action: data.outcome, changes: { status: { from: "PLANNED", to: data.outcome } }, reason: data.reason },
      audit: { citizenId: f.case.citizenId, details: { caseId: f.caseId, status: data.outcome } },
    });
    return { id: f.id };
  },
);
