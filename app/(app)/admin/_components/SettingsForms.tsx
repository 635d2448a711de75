"use client";
// The admin's settings forms: the organisation's details (name, jurisdiction, aid mandate) and the
// thresholds features read. Both carry the versions they were loaded with and ask for a reason.
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from "@/lib/settings/definitions";
import { versionField, ZUpdateOrganisation, ZUpdateSettings } from "@/lib/validation/admin";
import type { ActionState } from "@/lib/validation/form";
import { HiddenFields } from "@/components/forms/HiddenFields";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

function Reason({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations();
  return (
    <TextAreaField
      id={id}
      name="reason"
      label={t("settings.reason")}
      hint={t("settings.reasonHint")}
      errors={errors}
      required
      rows={2}
      maxLength={1000}
    />
  );
}

export function OrganisationForm({
  organisation,
  jurisdictions,
  action,
}: {
  organisation: { name: string; jurisdiction: string; aidMandateDkk: number; version: number };
  jurisdictions: string[];
  action: Action;
}) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, errors, formError, success } = useActionForm(ZUpdateOrganisation, action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessage error={formError} success={success} />
      <div key={organisation.version}>
        <HiddenFields values={{ baseVersion: organisation.version }} />
        <TextField
          name="name"
          label={t("settings.organisation.name")}
          defaultValue={organisation.name}
          errors={errors.name}
          required
          maxLength={200}
        />
        <SelectField
          name="jurisdiction"
          label={t("settings.organisation.jurisdiction")}
          hint={t("settings.organisation.jurisdictionHint")}
          defaultValue={organisation.jurisdiction}
          errors={errors.jurisdiction}
          required
          options={jurisdictions.map((j) => ({ value: j, label: t(`settings.jurisdictions.${j}` as never) }))}
        />
        <TextField
          name="aidMandateDkk"
          type="number"
          inputMode="numeric"
          min={0}
          max={10_000_000}
          step={1}
          label={t("settings.organisation.aidMandateDkk")}
          hint={t("settings.organisation.aidMandateHint")}
          defaultValue={organisation.aidMandateDkk}
          errors={errors.aidMandateDkk}
          required
        />
        <Reason id="org-reason" errors={errors.reason} />
      </div>
      <SubmitButton pending={pending}>{pending ? t("settings.submitting") : t("settings.submit")}</SubmitButton>
    </form>
  );
}

export function ThresholdsForm({ settings, action }: { settings: Record<SettingKey, { value: number; version: number }>; action: Action }) {
  const t = useTranslations();
  const { onSubmit, formAction, pending, errors, formError, success } = useActionForm(ZUpdateSettings, action);
  const groups = [...new Set(SETTING_KEYS.map((k) => SETTING_DEFINITIONS[k].group))];
  const stamp = SETTING_KEYS.map((k) => settings[k].version).join("-");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessage error={formError} success={success} />
      <div key={stamp}>
        {groups.map((g) => (
          <fieldset key={g} className="mb-4">
            <legend className="mb-2 font-semibold text-slate-900">{t(`settings.thresholds.group.${g}`)}</legend>
            {SETTING_KEYS.filter((k) => SETTING_DEFINITIONS[k].group === g).map((k) => {
              const d = SETTING_DEFINITIONS[k];
              return (
                <div key={k}>
                  <input type="hidden" name={versionField(k)} value={settings[k].version} />
                  <TextField
                    name={k}
                    type="number"
                    inputMode="numeric"
                    min={d.min}
                    max={d.max}
                    step={1}
                    label={t(`settings.keys.${k}`)}
                    hint={t("settings.thresholds.range", { min: d.min, max: d.max, default: d.default })}
                    defaultValue={settings[k].value}
                    errors={errors[k]}
                    required
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        <Reason id="thresholds-reason" errors={errors.reason} />
      </div>
      <SubmitButton pending={pending}>{pending ? t("settings.submitting") : t("settings.submit")}</SubmitButton>
    </form>
  );
}
