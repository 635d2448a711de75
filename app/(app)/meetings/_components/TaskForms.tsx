"use client";
// Completing one's own action item ("My tasks"), and flagging a case or rehab plan for the weekly
// case conference with a question (issue 12).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { completeTaskAction, flagForConferenceAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZCompleteTask = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZCompleteTask));
const ZFlagForConference = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZFlagForConference), { question: 1000 });

export function CompleteTaskForm({ taskId, version, description }: { taskId: string; version: number; description: string }) {
  const t = useTranslations();
  // A done task leaves "My tasks" with this form: <Flash scope="tasks"> on the page shows the message.
  const f = useActionForm(ZCompleteTask, completeTaskAction, { flash: "tasks" });
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <input type="hidden" name="taskId" value={taskId} />
      <HiddenFields values={{ version: version }} />
      <Button type="submit" variant="secondary" disabled={f.pending} aria-label={`${t("meetings.myTasks.complete")}: ${description}`}>
        {t("meetings.myTasks.complete")}
      </Button>
    </Form>
  );
}

export function FlagForConferenceForm({ caseId, rehabPlanId }: { caseId?: string; rehabPlanId?: string }) {
  const t = useTranslations();
  const f = useActionForm(ZFlagForConference, flagForConferenceAction, { resetOnSuccess: true });
  return (
    <Form form={f} idPrefix="flag" className="max-w-2xl">
      <FormMessage form={f} />
      <input type="hidden" name="caseId" value={caseId ?? ""} />
      <input type="hidden" name="rehabPlanId" value={rehabPlanId ?? ""} />
      <TextField name="question" label={t("meetings.flag.question")} required />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("meetings.flag.submit")}
      </Button>
    </Form>
  );
}
