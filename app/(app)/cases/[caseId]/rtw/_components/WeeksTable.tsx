// The weeks of a return-to-work plan: planned and actual hours; started weeks of an active plan
// take the actual hours inline (ActualHoursForm, with the plan's version).
import type { CaseRtw, RtwPlanView } from "@/lib/domain/rtw/get-case-rtw";
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay, formatNumber, formatPercent } from "@/lib/format";
import { today } from "@/lib/clock";
import { weekStartOn } from "@/lib/rtw/plan";
import { Table, Td } from "@/components/ui/Table";
import { ActualHoursForm } from "./LazyRtwForms";
import { ActualHoursNote } from "./ActualHoursNote";

export function WeeksTable({
  plan,
  data,
  t,
  locale,
  editable,
}: {
  plan: RtwPlanView;
  data: CaseRtw;
  t: T;
  locale: Locale;
  editable: boolean;
}) {
  const day = today();
  const hours = (n: number) => t("rtw.weeks.hoursValue", { hours: formatNumber(n, locale, 1) });
  if (plan.weeks.length === 0) return <p>{t("rtw.weeks.empty")}</p>;
  const tot = plan.totals;
  return (
    <>
      <Table
        caption={t("rtw.weeks.caption")}
        hideCaption
        head={[
          t("rtw.weeks.week"),
          t("rtw.weeks.plannedHours"),
          t("rtw.weeks.plannedDays"),
          t("rtw.weeks.pattern"),
          t("rtw.weeks.actualHours"),
          t("rtw.weeks.note"),
        ]}
      >
        {plan.weeks.map((w) => {
          const start = weekStartOn(plan.startOn, w.weekNumber);
          const canRecord = editable && plan.status === "ACTIVE" && start.getTime() <= day.getTime();
          return (
            <tr key={w.id}>
              <Td className="whitespace-nowrap">
                <span className="font-semibold">{t("rtw.weeks.weekLabel", { number: w.weekNumber })}</span>
                <br />
                <span className="text-slate-600">{t("rtw.weeks.from", { date: formatDay(start, locale) })}</span>
              </Td>
              <Td>{hours(w.plannedHours)}</Td>
              <Td>{w.plannedDays}</Td>
              <Td className="min-w-48">{w.pattern}</Td>
              {canRecord ? (
                <>
                  <Td>
                    <ActualHoursForm
                      caseId={data.caseId}
                      planId={plan.id}
                      version={plan.version}
                      weekNumber={w.weekNumber}
                      actualHours={w.actualHours}
                    />
                  </Td>
                  {/* The note sits in the Note column (walk6) and belongs to the week's form by its `form` attribute. */}
                  <Td>
                    <ActualHoursNote caseId={data.caseId} weekNumber={w.weekNumber} note={w.note} />
                  </Td>
                </>
              ) : (
                <>
                  <Td>
                    {w.actualHours === null ? <span className="text-slate-600">{t("rtw.weeks.notRecorded")}</span> : hours(w.actualHours)}
                  </Td>
                  <Td>{w.note}</Td>
                </>
              )}
            </tr>
          );
        })}
      </Table>
      <p className="mt-2 text-sm text-slate-800">
        <span className="font-semibold">{t("rtw.weeks.totals")}: </span>
        {t("rtw.weeks.totalsSummary", {
          planned: formatNumber(tot.plannedHours, locale, 1),
          actual: formatNumber(tot.actualHours, locale, 1),
          weeks: tot.weeksWithActual,
          plannedRecorded: formatNumber(tot.plannedHoursInRecordedWeeks, locale, 1),
          ratio: tot.ratio === null ? "—" : formatPercent(tot.ratio, locale),
        })}
      </p>
    </>
  );
}
