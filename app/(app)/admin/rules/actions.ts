"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { updateRuleParameters } from "@/lib/domain/rules/update-rule-parameters";
import type { ActionState } from "@/lib/validation/form";
import { ZUpdateRuleParameters } from "@/lib/validation/rules";

export async function updateRuleParametersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZUpdateRuleParameters, formData, (actor, data) => updateRuleParameters(actor, data), "rules.form.saved");
  if (result.ok) revalidatePath("/admin/rules");
  return result;
}
