"use server";
// Effect studies (issue 14): define and close a study. One use case per action.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createStudy } from "@/lib/domain/studies/create-study";
import { closeStudy } from "@/lib/domain/studies/close-study";
import type { ActionState } from "@/lib/validation/form";
import { ZCloseStudy, ZCreateStudy } from "@/lib/validation/studies";

export async function createStudyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZCreateStudy, formData, (actor, data) => createStudy(actor, data), "studies.create.success");
  if (result.ok) revalidatePath("/studies");
  return result;
}

export async function closeStudyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZCloseStudy, formData, (actor, data) => closeStudy(actor, data), "studies.close.success");
  if (result.ok) revalidatePath("/studies");
  return result;
}
