"use client";
// Accept a therapist's proposal: its weeks replace the planned weeks (with the plan's version).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { ZDecideRtwProposal } from "@/lib/validation/rtw";
import { decideRtwProposalAction } from "../actions";

export type Target = { caseId: string; planId: string; version: number; proposalId: string };

function Hidden({ caseId, planId, version, proposalId }: Target) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="proposalId" value={proposalId} />
    </>
  );
}

export function AcceptProposalForm(target: Target) {
  const t = useTranslations();
  const f = useActionForm(ZDecideRtwProposal, decideRtwProposalAction);
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <Hidden {...target} />
      <input type="hidden" name="decision" value="ACCEPT" />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.proposals.accept")}
      </Button>
    </Form>
  );
}
