"use client";
// Remove an exercise from the home programme (soft removal), on the basis of its version.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { removeExerciseAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZRemoveExercise = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZRemoveExercise));

export function RemoveExerciseForm({
  planId,
  exercise,
}: {
  planId: string;
  exercise: { id: string; version: number; description: string };
}) {
  const t = useTranslations();
  const f = useActionForm(ZRemoveExercise, removeExerciseAction);
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <HiddenFields values={{ planId, exerciseId: exercise.id, version: exercise.version }} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("rehab.exercises.remove")}
        <span className="sr-only">: {exercise.description}</span>
      </Button>
    </Form>
  );
}
