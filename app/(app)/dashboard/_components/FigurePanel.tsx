// One key figure as a panel: name, plain-language definition, target status, and the trend — the
// chart (Recharts, drawn in the browser) with the same numbers as a table as its accessible
// alternative (with the numerator and basis of a share), and the reasons of the chosen month where
// the figure has them. The texts are made once per view and run (./present.ts); the trend goes to
// the client component as one compact series of formatted, already suppressed points (ADR 0025,
// addendum of session 3).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { FigureView } from "@/lib/kpi/view";
import { FigureTrend } from "@/components/kpi/FigureTrend";
import { TargetStatusBadge } from "@/components/kpi/TargetStatusBadge";
import { ShownValue } from "@/components/kpi/ShownValue";
import { figureTexts, type ShownTexts } from "./present";

/** A value cell: the text, and for "< 5" / "–" / "ingen" an accessible explanation. */
export function ShownText({ s }: { s: ShownTexts }) {
  return <ShownValue text={s.text} label={s.label} />;
}

/** `asOf`: the day the figures were computed (formatted), for snapshot figures ("now"). */
export function FigurePanel({ f, t, locale, asOf, print = false }: { f: FigureView; t: T; locale: Locale; asOf: string; print?: boolean }) {
  const x = figureTexts(f, t, locale, asOf);
  const headingId = `fig-${f.key}`;
  return (
    <article aria-labelledby={headingId} className="kpi-panel" data-figure={f.key}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {x.name}
        </h3>
        <TargetStatusBadge status={f.status} label={x.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">{x.definition}</p>
      <p className="mt-2 text-sm text-slate-900">{x.sentence}</p>
      {x.trend ? (
        <FigureTrend
          name={x.name}
          caption={x.trend.caption}
          months={x.trend.months}
          points={x.trend.points}
          target={f.target}
          percent={x.trend.percent}
          texts={x.trend.texts}
          print={print}
        />
      ) : null}
      {x.reasons ? (
        <table className="kpi-table mt-3">
          <caption>{x.reasonsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kpi.reasons.reason")}</th>
              <th scope="col">{t("kpi.reasons.count")}</th>
            </tr>
          </thead>
          <tbody>
            {x.reasons.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.label}</th>
                <td>
                  <ShownText s={r.value} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
