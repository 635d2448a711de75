"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { addCompetenceTag } from "@/lib/domain/admin/add-competence-tag";
import type { ActionState } from "@/lib/validation/form";
import { ZAddCompetenceTag } from "@/lib/validation/admin";

export async function addCompetenceTagAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZAddCompetenceTag, fd, (actor, data) => addCompetenceTag(actor, data), "admin.tags.added");
  if (r.ok) revalidatePath("/admin/competences");
  return r;
}
