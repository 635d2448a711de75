"use server";
// Server actions of the rehab plans: parse with the shared schema, call one domain function.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { createRehabPlan } from "@/lib/domain/rehab/create-rehab-plan";
import { updateRehabPlan } from "@/lib/domain/rehab/update-rehab-plan";
import { addGoal } from "@/lib/domain/rehab/add-goal";
import { updateGoal } from "@/lib/domain/rehab/update-goal";
import { markGoalAchieved } from "@/lib/domain/rehab/mark-goal-achieved";
import { saveFirstConversation } from "@/lib/domain/rehab/save-first-conversation";
import { addExercise } from "@/lib/domain/rehab/add-exercise";
import { updateExercise } from "@/lib/domain/rehab/update-exercise";
import { removeExercise } from "@/lib/domain/rehab/remove-exercise";
import { recordAdherence } from "@/lib/domain/rehab/record-adherence";
import { addProgressNote } from "@/lib/domain/rehab/add-progress-note";
import { correctProgressNote } from "@/lib/domain/rehab/correct-progress-note";
import type { ActionState } from "@/lib/validation/form";
import {
  ZAddExercise,
  ZAddGoal,
  ZAddProgressNote,
  ZCorrectProgressNote,
  ZCreateRehabPlan,
  ZMarkGoalAchieved,
  ZRecordAdherence,
  ZRemoveExercise,
  ZSaveFirstConversation,
  ZUpdateExercise,
  ZUpdateGoal,
  ZUpdateRehabPlan,
} from "@/lib/validation/rehab";

function refresh(result: ActionState, formData: FormData): ActionState {
  const planId = formData.get("planId");
  if (result.ok && typeof planId === "string") {
    revalidatePath(`/rehab/${planId}`);
    revalidatePath("/rehab");
  }
  return result;
}

export async function createRehabPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZCreateRehabPlan, formData, (actor, data) => createRehabPlan(actor, data), "rehab.new.created");
  if (result.ok && result.data) {
    revalidatePath("/rehab");
    // "The plan has been created." on the plan's page, as for a new citizen (?created=1; also without JavaScript).
    redirect(`/rehab/${result.data.id}?created=1`);
  }
  return result;
}

export async function updateRehabPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZUpdateRehabPlan, formData, (actor, data) => updateRehabPlan(actor, data), "rehab.detail.saved"),
    formData,
  );
}

export async function addGoalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZAddGoal, formData, (actor, data) => addGoal(actor, data), "rehab.goals.added"), formData);
}

export async function updateGoalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZUpdateGoal, formData, (actor, data) => updateGoal(actor, data), "rehab.goals.saved"), formData);
}

export async function markGoalAchievedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZMarkGoalAchieved, formData, (actor, data) => markGoalAchieved(actor, data), "rehab.goals.marked"),
    formData,
  );
}

export async function saveFirstConversationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZSaveFirstConversation, formData, (actor, data) => saveFirstConversation(actor, data), "rehab.guide.saved"),
    formData,
  );
}

export async function addExerciseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZAddExercise, formData, (actor, data) => addExercise(actor, data), "rehab.exercises.added"), formData);
}

export async function updateExerciseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZUpdateExercise, formData, (actor, data) => updateExercise(actor, data), "rehab.exercises.saved"),
    formData,
  );
}

export async function removeExerciseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZRemoveExercise, formData, (actor, data) => removeExercise(actor, data), "rehab.exercises.removed"),
    formData,
  );
}

export async function recordAdherenceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZRecordAdherence, formData, (actor, data) => recordAdherence(actor, data), "rehab.adherence.recorded"),
    formData,
  );
}

export async function addProgressNoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runAction(ZAddProgressNote, formData, (actor, data) => addProgressNote(actor, data), "rehab.notes.added"), formData);
}

export async function correctProgressNoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(
    await runAction(ZCorrectProgressNote, formData, (actor, data) => correctProgressNote(actor, data), "rehab.notes.corrected"),
    formData,
  );
}
