"use client";
// Correct the plan's facts and move its status, on the basis of the plan's version.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { RTW_STATUSES, canChangeStatus, type RtwStatus } from "@/lib/rtw/plan";
import { updateRtwPlanAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZUpdateRtwPlan = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZUpdateRtwPlan), {
  employerContact: 300,
  note: 2000,
  reason: 500,
});

export function EditPlanForm({
  caseId,
  plan,
}: {
  caseId: string;
  plan: { id: string; version: number; status: RtwStatus; startOn: string; employerContact: string; note: string | null };
}) {
  const t = useTranslations();
  // Leaving DRAFT closes the (draft-open) edit box, hiding this form's message: <Flash scope="rtw"> shows it then.
  const f = useActionForm(ZUpdateRtwPlan, updateRtwPlanAction, {
    flash: { scope: "rtw", when: (fd) => plan.status === "DRAFT" && fd.get("status") !== "DRAFT" },
  });
  const statuses = RTW_STATUSES.filter((s) => {
    return canChangeStatus(plan.status, s);
  });
  return (
    <Form form={f} idPrefix="rtw-edit" className="max-w-3xl">
      <FormMessage form={f} />
      <HiddenFields values={{ caseId, planId: plan.id, version: plan.version }} />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <SelectField
          name="status"
          label={t("rtw.plan.status")}
          defaultValue={plan.status}
          options={statuses.map((s) => ({ value: s, label: t(`rtw.status.${s}`) }))}
          required
        />
        <TextField name="startOn" type="date" label={t("rtw.plan.startOn")} defaultValue={plan.startOn} required />
      </div>
      <TextField name="employerContact" label={t("rtw.plan.employerContact")} defaultValue={plan.employerContact} required />
      <TextAreaField name="note" label={t("rtw.plan.note")} defaultValue={plan.note ?? ""} rows={3} />
      <TextField name="reason" label={t("rtw.plan.reason")} hint={t("rtw.plan.reasonHint")} />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.plan.save")}
      </Button>
    </Form>
  );
}
