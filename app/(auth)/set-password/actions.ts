"use server";
// Choosing a password through a one-time link: nobody is signed in yet, so this action does not use
// runAction (which needs an actor); it parses with the shared schema and calls the one function that
// redeems the link (lib/auth/password-setup.ts). Nothing is written on bad input.
import { redeemSetupToken } from "@/lib/auth/password-setup";
import { formDataToObject, parseWith, type ActionState } from "@/lib/validation/form";
import { ZSetPassword } from "@/lib/validation/account";

export async function setPasswordAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const parsed = parseWith(ZSetPassword, formDataToObject(fd));
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors, formError: "errors.formInvalid" };
  try {
    const r = await redeemSetupToken(parsed.data.token, parsed.data.password);
    if (r.ok) return { ok: true, message: "auth.passwordSet" };
    return "formError" in r
      ? { ok: false, formError: r.formError }
      : { ok: false, fieldErrors: r.fieldErrors, formError: "errors.formInvalid" };
  } catch (e) {
    console.error("set password failed", e);
    return { ok: false, formError: "errors.unexpected" };
  }
}
