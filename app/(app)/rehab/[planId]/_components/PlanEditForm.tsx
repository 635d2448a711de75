"use client";
// Correct the plan's facts (condition, body region, package, dates) with an optional reason.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { BODY_REGIONS, STANDARD_PACKAGES } from "@/lib/rehab/catalogue";
import { updateRehabPlanAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZUpdateRehabPlan = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZUpdateRehabPlan), {
  condition: 200,
  reason: 500,
});

export type PlanFacts = {
  id: string;
  version: number;
  condition: string;
  bodyRegion: string;
  standardPackage: string | null;
  startOn: string;
  endOn: string;
};

export function PlanEditForm({ plan }: { plan: PlanFacts }) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateRehabPlan, updateRehabPlanAction);
  return (
    <Form form={f} idPrefix="plan" className="mt-3 max-w-2xl">
      <FormMessage form={f} />
      <HiddenFields values={{ planId: plan.id, version: plan.version }} />
      <TextField name="condition" label={t("rehab.fields.condition")} defaultValue={plan.condition} required />
      <SelectField
        name="bodyRegion"
        label={t("rehab.fields.bodyRegion")}
        defaultValue={plan.bodyRegion}
        options={BODY_REGIONS.map((r) => ({ value: r, label: t(`rehab.bodyRegion.${r}`) }))}
        required
      />
      <SelectField
        name="standardPackage"
        label={t("rehab.fields.standardPackage")}
        defaultValue={plan.standardPackage ?? ""}
        placeholder={t("rehab.fields.noPackage")}
        options={STANDARD_PACKAGES.map((p) => ({ value: p, label: t(`rehab.package.${p}`) }))}
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField name="startOn" type="date" label={t("rehab.fields.startOn")} defaultValue={plan.startOn} required />
        <TextField name="endOn" type="date" label={t("rehab.fields.endOn")} hint={t("rehab.fields.endOnHint")} defaultValue={plan.endOn} />
      </div>
      <TextField name="reason" label={t("rehab.fields.reason")} hint={t("rehab.fields.reasonHint")} />
      <Button type="submit" disabled={f.pending}>
        {t("common.save")}
      </Button>
    </Form>
  );
}
