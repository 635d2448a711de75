"use client";
// Open a sick-leave case for the citizen (first absence day, caseworker, diagnosis group).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { CASE_OPENED_MESSAGE, CASE_OPENED_SCOPE } from "../../cases/[caseId]/_components/CaseOpenedFlash";
import { DIAGNOSIS_GROUPS } from "@/lib/validation/choices";
import { openCaseAction } from "../[citizenId]/actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZOpenCase = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZOpenCase), { diagnosisDetail: 200 });

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
  // The action redirects to the new case's page on success (also without JavaScript), so the form
  // never sees its result: the message is kept beforehand for <CaseOpenedFlash> on a case page
  // ("/cases/<id>") and forgotten again when the case was not opened (ADR 0032).
  const f = useActionForm(ZOpenCase, openCaseAction, {
    flash: { scope: CASE_OPENED_SCOPE, redirect: { message: CASE_OPENED_MESSAGE, path: "/cases/*" } },
  });
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
