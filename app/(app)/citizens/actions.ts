"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { ActionState } from "@/lib/validation/form";
import { ZCreateCitizen } from "@/lib/validation/citizens";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";

export async function createCitizenAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZCreateCitizen, fd, (actor, data) => createCitizen(actor, data));
  if (r.ok && r.data) {
    revalidatePath("/citizens");
    redirect(`/citizens/${r.data.id}?created=1`);
  }
  return r;
}
