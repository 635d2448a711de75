// The overview table of the chosen month: every figure grouped, its value (with the numerator and
// basis of a share), the target and the status.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatMonth } from "@/lib/format";
import { FIGURE_GROUPS, FIGURES } from "@/lib/kpi/figures";
import type { FigureView } from "@/lib/kpi/view";
import { TargetStatusBadge } from "@/components/kpi/TargetStatusBadge";
import { ShownText } from "./FigurePanel";
import { figureTexts } from "./present";

/** `asOf`: the refresh day, formatted (the figures' texts are shared with the panels, ./present.ts). */
export function SummaryTable({
  figures,
  month,
  t,
  locale,
  asOf,
}: {
  figures: readonly FigureView[];
  month: string;
  t: T;
  locale: Locale;
  asOf: string;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="kpi-table">
        <caption className="sr-only">{t("kpi.summary.caption", { month: formatMonth(month, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kpi.summary.figure")}</th>
            <th scope="col">{t("kpi.summary.value")}</th>
            <th scope="col">{t("kpi.summary.target")}</th>
            <th scope="col" className="text-left">
              {t("kpi.summary.status")}
            </th>
          </tr>
        </thead>
        {FIGURE_GROUPS.map((g) => (
          <tbody key={g}>
            <tr>
              <th scope="colgroup" colSpan={4} className="bg-slate-50 font-semibold text-slate-900">
                {t(`kpi.groups.${g}`)}
              </th>
            </tr>
            {figures
              .filter((f) => FIGURES[f.key].group === g)
              .map((f) => {
                const x = figureTexts(f, t, locale, asOf);
                return (
                  <tr key={f.key} data-figure={f.key}>
                    <th scope="row">
                      <a href={`#fig-${f.key}`}>{x.name}</a>
                    </th>
                    <td>
                      <ShownText s={x.current} />
                      {x.ofTotal ? <span className="ml-1 text-slate-700">({x.ofTotal})</span> : null}
                    </td>
                    <td>{x.target}</td>
                    <td className="text-left">
                      <TargetStatusBadge status={f.status} label={x.status} />
                    </td>
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

export function Legend({ t }: { t: T }) {
  return (
    <aside
      aria-labelledby="kpi-legend"
      className="mb-6 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-800 break-inside-avoid"
    >
      <h2 id="kpi-legend" className="mb-1 font-semibold text-slate-900">
        {t("kpi.legend.heading")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t("kpi.legend.small")}</li>
        <li>{t("kpi.legend.protected")}</li>
        <li>{t("kpi.legend.none")}</li>
        <li>{t("kpi.legend.status")}</li>
      </ul>
    </aside>
  );
}
