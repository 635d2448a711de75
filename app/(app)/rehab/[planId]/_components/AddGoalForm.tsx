"use client";
// Add a work-oriented goal to the plan (the fields are emptied after a successful save).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { addGoalAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZAddGoal = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZAddGoal), { text: 300, baseline: 300, target: 300 });

export function AddGoalForm({ planId }: { planId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZAddGoal, addGoalAction, { resetOnSuccess: true });
  return (
    <Form form={f} idPrefix="goal-new" className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("rehab.goals.add")}</h3>
      <FormMessage form={f} />
      <input type="hidden" name="planId" value={planId} />
      <TextField name="text" label={t("rehab.goals.text")} hint={t("rehab.goals.textHint")} required />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField name="baseline" label={t("rehab.goals.baseline")} hint={t("rehab.goals.baselineHint")} required />
        <TextField name="target" label={t("rehab.goals.target")} hint={t("rehab.goals.targetHint")} required />
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("rehab.goals.add")}
      </Button>
    </Form>
  );
}
