"use client";
// The quick action beside a goal: mark it achieved on a day (on the basis of the goal's version).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { markGoalAchievedAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZMarkGoalAchieved = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZMarkGoalAchieved));

export function MarkAchievedForm({
  planId,
  goal,
  today,
}: {
  planId: string;
  goal: { id: string; version: number; text: string };
  today: string;
}) {
  const t = useTranslations();
  // An achieved goal loses this form: <Flash scope="goals"> above the goals shows the message.
  const f = useActionForm(ZMarkGoalAchieved, markGoalAchievedAction, { flash: "goals" });
  return (
    <Form form={f} aria-label={t("rehab.goals.markAchievedFor", { goal: goal.text })}>
      <FormMessage form={f} />
      <HiddenFields values={{ planId, goalId: goal.id, version: goal.version }} />
      <TextField
        id={`goal-${goal.id}-achieve-date`}
        name="achievedOn"
        type="date"
        label={t("rehab.goals.achievedDate")}
        defaultValue={today}
        required
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("rehab.goals.markAchieved")}
        <span className="sr-only">: {goal.text}</span>
      </Button>
    </Form>
  );
}
