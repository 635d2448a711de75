"use client";
// Request a workplace aid on the case (item, amount in DKK); emptied after a successful save.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { requestAidAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZRequestAid = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZRequestAid), { item: 200 });

export function RequestAidForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZRequestAid, requestAidAction, { resetOnSuccess: true });
  return (
    <Form form={f} idPrefix="aid-new" className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("rtw.aids.request")}</h3>
      <FormMessage form={f} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextField name="item" label={t("rtw.aids.item")} hint={t("rtw.aids.itemHint")} required />
      <TextField
        id="aid-new-amount"
        name="amountDkk"
        label={t("rtw.aids.amount")}
        hint={t("rtw.aids.amountHint")}
        inputMode="numeric"
        required
        className="max-w-xs"
      />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.aids.requestSubmit")}
      </Button>
    </Form>
  );
}
