"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { assignTherapist } from "@/lib/domain/referrals/assign-therapist";
import { transitionReferral } from "@/lib/domain/referrals/transition-referral";
import { isReferralAction } from "@/lib/referrals/transitions";
import type { ActionState } from "@/lib/validation/form";
import { ZAssignTherapist, ZTransitionReferral } from "@/lib/validation/referrals";

export async function transitionReferralAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const action = formData.get("action");
  const result = await runAction(
    ZTransitionReferral,
    formData,
    (actor, data) => transitionReferral(actor, data),
    isReferralAction(action) ? `referrals.done.${action}` : undefined,
  );
  if (result.ok && result.data) {
    revalidatePath(`/referrals/${result.data.id}`);
    revalidatePath("/referrals");
  }
  return result;
}

export async function assignTherapistAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(ZAssignTherapist, formData, (actor, data) => assignTherapist(actor, data), "referrals.match.assigned");
  if (result.ok && result.data) revalidatePath(`/referrals/${result.data.id}`);
  return result;
}
