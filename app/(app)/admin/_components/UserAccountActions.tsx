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

/**
 * Disable (after a confirmation step) or re-enable. Both forms are always there, in this order, and
 * each keeps its own server action, though only the one that fits the account is drawn: a post
 * without JavaScript comes back matched to the form that sent it (React matches a posted result by
 * the action and the form's place), and the disable form has then given way to the re-enable form
 * (fix9 item 1). The form that is not drawn shows only the message of its own save, as long as the
 * account is at the version that save made.
 */
export function ActiveForm({
  userId,
  version,
  active,
  disableAction,
  enableAction,
}: {
  userId: string;
  version: number;
  active: boolean;
  disableAction: Action;
  enableAction: Action;
}) {
  return (
    <>
      <SetActiveForm userId={userId} version={version} disable drawn={active} action={disableAction} />
      <SetActiveForm userId={userId} version={version} disable={false} drawn={!active} action={enableAction} />
    </>
  );
}

function SetActiveForm({
  userId,
  version,
  disable,
  drawn,
  action,
}: {
  userId: string;
  version: number;
  disable: boolean;
  drawn: boolean;
  action: Action;
}) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, errors, formError, ref, success, result } = useActionForm(ZSetUserActive, action);
  // A save's message belongs to the version it made: after a later change (the other form's) it is old.
  const saved = (result?.data as { version?: number } | undefined)?.version;
  const message = success && saved === version ? success : undefined;
  // The message stays in a form of its own (the hook moves the focus to the message in its form); it
  // has nothing to send, but keeps the action, as every form does.
  if (!drawn)
    return message ? (
      <form ref={ref} action={formAction} className="mb-4 max-w-xl">
        <FormMessage success={message} />
      </form>
    ) : null;
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="mb-4 max-w-xl">
      <FormMessage error={formError} success={message} />
      <input type="hidden" name="userId" value={userId} />
      <HiddenFields values={{ version: version }} />
      {disable ? <p className="mb-2 text-sm text-slate-700">{t("admin.users.actions.disableHint")}</p> : null}
      <TextField
        id={`note-${disable ? "disable" : "enable"}`}
        name="note"
        label={t("admin.users.actions.note")}
        errors={errors.note}
        maxLength={500}
      />
      {disable ? (
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
