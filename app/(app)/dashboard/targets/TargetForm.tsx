"use client";
// Sets one figure's target: the value in the figure's unit (empty removes it) and the version the
// page showed, so that a change made by someone else in between is refused, not overwritten.
import { useTranslations } from "use-intl";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import { ZSetKeyFigureTarget } from "@/lib/validation/kpi";

type FormAction = Parameters<typeof useValidatedAction>[1];

export function TargetForm({
  figure,
  figureName,
  unit,
  value,
  version,
  action,
}: {
  figure: string;
  figureName: string;
  unit: string;
  value: string;
  version: number | null;
  action: FormAction;
}) {
  const t = useTranslations();
  const { state, onSubmit, pending, errors, formError } = useValidatedAction(ZSetKeyFigureTarget, action);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3"
      aria-label={t("kpi.targets.newTarget", { figure: figureName })}
    >
      <input type="hidden" name="figure" value={figure} />
      <input type="hidden" name="version" value={version ?? ""} />
      <div className="w-40">
        <TextField
          id={`target-${figure}`}
          name="value"
          inputMode="decimal"
          label={t("kpi.targets.newTarget", { figure: figureName })}
          hint={`${unit}. ${t("kpi.targets.newTargetHint")}`}
          defaultValue={value}
          errors={errors.value}
          maxLength={20}
          className="text-right"
        />
      </div>
      <div className="mb-4">
        <SubmitButton pending={pending}>{t("kpi.targets.save")}</SubmitButton>
      </div>
      <div className="w-full">
        <FormMessage error={formError} success={state.ok ? state.message : undefined} />
      </div>
    </form>
  );
}
