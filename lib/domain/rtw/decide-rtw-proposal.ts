// The caseworker accepts a therapist's proposal (its weeks replace the plan's planned weeks, with
// history) or declines it with a reason. A decision carries the plan's version (ADR 0012):
// accepting on the basis of an older schedule would overwrite a colleague's newer one.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { isOpenStatus, readProposalWeeks } from "@/lib/rtw/plan";
import type { TDecideRtwProposal } from "@/lib/validation/rtw";
import { applySchedule } from "./apply-schedule";
import { planForWriteSelect, planValue, scheduleHistory } from "./week-values";

/**
 * Decides a PROPOSED proposal of the plan: ACCEPT applies its weeks (applySchedule; plan history
 * "ACCEPT"), DECLINE records the reason (plan history "DECLINE"); the proposal's history gets the
 * decision too. Both bump the plan's version.
 * @returns the proposal id and the plan's new version.
 * @throws NotFoundError when the plan or proposal is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.proposalDecided" | "rtw.errors.planClosed" | "rtw.errors.proposalInvalid" |
 *   "rtw.errors.cannotRemoveRecordedWeek"; ConflictError when the plan changed since the page was loaded.
 */
export const decideRtwProposal = defineUseCase({ capability: "rtw.edit", notFound: "rtwPlan" }, async (ctx, input: TDecideRtwProposal) => {
  const plan = planValue(
    await ctx.write.returnToWorkPlan.get({ where: { id: input.planId, caseId: input.caseId }, select: planForWriteSelect }),
  );
  const proposal = await ctx.write.rtwProposal.get({
    where: { id: input.proposalId, planId: plan.id },
    select: { id: true, status: true, weeks: true },
  });
  ctx.expectVersion(plan, input.version);
  if (proposal.status !== "PROPOSED") throw new DomainRuleError("rtw.errors.proposalDecided");
  const accept = input.decision === "ACCEPT";
  const weeks = accept ? readProposalWeeks(proposal.weeks) : null;
  if (accept) {
    if (!isOpenStatus(plan.status)) throw new DomainRuleError("rtw.errors.planClosed");
    if (!weeks || weeks.length === 0) throw new DomainRuleError("rtw.errors.proposalInvalid");
  }
  // The atomic gate: the plan (schedule and proposals) must still be as the caseworker saw it.
  const version = await ctx.updateVersioned("returnToWorkPlan", plan.id, input.version, {});
  await ctx.write.rtwProposal.updateMany({
    where: { id: proposal.id },
    data: { status: accept ? "ACCEPTED" : "DECLINED", decidedById: ctx.actor.userId, decidedAt: ctx.now },
  });
  if (weeks) await applySchedule(ctx, plan.id, plan.weeks, weeks, "proposalId");
  await ctx.history.record({
    recordType: "ReturnToWorkPlan",
    recordId: plan.id,
    version,
    action: accept ? "ACCEPT" : "DECLINE",
    changes: weeks
      ? { weeks: { from: scheduleHistory(plan.weeks), to: scheduleHistory(weeks) }, proposalId: { from: null, to: proposal.id } }
      : { declinedProposalId: { from: null, to: proposal.id } },
    reason: input.reason,
  });
  await ctx.history.record({
    recordType: "RtwProposal",
    recordId: proposal.id,
    action: accept ? "ACCEPT" : "DECLINE",
    changes: { status: { from: "PROPOSED", to: accept ? "ACCEPTED" : "DECLINED" } },
    reason: input.reason,
  });
  await ctx.audit.updated({
    recordType: "RtwProposal",
    recordId: proposal.id,
    citizenId: plan.case.citizenId,
    details: { planId: plan.id, decision: input.decision },
  });
  return { id: proposal.id, version };
});
