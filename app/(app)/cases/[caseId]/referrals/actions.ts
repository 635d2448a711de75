"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createReferral } from "@/lib/domain/referrals/create-referral";
import type { ActionState } from "@/lib/validation/form";
import { ZCreateReferral } from "@/lib/validation/referrals";

export async function createReferralAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZCreateReferral, formData, (actor, data) => createReferral(actor, data), "referrals.form.created");
  if (result.ok) {
    const caseId = formData.get("caseId");
    if (typeof caseId === "string") revalidatePath(`/cases/${caseId}/referrals`);
    revalidatePath("/referrals");
  }
  return result;
}
