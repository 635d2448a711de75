"use client";
// Account actions on the admin's user page: disable (after a confirmation step) or re-enable (with an
// optional note for the history), unlock a soft-locked account, and issue a new one-time set-password link.
import { useTranslations } from "use-intl";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { useActionForm } from "@/components/forms/useActionForm";
import { ZIssuePasswordLink, ZSetUserActive, ZUnlockUser } from "@/lib/validation/admin";
import type { ActionState } from "@/lib/validation/form";
import { LinkPanel } from "./LinkPanel";
import { HiddenFields } from "@/components/forms/HiddenFields";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

export function ActiveForm({ userId, version, active, action }: { userId: string; version: number; active: boolean; action: Action }) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, errors, formError, ref, success } = useActionForm(ZSetUserActive, action);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="mb-4 max-w-xl">
      <FormMessage error={formError} success={success} />
      <input type="hidden" name="userId" value={userId} />
      <HiddenFields values={{ version: version }} />
      {active ? <p className="mb-2 text-sm text-slate-700">{t("admin.users.actions.disableHint")}</p> : null}
      <TextField
        id={`note-${active ? "disable" : "enable"}`}
        name="note"
        label={t("admin.users.actions.note")}
        errors={errors.note}
        maxLength={500}
      />
      {active ? (
        <ConfirmSubmit
          id="disable-user"
          label={t("admin.users.actions.disable")}
          consequence={t("confirm.userDisable.consequence")}
          confirm={t("confirm.userDisable.confirm")}
          pending={pending}
          done={!!success}
        />
      ) : (
        <SubmitButton pending={pending}>{t("admin.users.actions.enable")}</SubmitButton>
      )}
    </form>
  );
}

export function UnlockForm({ userId, version, action }: { userId: string; version: number; action: Action }) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, formError, success } = useActionForm(ZUnlockUser, action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mb-4">
      <FormMessage error={formError} success={success} />
      <input type="hidden" name="userId" value={userId} />
      <HiddenFields values={{ version: version }} />
      <SubmitButton pending={pending}>{t("admin.users.actions.unlock")}</SubmitButton>
    </form>
  );
}

export function IssueLinkForm({ userId, action }: { userId: string; action: Action }) {
  const t = useTranslations();
  const { result, onSubmit, formAction, pending, formError, success } = useActionForm(ZIssuePasswordLink, action);
  const link = result?.ok ? (result.data as { link: { url: string; expiresAt: Date } | null } | undefined)?.link : null;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mb-4">
      <FormMessage error={formError} success={success} />
      {link ? <LinkPanel link={link} /> : null}
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending}>{t("admin.users.link.issue")}</SubmitButton>
    </form>
  );
}
