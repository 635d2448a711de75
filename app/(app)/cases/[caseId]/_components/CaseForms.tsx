"use client";
// Forms of the case: status, exemption, hand-over, correction and voiding. Each runs the shared
// zod schema in the browser first and again in the server action.
import { useTranslations } from "use-intl";
import { useActionForm } from "@/components/forms/useActionForm";
import { CaseFormFrame } from "./CaseFormFrame";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { CASE_STATUSES, DIAGNOSIS_GROUPS, EXEMPTION_REASONS, CASE_MILESTONES } from "@/lib/validation/choices";
import {
  correctCaseAction,
  grantExemptionAction,
  reassignCaseAction,
  voidCaseAction,
  voidExemptionAction,
  recordCaseMilestoneAction,
} from "../actions";
import { SubmitButton } from "@/components/forms/kit";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCorrectCase = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZCorrectCase), { diagnosisDetail: 200, reason: 1000 });
const ZGrantExemption = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZGrantExemption), { note: 1000 });
const ZReassignCase = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZReassignCase), { note: 1000 });
const ZVoidCase = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZVoidCase), { reason: 1000 });
const ZVoidExemption = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZVoidExemption), { reason: 1000 });
const ZRecordCaseMilestone = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZRecordCaseMilestone));

type Ref = { caseId: string; version: number; idPrefix: string };

export function GrantExemptionForm({ caseId, version, idPrefix, todayIso }: Ref & { todayIso: string }) {
  const t = useTranslations();
  const f = useActionForm(ZGrantExemption, grantExemptionAction, { resetOnSuccess: true });
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <SelectField
        name="exemptionReason"
        label={t("cases.exemptions.reason")}
        placeholder="—"
        options={EXEMPTION_REASONS.map((r) => ({ value: r, label: t(`cases.exemptionReason.${r}`) }))}
        required
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="fromOn" type="date" label={t("cases.exemptions.fromOn")} defaultValue={todayIso} required />
        <TextField name="untilOn" type="date" label={t("cases.exemptions.untilOn")} hint={t("cases.exemptions.untilHint")} />
      </div>
      <TextAreaField name="note" label={t("cases.exemptions.note")} rows={2} />
      <SubmitButton pending={pending}>{t("cases.exemptions.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function VoidExemptionForm({ caseId, version, idPrefix, exemptionId }: Ref & { exemptionId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZVoidExemption, voidExemptionAction);
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version, exemptionId }}>
      <TextAreaField name="reason" label={t("cases.exemptions.voidReason")} rows={2} required />
      <SubmitButton pending={pending} variant="danger">
        {t("cases.exemptions.voidSubmit")}
      </SubmitButton>
    </CaseFormFrame>
  );
}

export function ReassignForm({
  caseId,
  version,
  idPrefix,
  caseworkers,
  currentId,
}: Ref & { caseworkers: { id: string; name: string }[]; currentId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZReassignCase, reassignCaseAction, { resetOnSuccess: true });
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <SelectField
        name="caseworkerId"
        label={t("cases.reassign.caseworker")}
        placeholder="—"
        options={caseworkers.filter((c) => c.id !== currentId).map((c) => ({ value: c.id, label: c.name }))}
        required
      />
      <TextAreaField name="note" label={t("cases.reassign.note")} rows={2} />
      <SubmitButton pending={pending}>{t("cases.reassign.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function CorrectCaseForm({
  caseId,
  version,
  idPrefix,
  values,
}: Ref & { values: { firstAbsenceDay: string; diagnosisGroup: (typeof DIAGNOSIS_GROUPS)[number]; diagnosisDetail: string } }) {
  const t = useTranslations();
  const f = useActionForm(ZCorrectCase, correctCaseAction);
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }} intro={t("cases.correct.intro")}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="firstAbsenceDay"
          type="date"
          label={t("cases.facts.firstAbsenceDay")}
          defaultValue={values.firstAbsenceDay}
          required
        />
        <SelectField
          name="diagnosisGroup"
          label={t("cases.facts.diagnosisGroup")}
          options={DIAGNOSIS_GROUPS.map((g) => ({ value: g, label: t(`cases.diagnosisGroup.${g}`) }))}
          defaultValue={values.diagnosisGroup}
          required
        />
      </div>
      <TextField name="diagnosisDetail" label={t("cases.facts.diagnosisDetail")} defaultValue={values.diagnosisDetail} />
      <TextAreaField name="reason" label={t("cases.correct.reason")} rows={2} required />
      <SubmitButton pending={pending}>{t("cases.correct.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function VoidCaseForm({ caseId, version, idPrefix }: Ref) {
  const t = useTranslations();
  const f = useActionForm(ZVoidCase, voidCaseAction);
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }} intro={t("cases.void.intro")}>
      <TextAreaField name="reason" label={t("cases.void.reason")} rows={2} required />
      <SubmitButton pending={pending} variant="danger">
        {t("cases.void.submit")}
      </SubmitButton>
    </CaseFormFrame>
  );
}

/** The employer's own conversation or the extension assessment took place on a day. */
export function RecordMilestoneForm({ caseId, version, idPrefix, todayIso }: Ref & { todayIso: string }) {
  const t = useTranslations();
  const f = useActionForm(ZRecordCaseMilestone, recordCaseMilestoneAction, { resetOnSuccess: true });
  const { pending } = f;
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="milestone"
          label={t("cases.milestones.what")}
          options={CASE_MILESTONES.map((m) => ({ value: m, label: t(`cases.milestones.kind.${m}`) }))}
          placeholder="—"
          required
        />
        <TextField name="on" type="date" label={t("cases.milestones.on")} defaultValue={todayIso} max={todayIso} required />
      </div>
      <SubmitButton pending={pending}>{t("cases.milestones.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}
