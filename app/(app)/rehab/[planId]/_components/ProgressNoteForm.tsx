"use client";
// Write a progress note with the three scores (emptied after a successful save).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { addProgressNoteAction } from "../../actions";
import { NoteFields } from "./NoteFields";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZAddProgressNote = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZAddProgressNote), { text: 4000 });

export function ProgressNoteForm({ planId, today }: { planId: string; today: string }) {
  const t = useTranslations();
  const f = useActionForm(ZAddProgressNote, addProgressNoteAction, { resetOnSuccess: true });
  return (
    <Form form={f} idPrefix="note" className="max-w-3xl">
      <FormMessage form={f} />
      <input type="hidden" name="planId" value={planId} />
      <NoteFields
        today={today}

        values={{ writtenOn: today, selfRatedHealth: "", pain: "", workAbility: "", text: "" }}
      />
      <Button type="submit" disabled={f.pending}>
        {t("rehab.notes.add")}
      </Button>
    </Form>
  );
}
