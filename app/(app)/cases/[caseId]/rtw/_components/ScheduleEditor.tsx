"use client";
// The week-by-week schedule: the caseworker's editor ("edit", with the plan's version) or the
// therapist's proposal ("propose"). Rows can be added and removed; focus stays on the add button.
import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, buttonClass } from "@/components/ui/Button";
import { MAX_WEEKS } from "@/lib/rtw/plan";
import { proposeRtwAction, saveRtwScheduleAction } from "../actions";
import { useNumberInput } from "./number-input";
import { lazySchema, type LazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { useErrorText } from "@/components/forms/useErrorText";

// The forms' schemas load on demand (ADR 0030).
const ZProposeRtw = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZProposeRtw), { pattern: 200, note: 2000 });
const ZSaveRtwSchedule = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZSaveRtwSchedule), { pattern: 200, reason: 500 });

type Row = { key: string; plannedHours: string; plannedDays: string; pattern: string };

/** The caseworker's schedule editor ("edit") or the therapist's proposal ("propose"). */
export function ScheduleEditor({
  mode,
  caseId,
  planId,
  version,
  weeks,
}: {
  mode: "edit" | "propose";
  caseId: string;
  planId: string;
  version: number;
  weeks: { weekNumber: number; plannedHours: number; plannedDays: number; pattern: string | null }[];
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const num = useNumberInput();
  const schema: LazySchema = mode === "edit" ? ZSaveRtwSchedule : ZProposeRtw;
  const f = useActionForm(schema, mode === "edit" ? saveRtwScheduleAction : proposeRtwAction, {
    resetOnSuccess: mode === "propose",
  });
  const counter = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const [rows, setRows] = useState<Row[]>(
    weeks.map((w) => ({
      key: `w${w.weekNumber}`,
      plannedHours: num(w.plannedHours),
      plannedDays: String(w.plannedDays),
      pattern: w.pattern ?? "",
    })),
  );
  const p = `sched-${mode}`;
  function addRow() {
    counter.current += 1;
    const last = rows[rows.length - 1];
    setRows((rs) => [
      ...rs,
      { key: `n${counter.current}`, plannedHours: last?.plannedHours ?? "", plannedDays: last?.plannedDays ?? "", pattern: "" },
    ]);
  }
  function removeRow(key: string) {
    setRows((rs) => rs.filter((r) => r.key !== key));
    addButton.current?.focus();
  }
  return (
    <Form form={f} idPrefix={p} className="max-w-4xl">
      <FormMessage form={f} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="planId" value={planId} />
      {mode === "edit" ? <HiddenFields values={{ version: version }} /> : null}
      <ol className="space-y-2">
        {rows.map((r, i) => (
          <li key={r.key}>
            <fieldset className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold text-slate-800">{t("rtw.schedule.rowLegend", { number: i + 1 })}</legend>
              <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-[8rem_6rem_1fr_auto] sm:items-end">
                <TextField
                  id={`${p}-${r.key}-hours`}
                  name="plannedHours[]"
                  label={t("rtw.weeks.plannedHours")}
                  defaultValue={r.plannedHours}
                  inputMode="decimal"
                  errors={f.errors[`plannedHours.${i}`]}
                  required
                />
                <TextField
                  id={`${p}-${r.key}-days`}
                  name="plannedDays[]"
                  label={t("rtw.weeks.plannedDays")}
                  defaultValue={r.plannedDays}
                  inputMode="numeric"
                  errors={f.errors[`plannedDays.${i}`]}
                  required
                />
                <TextField
                  id={`${p}-${r.key}-pattern`}
                  name="pattern[]"
                  label={t("rtw.weeks.pattern")}
                  defaultValue={r.pattern}
                  errors={f.errors[`pattern.${i}`]}
                  placeholder={t("rtw.weeks.patternHint")}
                />
                <div className="mb-4">
                  <Button variant="secondary" onClick={() => removeRow(r.key)} disabled={rows.length <= 1}>
                    {t("rtw.schedule.removeWeek", { number: i + 1 })}
                  </Button>
                </div>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {f.errors.plannedHours || f.errors.plannedDays ? (
        <p className="mt-2 text-sm font-medium text-red-700">
          {[...(f.errors.plannedHours ?? []), ...(f.errors.plannedDays ?? [])].map((e) => errorText(e)).join(" ")}
        </p>
      ) : null}
      <div className="my-3">
        <button ref={addButton} type="button" className={buttonClass("secondary")} onClick={addRow} disabled={rows.length >= MAX_WEEKS}>
          {t("rtw.schedule.addWeek")}
        </button>
      </div>
      {mode === "edit" ? (
        <TextField name="reason" label={t("rtw.plan.reason")} hint={t("rtw.plan.reasonHint")} />
      ) : (
        <TextAreaField name="note" label={t("rtw.proposals.note")} required rows={3} />
      )}
      <Button type="submit" disabled={f.pending}>
        {mode === "edit" ? t("rtw.schedule.save") : t("rtw.proposals.submit")}
      </Button>
    </Form>
  );
}
