"use client";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { ZAddCompetenceTag } from "@/lib/validation/admin";
import type { ActionState } from "@/lib/validation/form";

/** Adds a competence tag to the organisation's list. */
export function CompetenceForm({ action }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState> }) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, errors, formError, ref, success } = useActionForm(ZAddCompetenceTag, action);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="max-w-md">
      <FormMessage error={formError} success={success} />
      <TextField name="label" label={t("admin.tags.addLabel")} errors={errors.label} required maxLength={60} />
      <SubmitButton pending={pending}>{t("admin.tags.add")}</SubmitButton>
    </form>
  );
}
