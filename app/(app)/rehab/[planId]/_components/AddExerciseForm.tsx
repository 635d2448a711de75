"use client";
// Add an exercise to the home programme. With the maximum number of exercises the fields and the
// button are disabled and the form says why (issue 8 item 13); the server refuses a sixth anyway
// (e.g. from a second tab), and then the refusal replaces any earlier success message.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { addExerciseAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZAddExercise = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZAddExercise), {
  description: 500,
  repetitions: 100,
  frequency: 100,
});

export function AddExerciseForm({ planId, full, max }: { planId: string; full: boolean; max: number }) {
  const t = useTranslations();
  const f = useActionForm(ZAddExercise, addExerciseAction, { resetOnSuccess: true });
  const fullId = "exercise-new-full";
  return (
    <Form form={f} idPrefix="exercise-new" className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("rehab.exercises.add")}</h3>
      <FormMessage form={f} />
      {full ? (
        <p id={fullId} className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t("rehab.exercises.full", { max })}
        </p>
      ) : null}
      <input type="hidden" name="planId" value={planId} />
      <fieldset disabled={full} aria-describedby={full ? fullId : undefined} className="min-w-0">
        <TextAreaField
          name="description"
          label={t("rehab.exercises.description")}
          hint={t("rehab.exercises.descriptionHint")}
          required
          rows={2}
        />
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          <TextField name="repetitions" label={t("rehab.exercises.repetitions")} hint={t("rehab.exercises.repetitionsHint")} required />
          <TextField name="frequency" label={t("rehab.exercises.frequency")} hint={t("rehab.exercises.frequencyHint")} required />
        </div>
        <Button type="submit" disabled={full || f.pending}>
          {t("rehab.exercises.add")}
        </Button>
      </fieldset>
    </Form>
  );
}
