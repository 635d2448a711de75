"use client";
// Close a running study with a reason: no more entries, the allocation key is revealed and verified.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { ZCloseStudy } from "@/lib/validation/studies";
import { closeStudyAction } from "../actions";

export function CloseStudyForm({ studyId, version }: { studyId: string; version: number }) {
  const t = useTranslations();
  const f = useActionForm(ZCloseStudy, closeStudyAction);
  return (
    <Form form={f} className="max-w-2xl">
      <p className="mb-3 text-sm text-slate-700">{t("studies.close.intro")}</p>
      <FormMessage form={f} />
      <input type="hidden" name="studyId" value={studyId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        id="study-close-reason"
        name="reason"
        label={t("studies.close.reason")}
        errors={f.errors.reason}
        required
        maxLength={1000}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("studies.close.submit")}
      </Button>
    </Form>
  );
}
