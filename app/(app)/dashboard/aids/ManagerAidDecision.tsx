"use client";
import { useTranslations } from "use-intl";
import { TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import { Button } from "@/components/ui/Button";
import { ZManagerDecideAid } from "@/lib/validation/rtw";
import { managerDecideAidAction } from "./actions";

export function ManagerAidDecision({ aidId, item, amount }: { aidId: string; item: string; amount: string }) {
  const t = useTranslations();
  const approve = useValidatedAction(ZManagerDecideAid, managerDecideAidAction);
  const reject = useValidatedAction(ZManagerDecideAid, managerDecideAidAction);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form onSubmit={approve.onSubmit} noValidate>
        <FormMessage error={approve.formError} />
        <input type="hidden" name="aidId" value={aidId} />
        <input type="hidden" name="decision" value="APPROVE" />
        <Button type="submit" className="px-3 py-1" disabled={approve.pending}>
          {t("rtw.aids.approve")}
          <span className="sr-only">
            : {item} ({amount})
          </span>
        </Button>
      </form>
      <details>
        <summary className="cursor-pointer rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900">
          {t("rtw.aids.reject")}
          <span className="sr-only">
            : {item} ({amount})
          </span>
        </summary>
        <form onSubmit={reject.onSubmit} noValidate className="mt-2 min-w-64">
          <FormMessage error={reject.formError} />
          <input type="hidden" name="aidId" value={aidId} />
          <input type="hidden" name="decision" value="REJECT" />
          <TextAreaField
            id={`aid-${aidId}-reason`}
            name="reason"
            label={t("rtw.aids.rejectReason")}
            errors={reject.errors.reason}
            required
            rows={2}
            maxLength={1000}
          />
          <Button type="submit" variant="danger" disabled={reject.pending}>
            {t("rtw.aids.reject")}
            <span className="sr-only">
              : {item} ({amount})
            </span>
          </Button>
        </form>
      </details>
    </div>
  );
}
