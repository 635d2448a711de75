"use client";
// Create or correct a programme. The checklist is a list of rows the user can add to and remove
// from; each row is a fieldset with the criterion text and a "required" checkbox. Rows keep a key
// (an existing criterion id or "new-N") so that the server can tell kept, removed and new items.
import { useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { ChoiceGroup, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { Form, usePostedValue } from "@/components/forms/Form";
import { Button, buttonClass } from "@/components/ui/Button";
import { CONDITION_TAGS } from "@/lib/referrals/condition-tags";
import { MAX_CRITERIA, PROGRAMME_FORMATS } from "@/lib/validation/choices";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { useErrorText } from "@/components/forms/useErrorText";

// The forms' schemas load on demand (ADR 0030).
const ZCreateProgramme = lazySchema(() => import("@/lib/validation/programmes").then((m) => m.ZCreateProgramme), {
  name: 200,
  description: 4000,
  targetGroup: 1000,
  criterionText: 500,
});
const ZUpdateProgramme = lazySchema(() => import("@/lib/validation/programmes").then((m) => m.ZUpdateProgramme), {
  name: 200,
  description: 4000,
  targetGroup: 1000,
  criterionText: 500,
  changeReason: 500,
});

export type ProgrammeFormValues = {
  programmeId?: string;
  version?: number;
  name: string;
  description: string;
  targetGroup: string;
  format: "GROUP" | "INDIVIDUAL";
  rollingAdmission: boolean;
  weeks: number | "";
  hoursPerWeek: string;
  capacity: number | "";
  priceDkk: number | "";
  conditionTags: string[];
  active: boolean;
  criteria: { id: string; text: string; required: boolean }[];
};

type Row = { key: string; text: string; required: boolean };

function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked: boolean }) {
  const id = `f-${name}`;
  // After a refused post: checked when it was sent checked (ADR 0033).
  const sent = usePostedValue(name);
  return (
    <div className="mb-4">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={sent.posted ? sent.value !== undefined : defaultChecked}
          className="h-4 w-4"
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label htmlFor={id} className="text-sm font-semibold text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function ProgrammeForm({
  mode,
  initial,
  action,
  cancelHref,
}: {
  mode: "create" | "edit";
  initial: ProgrammeFormValues;
  action: FormAction;
  cancelHref: string;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const schema = mode === "create" ? ZCreateProgramme : ZUpdateProgramme;
  const f = useActionForm(schema, action);
  const { pending, errors } = f;
  const [rows, setRows] = useState<Row[]>(initial.criteria.map((c) => ({ key: c.id, text: c.text, required: c.required })));
  const counter = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);

  function addRow() {
    counter.current += 1;
    setRows((rs) => [...rs, { key: `new-${counter.current}`, text: "", required: false }]);
  }
  function removeRow(key: string) {
    setRows((rs) => rs.filter((r) => r.key !== key));
    // Focus must not be lost when the focused remove button disappears.
    addButton.current?.focus();
  }

  return (
    <Form form={f} className="max-w-3xl">
      <FormMessage form={f} />
      {initial.programmeId ? <input type="hidden" name="programmeId" value={initial.programmeId} /> : null}
      {initial.version ? <HiddenFields values={{ version: initial.version }} /> : null}
      <TextField name="name" label={t("programmes.fields.name")} defaultValue={initial.name} required />
      <TextAreaField name="description" label={t("programmes.fields.description")} defaultValue={initial.description} required rows={4} />
      <TextAreaField name="targetGroup" label={t("programmes.fields.targetGroup")} defaultValue={initial.targetGroup} required rows={2} />
      <ChoiceGroup
        name="format"
        type="radio"
        legend={t("programmes.fields.format")}
        options={PROGRAMME_FORMATS.map((f) => ({ value: f, label: t(`programmes.format.${f}`) }))}
        defaultValue={initial.format}
      />
      <CheckboxField
        name="rollingAdmission"
        label={t("programmes.fields.rollingAdmission")}
        hint={t("programmes.hints.rollingAdmission")}
        defaultChecked={initial.rollingAdmission}
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField name="weeks" label={t("programmes.fields.weeks")} defaultValue={initial.weeks} inputMode="numeric" required />
        <TextField
          name="hoursPerWeek"
          label={t("programmes.fields.hoursPerWeek")}
          hint={t("programmes.hints.hoursPerWeek")}
          defaultValue={initial.hoursPerWeek}
          inputMode="decimal"
          required
        />
        <TextField
          name="capacity"
          label={t("programmes.fields.capacity")}
          hint={t("programmes.hints.capacity")}
          defaultValue={initial.capacity}
          inputMode="numeric"
          required
        />
        <TextField
          name="priceDkk"
          label={t("programmes.fields.priceDkk")}
          hint={t("programmes.hints.priceDkk")}
          defaultValue={initial.priceDkk}
          inputMode="numeric"
          required
        />
      </div>
      <ChoiceGroup
        name="conditionTags"
        legend={t("programmes.fields.conditionTags")}
        hint={t("programmes.hints.conditionTags")}
        options={CONDITION_TAGS.map((tag) => ({ value: tag, label: t(`programmes.tags.${tag}`) }))}
        defaultValue={initial.conditionTags}
      />

      <fieldset className="mb-4 rounded-md border border-slate-300 p-4" aria-describedby="criteria-hint">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("programmes.form.criteriaLegend")}</legend>
        <p id="criteria-hint" className="mb-3 text-sm text-slate-600">
          {t("programmes.form.criteriaHint")}
        </p>
        {rows.length === 0 ? <p className="mb-3 text-sm">{t("programmes.form.noCriteria")}</p> : null}
        <ol className="space-y-3">
          {rows.map((row, i) => (
            <li key={row.key}>
              <fieldset className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">
                  {t("programmes.form.criterionLegend", { number: i + 1 })}
                </legend>
                <input type="hidden" name="criterionKey[]" value={row.key} />
                <TextField
                  id={`criterion-${row.key}`}
                  name="criterionText[]"
                  label={t("programmes.form.criterionText")}
                  defaultValue={row.text}
                  errors={errors[`criterionText.${i}`]}
                  required
                />
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div className="flex items-center gap-2">
                    <input
                      id={`criterion-required-${row.key}`}
                      type="checkbox"
                      name="criterionRequired[]"
                      value={row.key}
                      defaultChecked={row.required}
                      className="h-4 w-4"
                    />
                    <label htmlFor={`criterion-required-${row.key}`} className="text-sm text-slate-900">
                      {t("programmes.form.criterionRequired")}
                    </label>
                  </div>
                  <Button variant="secondary" onClick={() => removeRow(row.key)}>
                    {t("programmes.form.removeCriterion", { number: i + 1 })}
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        {errors.criterionKey ? (
          <p className="mt-2 text-sm font-medium text-red-700">{errors.criterionKey.map((e) => errorText(e)).join(" ")}</p>
        ) : null}
        <button
          ref={addButton}
          type="button"
          className={`${buttonClass("secondary")} mt-3`}
          onClick={addRow}
          disabled={rows.length >= MAX_CRITERIA}
        >
          {t("programmes.form.addCriterion")}
        </button>
      </fieldset>

      <CheckboxField name="active" label={t("programmes.fields.active")} defaultChecked={initial.active} />
      {mode === "edit" ? (
        <TextAreaField
          name="changeReason"
          label={t("programmes.form.changeReason")}
          hint={t("programmes.form.changeReasonHint")}
          rows={2}
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {mode === "create" ? t("programmes.form.saveCreate") : t("programmes.form.saveEdit")}
        </Button>
        <Link prefetch={false} href={cancelHref} className={buttonClass("secondary")}>
          {t("programmes.form.cancel")}
        </Link>
      </div>
    </Form>
  );
}
