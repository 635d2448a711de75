"use server";
// Server actions of the consent forms (citizen page, case tab, consent page): parse with the shared
// schema, call one use case. A consent decides what the other department may see everywhere, so a
// change refreshes every page (and drops the client's cached pages) rather than one path.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { ActionState } from "@/lib/validation/form";
import { ZRecordConsent, ZRevokeConsent } from "@/lib/validation/consents";
import { recordConsent } from "@/lib/domain/consents/record-consent";
import { revokeConsent } from "@/lib/domain/consents/revoke-consent";

function done<T>(r: ActionState<T>): ActionState<T> {
  if (r.ok) revalidatePath("/", "layout");
  return r;
}

export async function recordConsentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRecordConsent, fd, (actor, data) => recordConsent(actor, data), "consents.record.success"));
}

export async function revokeConsentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(await runAction(ZRevokeConsent, fd, (actor, data) => revokeConsent(actor, data), "consents.revoke.success"));
}
