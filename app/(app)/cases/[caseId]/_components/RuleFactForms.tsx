"use client";
// Forms for the case facts of the 2014 follow-up rules (issue 15): visitation category, doctor's
// certificate, early follow-up request, rehabilitation team and reassessment. Each runs the shared
// zod schema in the browser first and again in the server action.
import { useTranslations } from "use-intl";
import { useActionForm } from "@/components/forms/useActionForm";
import { CaseFormFrame } from "./CaseFormFrame";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/kit";
import { EARLY_FOLLOW_UP_REQUESTERS, EXTENSION_GROUNDS, REASSESSMENT_OUTCOMES, VISITATION_CATEGORIES } from "@/lib/validation/choices";
import {
  recordDoctorCertificateAction,
  recordEarlyFollowUpRequestAction,
  recordReassessmentAction,
  recordRehabilitationTeamAction,
  recordVisitationAction,
} from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZRecordDoctorCertificate = lazySchema(() => import("@/lib/validation/case-rules").then((m) => m.ZRecordDoctorCertificate));
const ZRecordEarlyFollowUpRequest = lazySchema(() => import("@/lib/validation/case-rules").then((m) => m.ZRecordEarlyFollowUpRequest), {
  note: 1000,
});
const ZRecordReassessment = lazySchema(() => import("@/lib/validation/case-rules").then((m) => m.ZRecordReassessment), { note: 1000 });
const ZRecordRehabilitationTeam = lazySchema(() => import("@/lib/validation/case-rules").then((m) => m.ZRecordRehabilitationTeam), {
  note: 1000,
});
const ZRecordVisitation = lazySchema(() => import("@/lib/validation/case-rules").then((m) => m.ZRecordVisitation), { note: 1000 });

type Ref = { caseId: string; version: number; idPrefix: string; todayIso: string };

/**
 * Visitation or revisitation (§ 12). The category starts at "—" and must be chosen (walk4 item 3): a
 * preselected category let one click record a decision. The current category is in the section above.
 */
export function VisitationForm({ caseId, version, idPrefix, todayIso }: Ref) {
  const t = useTranslations();
  const f = useActionForm(ZRecordVisitation, recordVisitationAction, { resetOnSuccess: true });
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <SelectField
        name="category"
        label={t("rules.case.visitation.category")}
        placeholder="—"
        options={VISITATION_CATEGORIES.map((c) => ({ value: c, label: `${t(`rules.category.${c}`)}: ${t(`rules.categoryHint.${c}`)}` }))}
        required
      />
      <TextField name="visitedOn" type="date" label={t("rules.case.visitation.on")} defaultValue={todayIso} required />
      <TextAreaField name="note" label={t("rules.case.note")} rows={2} />
      <SubmitButton pending={f.pending}>{t("rules.case.visitation.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function DoctorCertificateForm({ caseId, version, idPrefix }: Ref) {
  const t = useTranslations();
  const f = useActionForm(ZRecordDoctorCertificate, recordDoctorCertificateAction, { resetOnSuccess: true });
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <p className="mb-2 text-sm text-slate-700">{t("rules.case.certificate.hint")}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="requestedOn" type="date" label={t("rules.case.certificate.requestedOn")} />
        <TextField name="receivedOn" type="date" label={t("rules.case.certificate.receivedOn")} />
      </div>
      <SubmitButton pending={f.pending}>{t("rules.case.certificate.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function EarlyFollowUpForm({ caseId, version, idPrefix, todayIso }: Ref) {
  const t = useTranslations();
  const f = useActionForm(ZRecordEarlyFollowUpRequest, recordEarlyFollowUpRequestAction, { resetOnSuccess: true });
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="requestedBy"
          label={t("rules.case.early.by")}
          placeholder="—"
          options={EARLY_FOLLOW_UP_REQUESTERS.map((r) => ({ value: r, label: t(`rules.requester.${r}`) }))}
          required
        />
        <TextField name="requestedOn" type="date" label={t("rules.case.early.on")} defaultValue={todayIso} required />
        <TextField
          name="declinedByEmployeeOn"
          type="date"
          label={t("rules.case.early.declinedOn")}
          hint={t("rules.case.early.declinedHint")}
        />
      </div>
      <TextAreaField name="note" label={t("rules.case.note")} rows={2} />
      <SubmitButton pending={f.pending}>{t("rules.case.early.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

/**
 * The case was presented to the rehabilitation team (§ 13 d). The day starts empty and must be entered
 * (walk4 item 3): a prefilled "today" let one click record a presentation that may not have happened.
 */
export function RehabilitationTeamForm({ caseId, version, idPrefix }: Ref) {
  const t = useTranslations();
  const f = useActionForm(ZRecordRehabilitationTeam, recordRehabilitationTeamAction, { resetOnSuccess: true });
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <TextField name="presentedOn" type="date" label={t("rules.case.team.on")} required />
      <TextAreaField name="note" label={t("rules.case.team.note")} rows={2} />
      <SubmitButton pending={f.pending}>{t("rules.case.team.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}

export function ReassessmentForm({ caseId, version, idPrefix, todayIso }: Ref) {
  const t = useTranslations();
  const f = useActionForm(ZRecordReassessment, recordReassessmentAction, { resetOnSuccess: true });
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="decidedOn" type="date" label={t("rules.case.reassessment.on")} defaultValue={todayIso} required />
        <SelectField
          name="outcome"
          label={t("rules.case.reassessment.outcome")}
          hint={t("rules.case.reassessment.outcomeHint")}
          placeholder="—"
          options={REASSESSMENT_OUTCOMES.map((o) => ({ value: o, label: t(`rules.outcome.${o}`) }))}
          required
        />
        <SelectField
          name="ground"
          label={t("rules.case.reassessment.ground")}
          hint={t("rules.case.reassessment.groundHint")}
          placeholder="—"
          options={EXTENSION_GROUNDS.map((g) => ({ value: g, label: t(`rules.ground.${g}`) }))}
        />
        <TextField name="extendedUntil" type="date" label={t("rules.case.reassessment.extendedUntil")} />
      </div>
      <TextAreaField name="note" label={t("rules.case.note")} rows={2} />
      <SubmitButton pending={f.pending}>{t("rules.case.reassessment.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}
