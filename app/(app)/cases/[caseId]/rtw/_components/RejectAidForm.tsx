"use client";
// Reject a workplace aid with a reason (with the aid's version).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { decideAidAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZDecideAid = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZDecideAid), { reason: 1000 });

type Target = { caseId: string; aid: { id: string; version: number; item: string } };

export function RejectAidForm(target: Target) {
  const t = useTranslations();
  // The decided aid loses this form: <Flash scope="aids"> above the aids shows the message.
  const f = useActionForm(ZDecideAid, decideAidAction, { flash: "aids" });
  return (
    <Form form={f} className="mt-2 min-w-64">
      <FormMessage form={f} />
      <HiddenFields values={{ caseId: target.caseId, aidId: target.aid.id, version: target.aid.version, decision: "REJECT" }} />
      <TextAreaField id={`aid-${target.aid.id}-reason`} name="reason" label={t("rtw.aids.rejectReason")} required rows={2} />
      <Button type="submit" variant="danger" disabled={f.pending}>
        {t("rtw.aids.reject")}
      </Button>
    </Form>
  );
}
