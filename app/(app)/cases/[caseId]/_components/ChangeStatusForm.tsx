"use client";
// Changing the status of a case. Closing it closes its loose ends (issue 8 item 6): every open
// referral, return-to-work plan and planned follow-up is listed with the decisions the jobcenter
// may take, and the case closes only with a decision on each (checked here first, then by the domain).
import { useTranslations } from "use-intl";
import { useActionForm } from "@/components/forms/useActionForm";
import { CaseFormFrame } from "./CaseFormFrame";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { SubmitButton, fieldIds } from "@/components/forms/kit";
import { CASE_STATUSES, CLOSING_REASONS } from "@/lib/validation/choices";
import { decisionFieldName, type LooseEndKind } from "@/lib/cases/loose-ends";
import type { FieldErrors } from "@/lib/validation/form";
import { changeCaseStatusAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZChangeCaseStatus = lazySchema(() => import("@/lib/validation/cases").then((m) => m.ZChangeCaseStatus), { note: 1000 });

/** A loose end as the form shows it: the page has already put its description into words. */
export type LooseEndChoice = { kind: LooseEndKind; id: string; legend: string; options: { value: string; label: string }[] };

export function ChangeStatusForm({
  caseId,
  version,
  idPrefix,
  status,
  todayIso,
  looseEnds,
}: {
  caseId: string;
  version: number;
  idPrefix: string;
  status: (typeof CASE_STATUSES)[number];
  todayIso: string;
  looseEnds: LooseEndChoice[];
}) {
  const t = useTranslations();
  const f = useActionForm(ZChangeCaseStatus, changeCaseStatusAction, {
    resetOnSuccess: true,
    check: (input) => {
      if (input.status !== "CLOSED") return null;
      const errors: FieldErrors = {};
      for (const e of looseEnds) {
        if (!input.decisions.some((d) => d.kind === e.kind && d.id === e.id)) {
          errors[decisionFieldName(e.kind, e.id)] = ["cases.errors.looseEndUndecided"];
        }
      }
      return Object.keys(errors).length ? errors : null;
    },
  });
  const { pending } = f;
  const id = fieldIds(idPrefix);
  const choices = CASE_STATUSES.filter((s) => s !== status || s === "PARTIAL_RETURN");
  return (
    <CaseFormFrame form={f} idPrefix={idPrefix} hidden={{ caseId, version }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="status"
          label={t("cases.statusForm.status")}
          options={choices.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
          placeholder="—"
          required
        />
        <TextField name="effectiveOn" type="date" label={t("cases.statusForm.effectiveOn")} defaultValue={todayIso} required />
        <TextField
          name="hoursPerWeek"
          inputMode="decimal"
          label={t("cases.statusForm.hoursPerWeek")}
          hint={t("cases.statusForm.hoursHint")}
        />
        <SelectField
          name="closingReason"
          label={t("cases.statusForm.closingReason")}
          hint={t("cases.statusForm.closingHint")}
          placeholder="—"
          options={CLOSING_REASONS.map((r) => ({ value: r, label: t(`cases.closingReason.${r}`) }))}
        />
      </div>
      {looseEnds.length > 0 ? (
        <section aria-labelledby={id("loose-ends")} className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3">
          <h4 id={id("loose-ends")} className="mb-1 text-sm font-semibold text-slate-900">
            {t("cases.looseEnds.heading")}
          </h4>
          <p className="mb-3 text-sm text-slate-800">{t("cases.looseEnds.intro")}</p>
          {looseEnds.map((e) => (
            <ChoiceGroup key={e.id} type="radio" name={decisionFieldName(e.kind, e.id)} legend={e.legend} options={e.options} />
          ))}
        </section>
      ) : null}
      <TextAreaField name="note" label={t("cases.statusForm.note")} rows={2} />
      <SubmitButton pending={pending}>{t("cases.statusForm.submit")}</SubmitButton>
    </CaseFormFrame>
  );
}
