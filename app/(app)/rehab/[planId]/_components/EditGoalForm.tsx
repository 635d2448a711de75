"use client";
// Correct a goal (text, baseline, target, achieved day) on the basis of the goal's version.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { updateGoalAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZUpdateGoal = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZUpdateGoal), {
  text: 300,
  baseline: 300,
  target: 300,
  reason: 500,
});

export type GoalValues = { id: string; version: number; text: string; baseline: string; target: string; achievedOn: string };

export function EditGoalForm({ planId, goal }: { planId: string; goal: GoalValues }) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateGoal, updateGoalAction);
  const p = `goal-${goal.id}`;
  return (
    <Form form={f} idPrefix={p} className="mt-2">
      <FormMessage form={f} />
      <HiddenFields values={{ planId, goalId: goal.id, version: goal.version }} />
      <TextField name="text" label={t("rehab.goals.text")} defaultValue={goal.text} required />
      <TextField name="baseline" label={t("rehab.goals.baseline")} defaultValue={goal.baseline} required />
      <TextField name="target" label={t("rehab.goals.target")} defaultValue={goal.target} required />
      <TextField name="achievedOn" type="date" label={t("rehab.goals.achievedOn")} defaultValue={goal.achievedOn} />
      <TextField name="reason" label={t("rehab.fields.reason")} hint={t("rehab.fields.reasonHint")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("common.save")}
      </Button>
    </Form>
  );
}
