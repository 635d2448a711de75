"use client";
// Open a sick-leave case for the citizen (first absence day, caseworker, diagnosis group).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { clearFlash, setFlash } from "@/components/forms/Flash";
import type { ActionState } from "@/lib/validation/form";
import { CASE_OPENED_MESSAGE, CASE_OPENED_SCOPE } from "../../cases/[caseId]/_components/CaseOpenedFlash";
import { DIAGNOSIS_GROUPS } from "@/lib/validation/choices";
import { openCaseAction } from "../[citizenId]/actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZOpenCase = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZOpenCase), { diagnosisDetail: 200 });

/**
 * The action redirects to the new case's page on success (also without JavaScript), so the form never
 * sees its result: the success message is kept beforehand for <CaseOpenedFlash> on a case page
 * ("/cases/<id>") and forgotten again when the case was not opened.
 */
async function openCaseWithMessage(prev: ActionState, fd: FormData): Promise<ActionState> {
  setFlash(CASE_OPENED_SCOPE, CASE_OPENED_MESSAGE, "/cases/*");
  try {
    const r = await openCaseAction(prev, fd);
    // A redirect (the case was opened) may resolve without a state: only a refusal forgets the message.
    if (r && !r.ok) clearFlash(CASE_OPENED_SCOPE);
    return r;
  } catch (e) {
    const digest = String((e as { digest?: unknown } | null)?.digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) clearFlash(CASE_OPENED_SCOPE);
    throw e;
  }
}

export function OpenCaseForm({
  citizenId,
  caseworkers,
  defaultCaseworkerId,
  todayIso,
}: {
  citizenId: string;
  caseworkers: { id: string; name: string }[];
  defaultCaseworkerId: string;
  todayIso: string;
}) {
  const t = useTranslations();
  const f = useActionForm(ZOpenCase, openCaseWithMessage);
  return (
    <Form form={f} idPrefix="open-case">
      <FormMessage form={f} />
      <input type="hidden" name="citizenId" value={citizenId} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="firstAbsenceDay" type="date" max={todayIso} label={t("cases.openCase.firstAbsenceDay")} required />
        <SelectField
          name="caseworkerId"
          label={t("cases.openCase.caseworker")}
          options={caseworkers.map((c) => ({ value: c.id, label: c.name }))}
          defaultValue={defaultCaseworkerId}
          required
        />
        <SelectField
          name="diagnosisGroup"
          label={t("cases.openCase.diagnosisGroup")}
          placeholder="—"
          options={DIAGNOSIS_GROUPS.map((g) => ({ value: g, label: t(`cases.diagnosisGroup.${g}`) }))}
          required
        />
        <TextField name="diagnosisDetail" label={t("cases.openCase.diagnosisDetail")} />
      </div>
      <SubmitButton pending={f.pending}>{t("cases.openCase.submit")}</SubmitButton>
    </Form>
  );
}
