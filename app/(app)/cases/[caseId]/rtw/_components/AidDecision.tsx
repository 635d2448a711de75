"use client";
// The caseworker's decision on a workplace aid of the case: approve (within the mandate) or reject with a reason.
import { useTranslations } from "use-intl";
import { ApproveAidForm, RejectAidForm } from "./LazyRtwForms";
import type { Target } from "./ApproveAidForm";

/** Approve (when within the mandate) or reject (opens the reason). */
export function AidDecision({ caseId, aid, canApprove }: Target & { canApprove: boolean }) {
  const t = useTranslations();
  return (
    <div className="flex flex-wrap items-start gap-2">
      {canApprove ? <ApproveAidForm caseId={caseId} aid={aid} /> : null}
      <details>
        <summary className="cursor-pointer rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900">
          {t("rtw.aids.reject")}
          <span className="sr-only">: {aid.item}</span>
        </summary>
        <RejectAidForm caseId={caseId} aid={aid} />
      </details>
    </div>
  );
}
