"use client";
// The work-oriented first-conversation guide. The guide is part of the plan: the form carries the
// plan's version, so a save from a tab loaded before someone else's save is refused (issue 8 item 1).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { FIRST_CONVERSATION_QUESTIONS, type FirstConversation } from "@/lib/rehab/catalogue";
import { saveFirstConversationAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZSaveFirstConversation = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZSaveFirstConversation), {
  employerResponse: 2000,
  taskFlexibility: 2000,
  keyWorkTasks: 2000,
  network: 2000,
  leisure: 2000,
  lifestyle: 2000,
  sickLeave: 2000,
  ownExpectation: 2000,
});

export function FirstConversationForm({ planId, version, value }: { planId: string; version: number; value: FirstConversation }) {
  const t = useTranslations();
  const f = useActionForm(ZSaveFirstConversation, saveFirstConversationAction);
  return (
    <Form form={f} idPrefix="guide" className="max-w-3xl">
      <FormMessage form={f} />
      <HiddenFields values={{ planId, version }} />
      <TextField name="heldOn" type="date" label={t("rehab.guide.heldOn")} defaultValue={value.heldOn ?? ""} className="max-w-xs" />
      {FIRST_CONVERSATION_QUESTIONS.map((q) => (
        <TextAreaField
          key={q}
          id={`guide-${q}`}
          name={q}
          label={t(`rehab.guide.questions.${q}`)}
          hint={t(`rehab.guide.hints.${q}`)}
          defaultValue={value.answers[q] ?? ""}
          rows={3}
        />
      ))}
      <Button type="submit" disabled={f.pending}>
        {t("rehab.guide.save")}
      </Button>
    </Form>
  );
}
