"use client";
// Correct a citizen's facts with a reason, on the basis of the citizen's version.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { correctCitizenAction } from "../[citizenId]/actions";
import { CitizenFields, type CitizenValues } from "./CitizenFields";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCorrectCitizen = lazySchema(() => import("@/lib/validation/citizens").then((m) => m.ZCorrectCitizen), {
  firstName: 100,
  lastName: 100,
  address: 300,
  occupation: 200,
  industry: 200,
  employerName: 200,
  employerContactName: 200,
  reason: 1000,
});

export function CorrectCitizenForm({
  citizenId,
  version,
  values,
  cprMasked,
}: {
  citizenId: string;
  version: number;
  values: CitizenValues;
  cprMasked: string;
}) {
  const t = useTranslations();
  const f = useActionForm(ZCorrectCitizen, correctCitizenAction);
  return (
    <Form form={f} idPrefix="correct-citizen">
      <p className="mb-3 text-sm text-slate-700">{t("citizens.correct.intro")}</p>
      <FormMessage form={f} />
      <HiddenFields values={{ citizenId, version }} />
      <CitizenFields values={values} cprHint={t("citizens.fields.cprKeepHint", { masked: cprMasked })} cprRequired={false} />
      <TextAreaField name="reason" label={t("citizens.correct.reason")} rows={2} required />
      <SubmitButton pending={f.pending}>{t("citizens.correct.submit")}</SubmitButton>
    </Form>
  );
}
