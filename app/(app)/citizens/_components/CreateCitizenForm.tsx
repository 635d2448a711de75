"use client";
// Register a citizen (CPR, name, contact, work, employer).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { ZCreateCitizen } from "@/lib/validation/citizens";
import { createCitizenAction } from "../actions";
import { CitizenFields } from "./CitizenFields";

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
