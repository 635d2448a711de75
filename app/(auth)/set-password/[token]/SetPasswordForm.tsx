"use client";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { FormMessage } from "@/components/forms/FormMessage";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { buttonClass } from "@/components/ui/Button";
import { ZSetPassword } from "@/lib/validation/account";
import type { ActionState } from "@/lib/validation/form";

/** Choosing a password through a one-time link; after success the link is used up and the user signs in. */
export function SetPasswordForm({
  token,
  email,
  action,
}: {
  token: string;
  email: string;
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations();
  const { result, onSubmit, formAction, pending, errors, formError } = useActionForm(ZSetPassword, action);
  if (result?.ok) {
    return (
      <>
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
          {t("auth.passwordSet")}
        </p>
        <Link prefetch={false} href="/login" className={buttonClass("primary")}>
          {t("account.toLogin")}
        </Link>
      </>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <FormMessage error={formError} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <NewPasswordFields errors={errors} />
      <SubmitButton pending={pending}>{pending ? t("account.submitting") : t("account.setSubmit")}</SubmitButton>
    </form>
  );
}
