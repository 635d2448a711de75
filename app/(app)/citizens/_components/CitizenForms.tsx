"use client";
// Registering and correcting a citizen, voiding one, and opening a case for one. The shared zod
// schema runs in the browser first and again in the server action.
import { useTranslations } from "use-intl";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { EMPLOYMENT_STATUSES, ZCorrectCitizen, ZCreateCitizen, ZVoidCitizen } from "@/lib/validation/citizens";
import { DIAGNOSIS_GROUPS, ZOpenCase } from "@/lib/validation/cases";
import type { FieldErrors } from "@/lib/validation/form";
import { createCitizenAction } from "../actions";
import { correctCitizenAction, openCaseAction, voidCitizenAction } from "../[citizenId]/actions";
import { SubmitButton, fieldIds } from "@/components/forms/kit";

export type CitizenValues = {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  address: string;
  employmentStatus: (typeof EMPLOYMENT_STATUSES)[number];
  occupation: string;
  industry: string;
  employerName: string;
  employerContactName: string;
  employerPhone: string;
  employerEmail: string;
};

const fieldset = "mb-6 rounded-md border border-slate-200 p-4";
const legend = "px-1 text-base font-semibold text-slate-900";

function CitizenFields({
  errors,
  values,
  idPrefix,
  cprHint,
  cprRequired,
}: {
  errors: FieldErrors;
  values?: CitizenValues;
  idPrefix: string;
  cprHint: string;
  cprRequired: boolean;
}) {
  const t = useTranslations();
  const id = fieldIds(idPrefix);
  return (
    <>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.person")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            id={id("cpr")}
            name="cpr"
            label={t("citizens.fields.cpr")}
            hint={cprHint}
            inputMode="numeric"
            autoComplete="off"
            errors={errors.cpr}
            required={cprRequired}
          />
          <div className="hidden sm:block" />
          <TextField
            id={id("firstName")}
            name="firstName"
            label={t("citizens.fields.firstName")}
            defaultValue={values?.firstName}
            autoComplete="off"
            errors={errors.firstName}
            required
          />
          <TextField
            id={id("lastName")}
            name="lastName"
            label={t("citizens.fields.lastName")}
            defaultValue={values?.lastName}
            autoComplete="off"
            errors={errors.lastName}
            required
          />
        </div>
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.contact")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            id={id("phone")}
            name="phone"
            type="tel"
            label={t("citizens.fields.phone")}
            defaultValue={values?.phone}
            autoComplete="off"
            errors={errors.phone}
          />
          <TextField
            id={id("email")}
            name="email"
            type="email"
            label={t("citizens.fields.email")}
            defaultValue={values?.email}
            autoComplete="off"
            errors={errors.email}
          />
        </div>
        <TextField
          id={id("address")}
          name="address"
          label={t("citizens.fields.address")}
          defaultValue={values?.address}
          autoComplete="off"
          errors={errors.address}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.work")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <SelectField
            id={id("employmentStatus")}
            name="employmentStatus"
            label={t("citizens.fields.employmentStatus")}
            options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`cases.employmentStatus.${s}`) }))}
            defaultValue={values?.employmentStatus ?? "EMPLOYEE"}
            errors={errors.employmentStatus}
            required
          />
          <TextField
            id={id("occupation")}
            name="occupation"
            label={t("citizens.fields.occupation")}
            defaultValue={values?.occupation}
            errors={errors.occupation}
          />
          <TextField
            id={id("industry")}
            name="industry"
            label={t("citizens.fields.industry")}
            defaultValue={values?.industry}
            errors={errors.industry}
          />
        </div>
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.employer")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            id={id("employerName")}
            name="employerName"
            label={t("citizens.fields.employerName")}
            defaultValue={values?.employerName}
            errors={errors.employerName}
          />
          <TextField
            id={id("employerContactName")}
            name="employerContactName"
            label={t("citizens.fields.employerContactName")}
            defaultValue={values?.employerContactName}
            errors={errors.employerContactName}
          />
          <TextField
            id={id("employerPhone")}
            name="employerPhone"
            type="tel"
            label={t("citizens.fields.employerPhone")}
            defaultValue={values?.employerPhone}
            errors={errors.employerPhone}
          />
          <TextField
            id={id("employerEmail")}
            name="employerEmail"
            type="email"
            label={t("citizens.fields.employerEmail")}
            defaultValue={values?.employerEmail}
            errors={errors.employerEmail}
          />
        </div>
      </fieldset>
    </>
  );
}

export function CreateCitizenForm() {
  const t = useTranslations();
  const { onSubmit, pending, errors, formError } = useValidatedAction(ZCreateCitizen, createCitizenAction);
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage error={formError} />
      <CitizenFields errors={errors} idPrefix="citizen" cprHint={t("citizens.fields.cprHint")} cprRequired />
      <SubmitButton pending={pending}>{t("citizens.create.submit")}</SubmitButton>
    </form>
  );
}

export function CorrectCitizenForm({
  citizenId,
  version,
  values,
  cprMasked,
}: {
  citizenId: string;
  version: number;
  values: CitizenValues;
  cprMasked: string;
}) {
  const t = useTranslations();
  const { state, onSubmit, pending, errors, formError } = useValidatedAction(ZCorrectCitizen, correctCitizenAction);
  const id = fieldIds("correct-citizen");
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="mb-3 text-sm text-slate-700">{t("citizens.correct.intro")}</p>
      <FormMessage error={formError} success={state.ok ? state.message : undefined} />
      <input type="hidden" name="citizenId" value={citizenId} />
      <input type="hidden" name="version" value={version} />
      <CitizenFields
        errors={errors}
        values={values}
        idPrefix="correct-citizen"
        cprHint={t("citizens.fields.cprKeepHint", { masked: cprMasked })}
        cprRequired={false}
      />
      <TextAreaField id={id("reason")} name="reason" label={t("citizens.correct.reason")} rows={2} errors={errors.reason} required />
      <SubmitButton pending={pending}>{t("citizens.correct.submit")}</SubmitButton>
    </form>
  );
}

export function VoidCitizenForm({ citizenId, version }: { citizenId: string; version: number }) {
  const t = useTranslations();
  const { onSubmit, pending, errors, formError } = useValidatedAction(ZVoidCitizen, voidCitizenAction);
  const id = fieldIds("void-citizen");
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="mb-3 text-sm text-slate-700">{t("citizens.void.intro")}</p>
      <FormMessage error={formError} />
      <input type="hidden" name="citizenId" value={citizenId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id={id("reason")} name="reason" label={t("citizens.void.reason")} rows={2} errors={errors.reason} required />
      <SubmitButton pending={pending} variant="danger">
        {t("citizens.void.submit")}
      </SubmitButton>
    </form>
  );
}

export function OpenCaseForm({
  citizenId,
  caseworkers,
  defaultCaseworkerId,
  todayIso,
}: {
  citizenId: string;
  caseworkers: { id: string; name: string }[];
  defaultCaseworkerId: string;
  todayIso: string;
}) {
  const t = useTranslations();
  const { onSubmit, pending, errors, formError } = useValidatedAction(ZOpenCase, openCaseAction);
  const id = fieldIds("open-case");
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage error={formError} />
      <input type="hidden" name="citizenId" value={citizenId} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id={id("firstAbsenceDay")}
          name="firstAbsenceDay"
          type="date"
          max={todayIso}
          label={t("cases.openCase.firstAbsenceDay")}
          errors={errors.firstAbsenceDay}
          required
        />
        <SelectField
          id={id("caseworkerId")}
          name="caseworkerId"
          label={t("cases.openCase.caseworker")}
          options={caseworkers.map((c) => ({ value: c.id, label: c.name }))}
          defaultValue={defaultCaseworkerId}
          errors={errors.caseworkerId}
          required
        />
        <SelectField
          id={id("diagnosisGroup")}
          name="diagnosisGroup"
          label={t("cases.openCase.diagnosisGroup")}
          placeholder="—"
          options={DIAGNOSIS_GROUPS.map((g) => ({ value: g, label: t(`cases.diagnosisGroup.${g}`) }))}
          errors={errors.diagnosisGroup}
          required
        />
        <TextField
          id={id("diagnosisDetail")}
          name="diagnosisDetail"
          label={t("cases.openCase.diagnosisDetail")}
          errors={errors.diagnosisDetail}
        />
      </div>
      <SubmitButton pending={pending}>{t("cases.openCase.submit")}</SubmitButton>
    </form>
  );
}
