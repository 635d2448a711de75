"use client";
// A future rule change as a new dated version (issue 8 item 14): name, legal references (one per
// line), the day it takes effect, the transition, every parameter of the 2014 model (switches as
// checkboxes) and a reason. Prefilled with the version in force today; `count` is the number of
// versions the admin saw, so a version added by someone else in between is refused, not mixed in.
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { Form } from "@/components/forms/Form";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { DK_2014_PARAMETER_KEYS, DK_2014_PARAMETER_RANGES } from "@/lib/rules/dk";
import { RULE_TRANSITIONS, ZAddRuleVersion } from "@/lib/validation/rules";
import { HiddenFields } from "@/components/forms/HiddenFields";

export function RuleVersionForm({ count, values, action }: { count: number; values: Record<string, number>; action: FormAction }) {
  const t = useTranslations();
  const f = useActionForm(ZAddRuleVersion, action, { resetOnSuccess: true });
  const { pending } = f;
  return (
    <Form form={f} idPrefix="rv" className="max-w-3xl">
      <FormMessage form={f} />
      <p className="mb-4 text-sm text-slate-700">{t("rules.versions.formHint")}</p>
      <div key={count}>
        <HiddenFields values={{ basedOnCount: count }} />
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          <TextField name="name" label={t("rules.versions.name")} required />
          <TextField name="effectiveFrom" type="date" label={t("rules.versions.from")} hint={t("rules.versions.fromHint")} required />
          <SelectField
            name="transition"
            label={t("rules.versions.transition")}
            options={RULE_TRANSITIONS.map((o) => ({ value: o, label: t(`rules.versions.transitionOption.${o}`) }))}
            required
          />
        </div>
        <TextAreaField
          name="legalReferences"
          label={t("rules.versions.references")}
          hint={t("rules.versions.referencesHint")}
          rows={3}
          required
        />
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          {DK_2014_PARAMETER_KEYS.map((key) => {
            const { min, max, unit } = DK_2014_PARAMETER_RANGES[key];
            if (unit === "switch")
              return (
                <div key={key} className="mb-4">
                  <label className="inline-flex items-center gap-2 text-slate-900">
                    <input
                      type="checkbox"
                      name={key}
                      defaultChecked={f.values ? f.values[key] !== undefined : values[key] === 1}
                      className="h-4 w-4"
                    />
                    {t(`rules.param.${key}`)}
                  </label>
                </div>
              );
            return (
              <TextField
                key={key}
                id={`rv-${key}`}
                name={key}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                label={t(`rules.param.${key}`)}
                hint={t("rules.form.range", { min, max })}
                defaultValue={values[key]}
                required
              />
            );
          })}
        </div>
        <TextAreaField name="reason" label={t("rules.form.reason")} hint={t("rules.form.reasonHint")} required rows={3} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("rules.form.submitting") : t("rules.versions.submit")}
      </Button>
    </Form>
  );
}
