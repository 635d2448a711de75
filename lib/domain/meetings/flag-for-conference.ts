// A caseworker flags a case, or a therapist a rehab plan, for the weekly case conference with a
// question (issue 12). The flag becomes an agenda suggestion (suggest-agenda-items.ts) until a
// coordinator takes it up.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TFlagForConference } from "@/lib/validation/meetings";

/**
 * Creates the flag on a case the actor may change (caseworkers) or a rehab plan the actor may change (therapists).
 * @returns the flag's id.
 * @throws NotFoundError without "meeting.flag" or when the case/plan is not in the actor's write scope.
 */
export const flagForConference = defineUseCase(
  { capability: "meeting.flag", notFound: "case" },
  async (ctx, data: TFlagForConference): Promise<string> => {
    const source = data.caseId
      ? await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: { citizenId: true } })
      : await ctx.write.rehabPlan.get({ where: { id: data.rehabPlanId! }, select: { citizenId: true } });
    const flag = await ctx.tx.conferenceFlag.create({
      data: {
        organisationId: ctx.actor.organisationId,
        citizenId: source.citizenId,
        caseId: data.caseId,
        rehabPlanId: data.rehabPlanId,
        question: data.question,
        flaggedById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.audit.created({ recordType: "ConferenceFlag", recordId: flag.id, citizenId: source.citizenId });
    return flag.id;
  },
);
