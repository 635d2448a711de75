"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { updateRuleParameters } from "@/lib/domain/rules/update-rule-parameters";
import type { ActionState } from "@/lib/validation/form";
import { ZAddRuleVersion, ZUpdateRuleParameters } from "@/lib/validation/rules";
import { addRuleVersion } from "@/lib/domain/rules/add-rule-version";

export async function updateRuleParametersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZUpdateRuleParameters, formData, (actor, data) => updateRuleParameters(actor, data), "rules.form.saved");
  if (result.ok) revalidatePath("/admin/rules");
  return result;
}

export async function addRuleVersionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZAddRuleVersion, formData, (actor, data) => addRuleVersion(actor, data), "rules.versions.saved");
  if (result.ok) revalidatePath("/admin/rules");
  return result;
}
