// A therapist proposes a schedule for the return-to-work plan (the health center knows what the
// citizen can manage); the caseworker accepts or declines it (decide-rtw-proposal.ts).
// Proposing is a cross-department write into a jobcenter record, so it needs the policy's read
// scope of the case (the citizen's JOBCENTER_TO_HEALTH consent and a relationship) and is logged
// with that consent.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainRuleError } from "@/lib/domain/errors";
import { isOpenStatus } from "@/lib/rtw/plan";
import type { TProposeRtw } from "@/lib/validation/rtw";
import { scheduleHistory } from "./week-values";

/**
 * Adds a proposal (weeks as JSON, note) to an open plan. A new proposal overwrites nothing, so it
 * needs no version.
 * @throws NotFoundError when the plan is missing or outside the therapist's read scope, or the consent was revoked.
 * @throws DomainRuleError "rtw.errors.planClosed".
 */
export const proposeRtw = defineUseCase({ capability: "rtw.propose", notFound: "rtwPlan" }, async (ctx, input: TProposeRtw) => {
  const plan = await ctx.read.returnToWorkPlan.get({
    where: { id: input.planId, caseId: input.caseId },
    select: { id: true, status: true, case: { select: { citizenId: true, department: { select: { kind: true } } } } },
  });
  if (!isOpenStatus(plan.status)) throw new DomainRuleError("rtw.errors.planClosed");
  const proposal = await ctx.tx.rtwProposal.create({
    data: {
      planId: plan.id,
      proposedById: ctx.actor.userId,
      weeks: scheduleHistory(input.weeks) as unknown as Prisma.InputJsonValue,
      note: input.note,
    },
    select: { id: true },
  });
  await ctx.audit.created({
    recordType: "RtwProposal",
    recordId: proposal.id,
    citizenId: plan.case.citizenId,
    owner: plan.case.department.kind,
    details: { planId: plan.id, weeks: input.weeks.length },
  });
  return proposal;
});
