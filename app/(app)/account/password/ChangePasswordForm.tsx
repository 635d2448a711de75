"use client";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import type { ActionState } from "@/lib/validation/form";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZChangeOwnPassword = lazySchema(() => import("@/lib/validation/account").then((m) => m.ZChangeOwnPassword), {
  currentPassword: 1024,
  password: 256,
});

/** The signed-in user's own password change: current, new and repeated new password. */
export function ChangePasswordForm({
  email,
  action,
}: {
  email: string;
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, errors, formError, ref, success } = useActionForm(ZChangeOwnPassword, action);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="max-w-md">
      <FormMessage error={formError} success={success} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        name="currentPassword"
        type="password"
        label={t("account.currentPassword")}
        autoComplete="current-password"
        errors={errors.currentPassword}
        required
      />
      <NewPasswordFields errors={errors} />
      <SubmitButton pending={pending}>{pending ? t("account.submitting") : t("account.submit")}</SubmitButton>
    </form>
  );
}
