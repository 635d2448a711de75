"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { managerDecideAid } from "@/lib/domain/rtw/manager-decide-aid";
import type { ActionState } from "@/lib/validation/form";
import { ZManagerDecideAid } from "@/lib/validation/rtw";

export async function managerDecideAidAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const message = formData.get("decision") === "REJECT" ? "rtw.aids.rejected" : "rtw.aids.approved";
  const result = await runAction(ZManagerDecideAid, formData, (actor, data) => managerDecideAid(actor, data), message);
  if (result.ok) revalidatePath("/dashboard/aids");
  return result;
}
