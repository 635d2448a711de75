"use server";
// Server actions of the case page: parse with the shared schema, call one domain function,
// revalidate. The case header and the worklist show the recomputed deadline after each save.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { ActionState } from "@/lib/validation/form";
import {
  ZChangeCaseStatus,
  ZCorrectCase,
  ZGrantExemption,
  ZReassignCase,
  ZVoidCase,
  ZVoidExemption,
  ZRecordCaseMilestone,
} from "@/lib/validation/cases";
import { ZCancelFollowUp, ZCorrectFollowUp, ZPlanFollowUp, ZRecordHeldFollowUp, ZVoidFollowUp } from "@/lib/validation/followups";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { recordCaseMilestone } from "@/lib/domain/cases/record-case-milestone";
import { correctCase } from "@/lib/domain/cases/correct-case";
import { grantExemption } from "@/lib/domain/cases/grant-exemption";
import { reassignCase } from "@/lib/domain/cases/reassign-case";
import { voidCase } from "@/lib/domain/cases/void-case";
import { voidExemption } from "@/lib/domain/cases/void-exemption";
import { cancelFollowUp } from "@/lib/domain/followups/cancel-follow-up";
import { correctFollowUp } from "@/lib/domain/followups/correct-follow-up";
import { planFollowUp } from "@/lib/domain/followups/plan-follow-up";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { voidFollowUp } from "@/lib/domain/followups/void-follow-up";
import { annotateStudyAllocation } from "@/lib/domain/studies/annotate-study-allocation";
import { ZAnnotateStudyAllocation } from "@/lib/validation/studies";
import {
  ZRecordDoctorCertificate,
  ZRecordEarlyFollowUpRequest,
  ZRecordReassessment,
  ZRecordRehabilitationTeam,
  ZRecordVisitation,
} from "@/lib/validation/case-rules";
import { recordVisitation } from "@/lib/domain/cases/record-visitation";
import { recordDoctorCertificate } from "@/lib/domain/cases/record-doctor-certificate";
import { recordEarlyFollowUpRequest } from "@/lib/domain/cases/record-early-follow-up-request";
import { recordRehabilitationTeam } from "@/lib/domain/cases/record-rehabilitation-team";
import { recordReassessment } from "@/lib/domain/cases/record-reassessment";

function done<T>(r: ActionState<T>): ActionState<T> {
  if (r.ok) revalidatePath("/cases", "layout");
  return r;
}

export async function recordHeldFollowUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRecordHeldFollowUp, fd, (actor, data) => recordHeldFollowUp(actor, data), "followups.recordHeld.success"));
}

export async function planFollowUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZPlanFollowUp, fd, (actor, data) => planFollowUp(actor, data), "followups.plan.success"));
}

export async function cancelFollowUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZCancelFollowUp, fd, (actor, data) => cancelFollowUp(actor, data), "followups.cancel.success"));
}

export async function correctFollowUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZCorrectFollowUp, fd, (actor, data) => correctFollowUp(actor, data), "followups.correct.success"));
}

export async function voidFollowUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZVoidFollowUp, fd, (actor, data) => voidFollowUp(actor, data), "followups.void.success"));
}

export async function changeCaseStatusAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZChangeCaseStatus, fd, (actor, data) => changeCaseStatus(actor, data), "cases.statusForm.success"));
}

export async function grantExemptionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZGrantExemption, fd, (actor, data) => grantExemption(actor, data), "cases.exemptions.success"));
}

export async function voidExemptionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZVoidExemption, fd, (actor, data) => voidExemption(actor, data), "cases.exemptions.voidSuccess"));
}

export async function reassignCaseAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZReassignCase, fd, (actor, data) => reassignCase(actor, data), "cases.reassign.success"));
}

export async function correctCaseAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZCorrectCase, fd, (actor, data) => correctCase(actor, data), "cases.correct.success"));
}

export async function voidCaseAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = done(await runAction(ZVoidCase, fd, (actor, data) => voidCase(actor, data)));
  // The voided case is gone from every list and page; the citizen's page remains and says it happened.
  if (r.ok && r.data) redirect(`/citizens/${r.data.citizenId}?voided=1`);
  return r;
}

export async function recordCaseMilestoneAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRecordCaseMilestone, fd, (actor, data) => recordCaseMilestone(actor, data), "cases.milestones.success"));
}

export async function annotateStudyAllocationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZAnnotateStudyAllocation, fd, (actor, data) => annotateStudyAllocation(actor, data), "studies.caseBox.noteSaved"),
  );
}

export async function recordVisitationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRecordVisitation, fd, (actor, data) => recordVisitation(actor, data), "rules.case.visitation.success"));
}

export async function recordDoctorCertificateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZRecordDoctorCertificate, fd, (actor, data) => recordDoctorCertificate(actor, data), "rules.case.certificate.success"),
  );
}

export async function recordEarlyFollowUpRequestAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZRecordEarlyFollowUpRequest, fd, (actor, data) => recordEarlyFollowUpRequest(actor, data), "rules.case.early.success"),
  );
}

export async function recordRehabilitationTeamAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZRecordRehabilitationTeam, fd, (actor, data) => recordRehabilitationTeam(actor, data), "rules.case.team.success"),
  );
}

export async function recordReassessmentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZRecordReassessment, fd, (actor, data) => recordReassessment(actor, data), "rules.case.reassessment.success"),
  );
}
