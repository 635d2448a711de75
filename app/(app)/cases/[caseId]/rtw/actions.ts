"use server";
// Server actions of the return-to-work tab: parse with the shared schema, call one domain function.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createRtwPlan } from "@/lib/domain/rtw/create-rtw-plan";
import { updateRtwPlan } from "@/lib/domain/rtw/update-rtw-plan";
import { saveRtwSchedule } from "@/lib/domain/rtw/save-rtw-schedule";
import { recordActualHours } from "@/lib/domain/rtw/record-actual-hours";
import { proposeRtw } from "@/lib/domain/rtw/propose-rtw";
import { decideRtwProposal } from "@/lib/domain/rtw/decide-rtw-proposal";
import { requestAid } from "@/lib/domain/rtw/request-aid";
import { decideAid } from "@/lib/domain/rtw/decide-aid";
import type { ActionState } from "@/lib/validation/form";
import {
  ZCreateRtwPlan,
  ZDecideAid,
  ZDecideRtwProposal,
  ZProposeRtw,
  ZRecordActualHours,
  ZRequestAid,
  ZSaveRtwSchedule,
  ZUpdateRtwPlan,
} from "@/lib/validation/rtw";

function refresh<T>(result: ActionState<T>, formData: FormData): ActionState<T> {
  const caseId = formData.get("caseId");
  if (result.ok && typeof caseId === "string") revalidatePath(`/cases/${caseId}/rtw`);
  return result;
}

export async function createRtwPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZCreateRtwPlan, formData, (actor, data) => createRtwPlan(actor, data), "rtw.create.created"), formData);
}

export async function updateRtwPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZUpdateRtwPlan, formData, (actor, data) => updateRtwPlan(actor, data), "rtw.plan.saved"), formData);
}

export async function saveRtwScheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZSaveRtwSchedule, formData, (actor, data) => saveRtwSchedule(actor, data), "rtw.schedule.saved"),
    formData,
  );
}

export async function recordActualHoursAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZRecordActualHours, formData, (actor, data) => recordActualHours(actor, data), "rtw.weeks.recorded"),
    formData,
  );
}

export async function proposeRtwAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZProposeRtw, formData, (actor, data) => proposeRtw(actor, data), "rtw.proposals.sent"), formData);
}

export async function decideRtwProposalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const message = formData.get("decision") === "DECLINE" ? "rtw.proposals.declined" : "rtw.proposals.accepted";
  return refresh(await runAction(ZDecideRtwProposal, formData, (actor, data) => decideRtwProposal(actor, data), message), formData);
}

export async function requestAidAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZRequestAid, formData, (actor, data) => requestAid(actor, data), "rtw.aids.requestedOk");
  if (result.ok && result.data?.aboveMandate) result.message = "rtw.aids.requestedAboveMandate";
  return refresh(result, formData);
}

export async function decideAidAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const message = formData.get("decision") === "REJECT" ? "rtw.aids.rejected" : "rtw.aids.approved";
  return refresh(await runAction(ZDecideAid, formData, (actor, data) => decideAid(actor, data), message), formData);
}
