"use client";
// Accept a therapist's proposal: its weeks replace the planned weeks (with the plan's version).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { decideRtwProposalAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZDecideRtwProposal = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZDecideRtwProposal), { reason: 1000 });

export type Target = { caseId: string; planId: string; version: number; proposalId: string };

export function AcceptProposalForm(target: Target) {
  const t = useTranslations();
  const f = useActionForm(ZDecideRtwProposal, decideRtwProposalAction);
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <HiddenFields values={{ ...target, decision: "ACCEPT" }} />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.proposals.accept")}
      </Button>
    </Form>
  );
}
