"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { createProgramme } from "@/lib/domain/programmes/create-programme";
import { updateProgramme } from "@/lib/domain/programmes/update-programme";
import type { ActionState } from "@/lib/validation/form";
import { ZCreateProgramme, ZUpdateProgramme } from "@/lib/validation/programmes";

export async function createProgrammeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZCreateProgramme, formData, (actor, data) => createProgramme(actor, data), "programmes.form.created");
  if (result.ok && result.data) {
    revalidatePath("/programmes");
    redirect(`/programmes/${result.data.id}`);
  }
  return result;
}

export async function updateProgrammeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZUpdateProgramme, formData, (actor, data) => updateProgramme(actor, data), "programmes.form.saved");
  if (result.ok && result.data) {
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${result.data.id}`);
    redirect(`/programmes/${result.data.id}`);
  }
  return result;
}
