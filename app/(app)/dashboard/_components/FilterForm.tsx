// The dashboard's filters: a form posting to a server action that redirects to the filtered view
// (works without JavaScript; the view is a bookmarkable URL; issue 8 item 9: every form posts). Errors from the query string appear next to their field.
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatMonth } from "@/lib/format";
import { monthRange, parseMonthKey, monthKey } from "@/lib/kpi/months";
import type { FieldErrors } from "@/lib/validation/form";
import type { KeyFigureBoard } from "@/lib/domain/kpi/get-key-figure-board";
import { DIAGNOSIS_GROUP_VALUES } from "@/lib/validation/kpi";
import { Button } from "@/components/ui/Button";
import { filterKeyFiguresAction } from "../actions";

type Ready = Extract<KeyFigureBoard, { ready: true }>;

const SELECT =
  "block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-700";

/** One labelled filter select (id "kpi-" + name), with the query string's error for it below and tied to it. */
function SelectField({
  name,
  label,
  error,
  defaultValue,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  defaultValue: string;
  children: React.ReactNode;
}) {
  const id = `kpi-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={SELECT}
        {...(error ? { "aria-describedby": `${id}-error`, "aria-invalid": true } : {})}
      >
        {children}
      </select>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Department = Ready["options"]["departments"][number];

export function FilterForm({ board, errors, t, locale }: { board: Ready; errors: FieldErrors; t: T; locale: Locale }) {
  const months = monthRange(parseMonthKey(board.firstMonth)!, parseMonthKey(board.lastMonth)!).map(monthKey).reverse();
  const err = (k: string) => (errors[k]?.length ? t(errors[k]![0] as never) : undefined);
  // Grouped by kind for the two option groups of the department filter.
  const byKind: Partial<Record<Department["kind"], Department[]>> = {};
  for (const d of board.options.departments) (byKind[d.kind] ??= []).push(d);
  const jobcenters = byKind.JOBCENTER ?? [];
  const healthCenters = byKind.HEALTH_CENTER ?? [];
  return (
    <form
      action={filterKeyFiguresAction}
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 print:hidden"
      aria-labelledby="kpi-filters-legend"
    >
      <h2 id="kpi-filters-legend" className="mb-3 text-base font-semibold text-slate-900">
        {t("kpi.filters.legend")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField name="month" label={t("kpi.filters.month")} error={err("month")} defaultValue={board.month}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField name="window" label={t("kpi.filters.window")} error={err("window")} defaultValue={String(board.window)}>
          <option value="12">{t("kpi.filters.window12")}</option>
          <option value="24">{t("kpi.filters.window24")}</option>
        </SelectField>
        <SelectField
          name="departmentId"
          label={t("kpi.filters.department")}
          error={err("departmentId")}
          defaultValue={board.filter.departmentId}
        >
          <option value="">{t("kpi.filters.allDepartments")}</option>
          <optgroup label={t("kpi.filters.jobcenters")}>
            {jobcenters.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("kpi.filters.healthCenters")}>
            {healthCenters.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <SelectField
          name="diagnosisGroup"
          label={t("kpi.filters.group")}
          error={err("diagnosisGroup")}
          defaultValue={board.filter.diagnosisGroup}
        >
          <option value="">{t("kpi.filters.allGroups")}</option>
          {DIAGNOSIS_GROUP_VALUES.map((g) => (
            <option key={g} value={g}>
              {t(`cases.diagnosisGroup.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="programmeId"
          label={t("kpi.filters.programme")}
          error={err("programmeId")}
          defaultValue={board.filter.programmeId}
        >
          <option value="">{t("kpi.filters.allProgrammes")}</option>
          {board.options.programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" className="mt-4">
        {t("kpi.filters.show")}
      </Button>
    </form>
  );
}
