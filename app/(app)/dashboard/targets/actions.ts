"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { setKeyFigureTarget } from "@/lib/domain/kpi/set-key-figure-target";
import type { ActionState } from "@/lib/validation/form";
import { ZSetKeyFigureTarget } from "@/lib/validation/kpi";

export async function setKeyFigureTargetAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZSetKeyFigureTarget, formData, (actor, data) => setKeyFigureTarget(actor, data), "kpi.targets.saved");
  if (result.ok) {
    revalidatePath("/dashboard/targets");
    revalidatePath("/dashboard");
  }
  return result;
}
