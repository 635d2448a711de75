// Plans a follow-up conversation (date/time and mode) on an open case.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TPlanFollowUp } from "@/lib/validation/followups";
import { assertNotBeforeAbsence, followUpDueOn, followUpHistoryValues } from "./follow-up-rules";

/**
 * Plans a follow-up conversation (sygedagpengeloven § 13) at `scheduledAt` (an instant) with a mode.
 * The conversation's due date is the follow-up deadline the case works towards now.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "followups.errors.caseClosed" | "followups.errors.beforeAbsence" (scheduledAt,
 *   in Danish calendar days).
 */
export const planFollowUp = defineUseCase(
  { capability: "followup.record", notFound: "case" },
  async (ctx, data: TPlanFollowUp): Promise<{ id: string }> => {
    const c = await ctx.write.sickLeaveCase.get({
      where: { id: data.caseId },
      select: { id: true, citizenId: true, status: true, firstAbsenceDay: true, nextDeadlineOn: true, nextDeadlineKind: true },
    });
    if (c.status === "CLOSED") throw new DomainRuleError("followups.errors.caseClosed");
    assertNotBeforeAbsence(data.scheduledAt, c, "scheduledAt");
    const f = await ctx.tx.followUp.create({
      data: {
        caseId: c.id,
        scheduledAt: data.scheduledAt,
        mode: data.mode,
        status: "PLANNED",
        dueOn: followUpDueOn(c),
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    const planned = { scheduledAt: data.scheduledAt, heldAt: null, mode: data.mode, participants: [], summary: null, agreements: null };
    ctx.caseChanged(c.id);
    await ctx.recordCreated("followUp", f, {
      values: { status: "PLANNED", ...followUpHistoryValues(planned) },
      audit: { citizenId: c.citizenId, details: { caseId: c.id } },
    });
    return f;
  },
);
