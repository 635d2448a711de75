// A therapist proposes a schedule for the return-to-work plan (the health center knows what the
// citizen can manage); the caseworker accepts it (the weeks are applied, with history) or declines.
// Proposing is a cross-department write into a jobcenter record, so it needs the policy's read
// scope of the case (the citizen's JOBCENTER_TO_HEALTH consent) and is logged with that consent.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/policy";
import { can, isCrossDepartment, rtwPlanScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { readConsentId } from "@/lib/domain/cases/access";
import { lockRecord } from "@/lib/domain/rehab/shared";
import { isOpenStatus, readProposalWeeks } from "@/lib/rtw/plan";
import type { TDecideRtwProposal, TProposeRtw } from "@/lib/validation/rtw";
import { applySchedule, loadRtwPlanForWrite, scheduleHistory } from "./shared";

export async function proposeRtw(actor: Actor, input: TProposeRtw, now = new Date()): Promise<{ id: string }> {
  if (!can(actor, "rtw.propose")) throw new NotFoundError("rtwPlan");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await tx.returnToWorkPlan.findFirst({
      where: { AND: [rtwPlanScope(actor, "read", now), { id: input.planId, caseId: input.caseId }] },
      select: { id: true, status: true, case: { select: { citizenId: true } } },
    });
    if (!plan) throw new NotFoundError("rtwPlan");
    const cross = isCrossDepartment(actor, "JOBCENTER");
    const consentId = cross ? await readConsentId(tx, actor, plan.case.citizenId, now) : null;
    if (cross && !consentId) throw new NotFoundError("rtwPlan");
    if (!isOpenStatus(plan.status)) throw new DomainRuleError("rtw.errors.planClosed");
    const proposal = await tx.rtwProposal.create({
      data: {
        planId: plan.id,
        proposedById: actor.userId,
        weeks: scheduleHistory(input.weeks) as unknown as Prisma.InputJsonValue,
        note: input.note,
      },
      select: { id: true },
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "RtwProposal",
      recordId: proposal.id,
      citizenId: plan.case.citizenId,
      crossDepartment: cross,
      consentId,
      details: { planId: plan.id, weeks: input.weeks.length },
    });
    return proposal;
  });
}

export async function decideRtwProposal(actor: Actor, input: TDecideRtwProposal, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadRtwPlanForWrite(tx, actor, input.caseId, input.planId);
    await lockRecord(tx, "rtwProposal", input.proposalId);
    const proposal = await tx.rtwProposal.findFirst({
      where: { id: input.proposalId, planId: plan.id },
      select: { id: true, status: true, weeks: true },
    });
    if (!proposal) throw new NotFoundError("rtwProposal");
    if (proposal.status !== "PROPOSED") throw new DomainRuleError("rtw.errors.proposalDecided");
    if (input.decision === "ACCEPT") {
      if (!isOpenStatus(plan.status)) throw new DomainRuleError("rtw.errors.planClosed");
      const weeks = readProposalWeeks(proposal.weeks);
      if (!weeks || weeks.length === 0) throw new DomainRuleError("rtw.errors.proposalInvalid");
      await applySchedule(tx, plan.id, plan.weeks, weeks, "proposalId");
      await tx.returnToWorkPlan.update({ where: { id: plan.id }, data: { version: { increment: 1 } }, select: { id: true } });
      await recordVersion(tx, actor, {
        recordType: "ReturnToWorkPlan",
        recordId: plan.id,
        version: plan.version + 1,
        action: "ACCEPT",
        changes: { weeks: { from: scheduleHistory(plan.weeks), to: scheduleHistory(weeks) }, proposalId: { from: null, to: proposal.id } },
        reason: input.reason,
      });
    }
    await tx.rtwProposal.update({
      where: { id: proposal.id },
      data: { status: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED", decidedById: actor.userId, decidedAt: now },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "RtwProposal",
      recordId: proposal.id,
      action: input.decision === "ACCEPT" ? "ACCEPT" : "DECLINE",
      changes: { status: { from: "PROPOSED", to: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED" } },
      reason: input.reason,
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "RtwProposal",
      recordId: proposal.id,
      citizenId: plan.case.citizenId,
      details: { planId: plan.id, decision: input.decision },
    });
    return { id: proposal.id };
  });
}
