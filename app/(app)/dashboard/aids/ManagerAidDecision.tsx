"use client";
import { useTranslations } from "use-intl";
import { TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { Form } from "@/components/forms/Form";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { managerDecideAidAction } from "./actions";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZManagerDecideAid = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZManagerDecideAid), { reason: 1000 });

export function ManagerAidDecision({ aidId, version, item, amount }: { aidId: string; version: number; item: string; amount: string }) {
  const t = useTranslations();
  // A decided aid leaves the list with its forms: <Flash scope="aids"> on the page shows the message.
  const approve = useActionForm(ZManagerDecideAid, managerDecideAidAction, { flash: "aids" });
  const reject = useActionForm(ZManagerDecideAid, managerDecideAidAction, { flash: "aids" });
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Form form={approve}>
        <FormMessage form={approve} />
        <input type="hidden" name="aidId" value={aidId} />
        <HiddenFields values={{ version: version }} />
        <input type="hidden" name="decision" value="APPROVE" />
        {/* Granting money cannot be undone: a confirmation step first (small8). */}
        <ConfirmSubmit
          id={`aid-${aidId}-approve`}
          tone="primary"
          label={
            <>
              {t("rtw.aids.approve")}
              <span className="sr-only">
                : {item} ({amount})
              </span>
            </>
          }
          consequence={t("confirm.aidApprove.consequence", { item: `${item} (${amount})` })}
          confirm={t("confirm.aidApprove.confirm")}
          pending={approve.pending}
          done={!!approve.success}
        />
      </Form>
      <details>
        <summary className="cursor-pointer rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900">
          {t("rtw.aids.reject")}
          <span className="sr-only">
            : {item} ({amount})
          </span>
        </summary>
        <Form form={reject} className="mt-2 min-w-64">
          <FormMessage form={reject} />
          <input type="hidden" name="aidId" value={aidId} />
          <HiddenFields values={{ version: version }} />
          <input type="hidden" name="decision" value="REJECT" />
          <TextAreaField id={`aid-${aidId}-reason`} name="reason" label={t("rtw.aids.rejectReason")} required rows={2} />
          <Button type="submit" variant="danger" disabled={reject.pending}>
            {t("rtw.aids.reject")}
            <span className="sr-only">
              : {item} ({amount})
            </span>
          </Button>
        </Form>
      </details>
    </div>
  );
}
