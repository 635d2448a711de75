"use client";
// Change the deadline rule parameters: every value, a reason, and the version the admin saw (so a
// change made by someone else in between is refused, not overwritten). The fields are keyed by the
// version in force, so after saving they show the new values and an empty reason.
import { useTranslations } from "use-intl";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { Form } from "@/components/forms/Form";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { DK_PARAMETER_KEYS, DK_PARAMETER_RANGES } from "@/lib/rules/dk";
import { ZUpdateRuleParameters } from "@/lib/validation/rules";

export function RuleParametersForm({ version, values, action }: { version: number; values: Record<string, number>; action: FormAction }) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateRuleParameters, action);
  const { pending, errors } = f;
  return (
    <Form form={f} className="max-w-3xl">
      <FormMessage form={f} />
      <p className="mb-4 text-sm text-slate-700">{t("rules.form.hint")}</p>
      <div key={version}>
        <input type="hidden" name="baseVersion" value={version} />
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          {DK_PARAMETER_KEYS.map((key) => {
            const { min, max } = DK_PARAMETER_RANGES[key];
            return (
              <TextField
                key={key}
                name={key}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                label={t(`rules.param.${key}`)}
                hint={t("rules.form.range", { min, max })}
                defaultValue={values[key]}
                errors={errors[key]}
                required
              />
            );
          })}
        </div>
        <TextAreaField
          name="reason"
          label={t("rules.form.reason")}
          hint={t("rules.form.reasonHint")}
          errors={errors.reason}
          required
          rows={3}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("rules.form.submitting") : t("rules.form.submit")}
      </Button>
    </Form>
  );
}
