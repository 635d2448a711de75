"use client";
// Sets one figure's target: the value in the figure's unit (empty removes it) and the version the
// page showed, so that a change made by someone else in between is refused, not overwritten.
// In a table row: the label is the figure's name for screen readers (the row shows it already).
import { useTranslations } from "use-intl";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { Form } from "@/components/forms/Form";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZSetKeyFigureTarget = lazySchema(() => import("@/lib/validation/kpi").then((m) => m.ZSetKeyFigureTarget), { value: 20 });

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
  const f = useActionForm(ZSetKeyFigureTarget, action);
  const { pending, errors } = f;
  const id = `target-${figure}`;
  const label = t("kpi.targets.newTarget", { figure: figureName });
  const error = errors.value?.length ? errors.value.map((e) => t(e as never)).join(" ") : undefined;
  return (
    <Form form={f} aria-label={label}>
      <input type="hidden" name="figure" value={figure} />
      <HiddenFields values={{ version: version ?? "" }} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          name="value"
          inputMode="decimal"
          defaultValue={typeof f.values?.value === "string" ? f.values.value : value}
          maxLength={20}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className={`w-28 rounded-md border px-3 py-1.5 text-right text-slate-900 ${error ? "border-red-600" : "border-slate-400"}`}
        />
        <span id={`${id}-hint`} className="text-sm text-slate-700">
          {unit} · {t("kpi.targets.newTargetHint")}
        </span>
        <SubmitButton pending={pending}>{t("kpi.targets.save")}</SubmitButton>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-2 empty:hidden">
        <FormMessage form={f} />
      </div>
    </Form>
  );
}
