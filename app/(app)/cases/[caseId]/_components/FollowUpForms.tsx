"use client";
// Forms of the follow-up conversations. Each runs the shared zod schema in the browser first
// (useActionForm) and the same schema again in the server action.
import { useTranslations } from "use-intl";
import { VISITATION_CATEGORIES } from "@/lib/validation/choices";
import { useActionForm } from "@/components/forms/useActionForm";
import { CaseFormFrame } from "./CaseFormFrame";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FOLLOW_UP_MODES, FOLLOW_UP_OUTCOMES, PARTICIPANTS } from "@/lib/validation/choices";
import { cancelFollowUpAction, correctFollowUpAction, planFollowUpAction, recordHeldFollowUpAction, voidFollowUpAction } from "../actions";
import { SubmitButton, errorsFor } from "@/components/forms/kit";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCancelFollowUp = lazySchema(() => import("@/lib/validation/followups").then((m) => m.ZCancelFollowUp), { reason: 1000 });
const ZCorrectFollowUp = lazySchema(() => import("@/lib/validation/followups").then((m) => m.ZCorrectFollowUp), {
  summary: 5000,
  agreements: 5000,
  reason: 1000,
});
const ZPlanFollowUp = lazySchema(() => import("@/lib/validation/followups").then((m) => m.ZPlanFollowUp));
const ZRecordHeldFollowUp = lazySchema(() => import("@/lib/validation/followups").then((m) => m.ZRecordHeldFollowUp), {
  summary: 5000,
  agreements: 5000,
});
const ZVoidFollowUp = lazySchema(() => import("@/lib/validation/followups").then((m) => m.ZVoidFollowUp), { reason: 1000 });

type Mode = (typeof FOLLOW_UP_MODES)[number];
type Who = (typeof PARTICIPANTS)[number];

/** A form about one follow-up of the case, based on the follow-up's `version`. */
type FollowUpRef = { caseId: string; followUp: { id: string; version: number }; idPrefix: string };

/** The hidden inputs of a form about one follow-up: the case, the follow-up and the version the form is based on. */
const followUpHidden = (caseId: string, followUp: { id: string; version: number }) => ({
  caseId,
  followUpId: followUp.id,
  version: followUp.version,
});

function useOptions() {
  const t = useTranslations();
  return {
    modes: FOLLOW_UP_MODES.map((m) => ({ value: m, label: t(`followups.mode.${m}`) })),
    participants: PARTICIPANTS.map((p) => ({ value: p, label: t(`followups.participant.${p}`) })),
  };
}

/**
 * Records a held conversation. Prefilled with now, in person, citizen and caseworker, so that the
 * usual case takes one text field and one click. With `followUpId` it completes a planned one.
 */
export function RecordHeldForm({
  caseId,
  idPrefix,
  nowLocal,
  followUp,
}: {
  caseId: string;
  idPrefix: string;
  nowLocal: string;
  followUp?: { id: string; version: number; mode: Mode };
}) {
  const t = useTranslations();
  const f = useActionForm(ZRecordHeldFollowUp, recordHeldFollowUpAction, { resetOnSuccess: true });
  const { pending, errors } = f;
  const { modes, participants } = useOptions();
  const defaultParticipants: Who[] = ["CITIZEN", "CASEWORKER"];
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={followUp ? followUpHidden(caseId, followUp) : { caseId }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="heldAt"
          type="datetime-local"
          label={t("followups.fields.heldAt")}
          defaultValue={nowLocal}
          max={nowLocal}
          required
        />
        <SelectField name="mode" label={t("followups.fields.mode")} options={modes} defaultValue={followUp?.mode ?? "IN_PERSON"} required />
      </div>
      <ChoiceGroup
        name="participants"
        legend={t("followups.fields.participants")}
        options={participants}
        defaultValue={defaultParticipants}
        errors={errorsFor(errors, "participants")}
      />
      <TextAreaField name="summary" label={t("followups.fields.summary")} rows={4} required />
      <TextAreaField name="agreements" label={t("followups.fields.agreements")} rows={3} />
      <SelectField
        name="category"
        label={t("rules.case.visitation.category")}
        hint={t("rules.case.visitation.atFollowUpHint")}
        placeholder={t("rules.case.visitation.unchanged")}
        options={VISITATION_CATEGORIES.map((c) => ({ value: c, label: t(`rules.category.${c}`) }))}
      />
      <SubmitButton pending={pending}>{t("followups.recordHeld.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function PlanFollowUpForm({ caseId, idPrefix, defaultLocal }: { caseId: string; idPrefix: string; defaultLocal: string }) {
  const t = useTranslations();
  const f = useActionForm(ZPlanFollowUp, planFollowUpAction, { resetOnSuccess: true });
  const { pending } = f;
  const { modes } = useOptions();
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="scheduledAt"
          type="datetime-local"
          label={t("followups.fields.scheduledAt")}
          defaultValue={defaultLocal}
          required
        />
        <SelectField name="mode" label={t("followups.fields.mode")} options={modes} defaultValue="IN_PERSON" required />
      </div>
      <SubmitButton pending={pending}>{t("followups.plan.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function CancelFollowUpForm({ caseId, followUp, idPrefix }: FollowUpRef) {
  const t = useTranslations();
  const f = useActionForm(ZCancelFollowUp, cancelFollowUpAction, { resetOnSuccess: true });
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={followUpHidden(caseId, followUp)}>
      <ChoiceGroup
        name="outcome"
        type="radio"
        legend={t("followups.cancel.outcome")}
        options={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`followups.cancel.outcomeOption.${o}`) }))}
      />
      <TextAreaField name="reason" label={t("followups.cancel.reason")} rows={2} required />
      <SubmitButton pending={pending}>{t("followups.cancel.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export type FollowUpValues = {
  id: string;
  version: number;
  status: "PLANNED" | "HELD" | "CANCELLED" | "MISSED";
  mode: Mode;
  scheduledLocal: string;
  heldLocal: string;
  participants: Who[];
  summary: string;
  agreements: string;
};

export function CorrectFollowUpForm({ caseId, followUp, idPrefix }: { caseId: string; followUp: FollowUpValues; idPrefix: string }) {
  const t = useTranslations();
  const f = useActionForm(ZCorrectFollowUp, correctFollowUpAction);
  const { pending, errors } = f;
  const { modes, participants } = useOptions();
  const held = followUp.status === "HELD";
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={followUpHidden(caseId, followUp)}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {held ? (
          <TextField name="heldAt" type="datetime-local" label={t("followups.fields.heldAt")} defaultValue={followUp.heldLocal} required />
        ) : (
          <TextField
            name="scheduledAt"
            type="datetime-local"
            label={t("followups.fields.scheduledAt")}
            defaultValue={followUp.scheduledLocal}
            required
          />
        )}
        {held ? <input type="hidden" name="scheduledAt" value={followUp.scheduledLocal} /> : null}
        <SelectField name="mode" label={t("followups.fields.mode")} options={modes} defaultValue={followUp.mode} required />
      </div>
      {held ? (
        <>
          <ChoiceGroup
            name="participants"
            legend={t("followups.fields.participants")}
            options={participants}
            defaultValue={followUp.participants}
            errors={errorsFor(errors, "participants")}
          />
          <TextAreaField name="summary" label={t("followups.fields.summary")} rows={4} defaultValue={followUp.summary} required />
          <TextAreaField name="agreements" label={t("followups.fields.agreements")} rows={3} defaultValue={followUp.agreements} />
        </>
      ) : null}
      <TextAreaField name="reason" label={t("followups.correct.reason")} rows={2} required />
      <SubmitButton pending={pending}>{t("followups.correct.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function VoidFollowUpForm({ caseId, followUp, idPrefix }: FollowUpRef) {
  const t = useTranslations();
  const f = useActionForm(ZVoidFollowUp, voidFollowUpAction);
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={followUpHidden(caseId, followUp)} intro={t("followups.void.intro")}>
      <TextAreaField name="reason" label={t("followups.void.reason")} rows={2} required />
      <SubmitButton pending={pending} variant="danger">
        {t("followups.void.submit")}
      </SubmitButton>
    </CaseFormFrame>
  );
}
