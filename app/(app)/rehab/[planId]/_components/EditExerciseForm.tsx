"use client";
// Correct an exercise of the home programme on the basis of the exercise's version.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { updateExerciseAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZUpdateExercise = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZUpdateExercise), {
  description: 500,
  repetitions: 100,
  frequency: 100,
  reason: 500,
});

export type ExerciseValues = { id: string; version: number; description: string; repetitions: string; frequency: string };

export function EditExerciseForm({ planId, exercise }: { planId: string; exercise: ExerciseValues }) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateExercise, updateExerciseAction);
  const p = `exercise-${exercise.id}`;
  return (
    <Form form={f} idPrefix={p} className="mt-2">
      <FormMessage form={f} />
      <HiddenFields values={{ planId, exerciseId: exercise.id, version: exercise.version }} />
      <TextAreaField name="description" label={t("rehab.exercises.description")} defaultValue={exercise.description} required rows={2} />
      <TextField
        name="repetitions"
        label={t("rehab.exercises.repetitions")}
        hint={t("rehab.exercises.repetitionsHint")}
        defaultValue={exercise.repetitions}
        required
      />
      <TextField name="frequency" label={t("rehab.exercises.frequency")} defaultValue={exercise.frequency} required />
      <TextField name="reason" label={t("rehab.fields.reason")} hint={t("rehab.fields.reasonHint")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("common.save")}
      </Button>
    </Form>
  );
}
