"use client";
// The citizen's fields (person, contact, work, employer), shared by the register and correct forms.
// Text limits and field errors come from the surrounding form (components/forms/Form.tsx).
import { useTranslations } from "use-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { EMPLOYMENT_STATUSES } from "@/lib/validation/choices";

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

export function CitizenFields({ values, cprHint, cprRequired }: { values?: CitizenValues; cprHint: string; cprRequired: boolean }) {
  const t = useTranslations();
  return (
    <>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.person")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="cpr"
            label={t("citizens.fields.cpr")}
            hint={cprHint}
            inputMode="numeric"
            autoComplete="off"
            required={cprRequired}
          />
          <div className="hidden sm:block" />
          <TextField name="firstName" label={t("citizens.fields.firstName")} defaultValue={values?.firstName} autoComplete="off" required />
          <TextField name="lastName" label={t("citizens.fields.lastName")} defaultValue={values?.lastName} autoComplete="off" required />
        </div>
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.contact")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="phone" type="tel" label={t("citizens.fields.phone")} defaultValue={values?.phone} autoComplete="off" />
          <TextField name="email" type="email" label={t("citizens.fields.email")} defaultValue={values?.email} autoComplete="off" />
        </div>
        <TextField name="address" label={t("citizens.fields.address")} defaultValue={values?.address} autoComplete="off" />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.work")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <SelectField
            name="employmentStatus"
            label={t("citizens.fields.employmentStatus")}
            options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`cases.employmentStatus.${s}`) }))}
            defaultValue={values?.employmentStatus ?? "EMPLOYEE"}
            required
          />
          <TextField name="occupation" label={t("citizens.fields.occupation")} defaultValue={values?.occupation} />
          <TextField name="industry" label={t("citizens.fields.industry")} defaultValue={values?.industry} />
        </div>
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("citizens.fieldsets.employer")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="employerName" label={t("citizens.fields.employerName")} defaultValue={values?.employerName} />
          <TextField
            name="employerContactName"
            label={t("citizens.fields.employerContactName")}
            defaultValue={values?.employerContactName}
          />
          <TextField name="employerPhone" type="tel" label={t("citizens.fields.employerPhone")} defaultValue={values?.employerPhone} />
          <TextField name="employerEmail" type="email" label={t("citizens.fields.employerEmail")} defaultValue={values?.employerEmail} />
        </div>
      </fieldset>
    </>
  );
}
