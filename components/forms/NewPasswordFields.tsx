"use client";
// The new password and its confirmation, shared by the set-password form (link from an
// administrator) and the change-own-password form: the same labels, hint, autocomplete and length
// bounds (PASSWORD_MIN–PASSWORD_MAX characters, lib/validation/account.ts) in both.
import { useTranslations } from "use-intl";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/choices";
import type { FieldErrors } from "@/lib/validation/form";
import { TextField } from "./fields";

/** The fields "password" and "confirm", with their errors from `errors`. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  const t = useTranslations();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t("account.newPassword")}
        hint={t("account.newPasswordHint")}
        autoComplete="new-password"
        errors={errors.password}
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
      />
      <TextField name="confirm" type="password" label={t("account.confirm")} autoComplete="new-password" errors={errors.confirm} required />
    </>
  );
}
