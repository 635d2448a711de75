"use client";
// Void a wrongly registered citizen with a reason (soft: the record stays in the history).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { voidCitizenAction } from "../[citizenId]/actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZVoidCitizen = lazySchema(() => import("@/lib/validation/citizens").then((m) => m.ZVoidCitizen), { reason: 1000 });

export function VoidCitizenForm({ citizenId, version }: { citizenId: string; version: number }) {
  const t = useTranslations();
  const f = useActionForm(ZVoidCitizen, voidCitizenAction);
  return (
    <Form form={f} idPrefix="void-citizen">
      <p className="mb-3 text-sm text-slate-700">{t("citizens.void.intro")}</p>
      <FormMessage form={f} />
      <HiddenFields values={{ citizenId, version }} />
      <TextAreaField name="reason" label={t("citizens.void.reason")} rows={2} required />
      <SubmitButton pending={f.pending} variant="danger">
        {t("citizens.void.submit")}
      </SubmitButton>
    </Form>
  );
}
