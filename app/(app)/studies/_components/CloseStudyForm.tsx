"use client";
// Close a running study with a reason: no more entries; a randomised study's allocation key is revealed
// and verified. The page says what closing means above the form; the confirmation step says it cannot be undone.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { closeStudyAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZCloseStudy = lazySchema(() => import("@/lib/validation/studies").then((m) => m.ZCloseStudy), { reason: 1000 });

export function CloseStudyForm({ studyId, version }: { studyId: string; version: number }) {
  const t = useTranslations();
  const f = useActionForm(ZCloseStudy, closeStudyAction);
  return (
    <Form form={f} idPrefix="study-close" className="max-w-2xl">
      <FormMessage form={f} />
      <input type="hidden" name="studyId" value={studyId} />
      <HiddenFields values={{ version: version }} />
      <TextField name="reason" label={t("studies.close.reason")} required maxLength={1000} />
      <ConfirmSubmit
        id="study-close-step"
        label={t("studies.close.submit")}
        consequence={t("confirm.studyClose.consequence")}
        confirm={t("confirm.studyClose.confirm")}
        pending={f.pending}
        done={!!f.success}
      />
    </Form>
  );
}
