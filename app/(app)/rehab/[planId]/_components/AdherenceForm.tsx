"use client";
// One day of the training log. The form knows the version of every recorded day (`recorded`:
// "YYYY-MM-DD" → version) and sends the chosen day's, or 0 when that day had no entry when the
// page loaded: a colleague's entry for the same day made meanwhile is then not overwritten (ADR 0012).
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { ChoiceGroup, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { recordAdherenceAction } from "../../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZRecordAdherence = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZRecordAdherence), { note: 500 });

export function AdherenceForm({ planId, today, recorded }: { planId: string; today: string; recorded: Record<string, number> }) {
  const t = useTranslations();
  const f = useActionForm(ZRecordAdherence, recordAdherenceAction);
  const [day, setDay] = useState(today);
  const version = recorded[day] ?? 0;
  return (
    <Form form={f} idPrefix="adherence" className="max-w-2xl">
      <FormMessage form={f} />
      <HiddenFields values={{ planId, version }} />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          name="date"
          type="date"
          label={t("rehab.adherence.date")}
          hint={version > 0 ? t("rehab.adherence.correcting") : undefined}
          defaultValue={today}
          max={today}
          onChange={(e) => setDay(e.currentTarget.value)}
          required
        />
        <ChoiceGroup
          name="done"
          type="radio"
          legend={t("rehab.adherence.done")}
          defaultValue="DONE"
          options={(["DONE", "NOT_DONE"] as const).map((v) => ({ value: v, label: t(`rehab.adherence.doneOptions.${v}`) }))}
        />
      </div>
      <TextField name="note" label={t("rehab.adherence.note")} />
      <Button type="submit" disabled={f.pending}>
        {t("rehab.adherence.record")}
      </Button>
    </Form>
  );
}
