"use client";
// Correct a progress note (day, scores, text) with a reason, on the basis of the note's version.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { correctProgressNoteAction } from "../../actions";
import { NoteFields, type NoteValues } from "./NoteFields";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCorrectProgressNote = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZCorrectProgressNote), {
  text: 4000,
  reason: 500,
});

export function CorrectNoteForm({
  planId,
  today,
  note,
}: {
  planId: string;
  today: string;
  note: NoteValues & { id: string; version: number };
}) {
  const t = useTranslations();
  const f = useActionForm(ZCorrectProgressNote, correctProgressNoteAction);
  const p = `note-${note.id}`;
  return (
    <Form form={f} idPrefix={p} className="mt-2 max-w-3xl">
      <FormMessage form={f} />
      <HiddenFields values={{ planId, noteId: note.id, version: note.version }} />
      <NoteFields today={today} values={note} />
      <TextField name="reason" label={t("rehab.notes.reason")} hint={t("rehab.notes.reasonHint")} required />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("rehab.notes.save")}
      </Button>
    </Form>
  );
}
