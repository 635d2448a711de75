// One key figure as a panel: name, plain-language definition, target status, and the trend — the
// chart (Recharts, drawn in the browser) with the same numbers as a table as its accessible
// alternative (with the numerator and basis of a share), and the reasons of the chosen month where
// the figure has them. The trend goes to the client component as one compact series of formatted,
// already suppressed points (ADR 0025, addendum of session 3).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatMonth } from "@/lib/format";
import { FIGURES, figureUnit, type FigureKey } from "@/lib/kpi/figures";
import { presentCount, presentNumber, presentShown, shownLabel } from "@/lib/kpi/present";
import type { FigureView, Shown } from "@/lib/kpi/view";
import { FigureTrend, type TrendPoint, type TrendTexts } from "@/components/kpi/FigureTrend";
import { TargetStatusBadge } from "@/components/kpi/TargetStatusBadge";

/** A value cell: the text, and for "< 5" / "–" / "ingen" an accessible explanation. */
export function ShownText({ figure, s, t, locale }: { figure: FigureKey; s: Shown; t: T; locale: Locale }) {
  const label = shownLabel(s, t);
  const text = presentShown(figure, s, locale, t);
  return label ? (
    <span title={label}>
      <span aria-hidden="true">{text}</span>
      <span className="sr-only">{label}</span>
    </span>
  ) : (
    <>{text}</>
  );
}

export function targetText(f: FigureView, t: T, locale: Locale): string {
  return f.target === null ? t("kpi.panel.noTarget") : presentNumber(f.key, f.target, locale, t);
}

/** The trend of a figure as the client component takes it: months and values as text, a hidden value as null. */
function trendPoints(f: FigureView, hasParts: boolean, t: T, locale: Locale): TrendPoint[] {
  return f.points.map((p) => {
    const label = shownLabel(p.value, t);
    return {
      month: formatMonth(p.month, locale),
      short: formatMonth(p.month, locale, "short"),
      value: p.value.kind === "value" ? p.value.value : null,
      text: presentShown(f.key, p.value, locale, t),
      ...(label ? { label } : {}),
      ...(hasParts ? { num: presentCount(p.num, locale, t), den: presentCount(p.den, locale, t) } : {}),
    };
  });
}

/** `asOf`: the day the figures were computed (formatted), for snapshot figures ("now"). */
export function FigurePanel({ f, t, locale, asOf, print = false }: { f: FigureView; t: T; locale: Locale; asOf: string; print?: boolean }) {
  const snapshot = "snapshot" in FIGURES[f.key];
  const name = t(`kpi.figures.${f.key}.name`);
  const headingId = `fig-${f.key}`;
  const hasParts = f.points.some((p) => p.num !== undefined);
  const texts: TrendTexts = {
    caption: t("kpi.panel.tableCaption", { figure: name }),
    name,
    month: t("kpi.panel.month"),
    value: t("kpi.panel.value"),
    num: t("kpi.panel.num"),
    den: t("kpi.panel.den"),
    target: t("kpi.panel.target"),
    showTable: t("kpi.panel.showTable"),
  };
  return (
    <article aria-labelledby={headingId} className="kpi-panel" data-figure={f.key}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {name}
        </h3>
        <TargetStatusBadge status={f.status} label={t(`kpi.status.${f.status}`)} />
      </div>
      <p className="mt-1 text-sm text-slate-700">{t(`kpi.figures.${f.key}.definition`)}</p>
      {snapshot ? (
        <p className="mt-2 text-sm text-slate-900">
          {t("kpi.panel.snapshot", { day: asOf, value: presentShown(f.key, f.current.value, locale, t), target: targetText(f, t, locale) })}
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-900">
            {t("kpi.panel.summary", {
              month: formatMonth(f.current.month, locale),
              value: presentShown(f.key, f.current.value, locale, t),
              target: targetText(f, t, locale),
            })}
          </p>
          <FigureTrend
            points={trendPoints(f, hasParts, t, locale)}
            target={f.target}
            percent={figureUnit(f.key) === "percent"}
            texts={texts}
            print={print}
          />
        </>
      )}
      {f.reasons ? (
        <table className="kpi-table mt-3">
          <caption>{t("kpi.reasons.caption", { figure: name, month: formatMonth(f.current.month, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kpi.reasons.reason")}</th>
              <th scope="col">{t("kpi.reasons.count")}</th>
            </tr>
          </thead>
          <tbody>
            {f.reasons.map((r) => (
              <tr key={r.code}>
                <th scope="row">{t(`kpi.reasons.${r.code}`)}</th>
                <td>
                  <ShownText figure={f.key} s={r.value} t={t} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
