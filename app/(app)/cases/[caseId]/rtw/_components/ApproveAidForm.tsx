"use client";
// Approve a workplace aid within the caseworkers' mandate (with the aid's version), after a confirmation step.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { decideAidAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZDecideAid = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZDecideAid), { reason: 1000 });

export type Target = { caseId: string; aid: { id: string; version: number; item: string } };

export function ApproveAidForm(target: Target) {
  const t = useTranslations();
  // The decided aid loses this form: <Flash scope="aids"> above the aids shows the message.
  const f = useActionForm(ZDecideAid, decideAidAction, { flash: "aids" });
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <HiddenFields values={{ caseId: target.caseId, aidId: target.aid.id, version: target.aid.version, decision: "APPROVE" }} />
      {/* Granting money cannot be undone: a confirmation step first (small8). */}
      <ConfirmSubmit
        id={`aid-${target.aid.id}-approve`}
        tone="primary"
        label={
          <>
            {t("rtw.aids.approve")}
            <span className="sr-only">: {target.aid.item}</span>
          </>
        }
        consequence={t("confirm.aidApprove.consequence", { item: target.aid.item })}
        confirm={t("confirm.aidApprove.confirm")}
        pending={f.pending}
        done={!!f.success}
      />
    </Form>
  );
}
