"use client";
// Register a citizen (CPR, name, contact, work, employer).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { createCitizenAction } from "../actions";
import { CitizenFields } from "./CitizenFields";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCreateCitizen = lazySchema(() => import("@/lib/validation/citizens").then((m) => m.ZCreateCitizen), {
  firstName: 100,
  lastName: 100,
  address: 300,
  occupation: 200,
  industry: 200,
  employerName: 200,
  employerContactName: 200,
});

export function CreateCitizenForm() {
  const t = useTranslations();
  const f = useActionForm(ZCreateCitizen, createCitizenAction);
  return (
    <Form form={f} idPrefix="citizen">
      <FormMessage form={f} />
      <CitizenFields cprHint={t("citizens.fields.cprHint")} cprRequired />
      <SubmitButton pending={f.pending}>{t("citizens.create.submit")}</SubmitButton>
    </Form>
  );
}
