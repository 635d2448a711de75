"use server";
// Server actions of the meeting pages (issue 12): parse with the shared schema, call one use case.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { ActionState } from "@/lib/validation/form";
import {
  ZAddAgendaItem,
  ZAddMeetingTask,
  ZCloseMinutes,
  ZCompleteTask,
  ZCreateMeeting,
  ZFlagForConference,
  ZMoveAgendaItem,
  ZRecordItemMinutes,
  ZRemoveAgendaItem,
} from "@/lib/validation/meetings";
import { createMeeting, type CreatedMeetings } from "@/lib/domain/meetings/create-meeting";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { moveAgendaItem } from "@/lib/domain/meetings/move-agenda-item";
import { removeAgendaItem } from "@/lib/domain/meetings/remove-agenda-item";
import { recordItemMinutes } from "@/lib/domain/meetings/record-item-minutes";
import { addMeetingTask } from "@/lib/domain/meetings/add-meeting-task";
import { closeMinutes } from "@/lib/domain/meetings/close-minutes";
import { completeTask } from "@/lib/domain/meetings/complete-task";
import { flagForConference } from "@/lib/domain/meetings/flag-for-conference";

function done<T>(r: ActionState<T>): ActionState<T> {
  if (r.ok) revalidatePath("/", "layout");
  return r;
}

export async function createMeetingAction(_prev: ActionState, fd: FormData): Promise<ActionState<CreatedMeetings>> {
  return done(await runAction(ZCreateMeeting, fd, (actor, data) => createMeeting(actor, data), "meetings.create.created"));
}

/**
 * Refusals that say the page is stale: another tab (or coordinator) has already put the suggestion
 * on the agenda or taken up the flag. Nothing was written, but the page is refreshed like after a
 * success, so the suggestion shows "already on the agenda" instead of an add button that can only
 * be refused again (browser walk-through).
 */
const STALE_AGENDA_REFUSALS = new Set(["meetings.errors.alreadyOnAgenda", "meetings.errors.flagTaken"]);

function refusedAsStale(r: ActionState): boolean {
  if (r.ok) return false;
  return [r.formError, ...Object.values(r.fieldErrors ?? {}).flat()].some((code) => !!code && STALE_AGENDA_REFUSALS.has(code));
}

export async function addAgendaItemAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZAddAgendaItem, fd, (actor, data) => addAgendaItem(actor, data), "meetings.item.added");
  if (refusedAsStale(r)) revalidatePath("/", "layout");
  return done(r);
}

export async function moveAgendaItemAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZMoveAgendaItem, fd, (actor, data) => moveAgendaItem(actor, data), "meetings.item.moved"));
}

export async function removeAgendaItemAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRemoveAgendaItem, fd, (actor, data) => removeAgendaItem(actor, data), "meetings.item.removed"));
}

export async function recordItemMinutesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRecordItemMinutes, fd, (actor, data) => recordItemMinutes(actor, data), "meetings.item.saved"));
}

export async function addMeetingTaskAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZAddMeetingTask, fd, (actor, data) => addMeetingTask(actor, data), "meetings.task.added"));
}

export async function closeMinutesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZCloseMinutes, fd, (actor, data) => closeMinutes(actor, data), "meetings.close.closed"));
}

export async function completeTaskAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZCompleteTask, fd, (actor, data) => completeTask(actor, data), "meetings.myTasks.done"));
}

export async function flagForConferenceAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZFlagForConference, fd, (actor, data) => flagForConference(actor, data), "meetings.flag.done"));
}
