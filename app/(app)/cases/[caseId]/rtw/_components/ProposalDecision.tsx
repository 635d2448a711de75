"use client";
// The caseworker's decision on a therapist's proposal: accept, or decline with a reason.
import { useTranslations } from "use-intl";
import { AcceptProposalForm, DeclineProposalForm } from "./LazyRtwForms";
import type { Target } from "./AcceptProposalForm";

/** Accept (one click) or decline (opens the reason). */
export function ProposalDecision(target: Target) {
  const t = useTranslations();
  return (
    <div className="mt-3 flex flex-wrap items-start gap-4">
      <AcceptProposalForm {...target} />
      <details>
        <summary className="cursor-pointer rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold text-slate-900">
          {t("rtw.proposals.decline")}
        </summary>
        <DeclineProposalForm {...target} />
      </details>
    </div>
  );
}
