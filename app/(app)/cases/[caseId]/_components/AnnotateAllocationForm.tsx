"use client";
// A note on the case's study allocation (the allocation itself cannot be changed; issue 14).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { annotateStudyAllocationAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZAnnotateStudyAllocation = lazySchema(() => import("@/lib/validation/studies").then((m) => m.ZAnnotateStudyAllocation), {
  note: 1000,
});

export function AnnotateAllocationForm({ caseId, studyId }: { caseId: string; studyId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZAnnotateStudyAllocation, annotateStudyAllocationAction, { resetOnSuccess: true });
  return (
    <Form form={f} className="mt-2 max-w-2xl">
      <FormMessage form={f} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="studyId" value={studyId} />
      <TextField
        id={`study-note-${studyId}`}
        name="note"
        label={t("studies.caseBox.note")}
        hint={t("studies.caseBox.noteHint")}
        required
        maxLength={1000}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("studies.caseBox.noteSubmit")}
      </Button>
    </Form>
  );
}
