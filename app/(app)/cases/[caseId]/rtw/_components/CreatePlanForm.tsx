"use client";
// Set up a graded return-to-work plan: start day, employer contact, step-up from start to target hours and days.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { createRtwPlanAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCreateRtwPlan = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZCreateRtwPlan), { employerContact: 300, note: 2000 });

export function CreatePlanForm({ caseId, today, employerSuggestion }: { caseId: string; today: string; employerSuggestion: string }) {
  const t = useTranslations();
  // The create form is replaced by the plan after a save: its message is shown by <Flash scope="rtw"> on the page.
  const f = useActionForm(ZCreateRtwPlan, createRtwPlanAction, { resetOnSuccess: true, flash: "rtw" });
  return (
    <Form form={f} idPrefix="rtw-new" className="max-w-3xl">
      <h3 className="mb-1 font-semibold text-slate-900">{t("rtw.create.heading")}</h3>
      <p className="mb-3 text-sm text-slate-700">{t("rtw.create.intro")}</p>
      <FormMessage form={f} />
      <input type="hidden" name="caseId" value={caseId} />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField name="startOn" type="date" label={t("rtw.create.startOn")} defaultValue={today} required />
        <TextField
          name="employerContact"
          label={t("rtw.create.employerContact")}
          hint={t("rtw.create.employerContactHint")}
          defaultValue={employerSuggestion}
          required
        />
        <TextField
          name="startHours"
          label={t("rtw.create.startHours")}
          hint={t("rtw.create.hoursHint")}
          defaultValue="6"
          inputMode="decimal"
          required
        />
        <TextField
          name="targetHours"
          label={t("rtw.create.targetHours")}
          hint={t("rtw.create.hoursHint")}
          defaultValue="37"
          inputMode="decimal"
          required
        />
        <TextField name="startDays" label={t("rtw.create.startDays")} defaultValue="3" inputMode="numeric" required />
        <TextField name="targetDays" label={t("rtw.create.targetDays")} defaultValue="5" inputMode="numeric" required />
        <TextField name="weeks" label={t("rtw.create.weeks")} defaultValue="6" inputMode="numeric" required />
      </div>
      <TextAreaField name="note" label={t("rtw.create.note")} rows={3} />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.create.submit")}
      </Button>
    </Form>
  );
}
