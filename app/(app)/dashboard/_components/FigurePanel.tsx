// One key figure as a panel: name, plain-language definition, target status, the trend chart
// (Recharts) and, as its accessible alternative, the same numbers as a table (with the numerator
// and basis of a share, and the reasons of the chosen month where the figure has them).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatMonth } from "@/lib/format";
import { FIGURES, figureUnit, type FigureKey } from "@/lib/kpi/figures";
import { presentCount, presentNumber, presentShown, shownLabel } from "@/lib/kpi/present";
import type { FigureView, Shown } from "@/lib/kpi/view";
import { KeyFigureChart } from "@/components/kpi/KeyFigureChart";
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

/** `asOf`: the day the figures were computed (formatted), for snapshot figures ("now"). */
export function FigurePanel({ f, t, locale, asOf, print = false }: { f: FigureView; t: T; locale: Locale; asOf: string; print?: boolean }) {
  const snapshot = "snapshot" in FIGURES[f.key];
  const name = t(`kpi.figures.${f.key}.name`);
  const headingId = `fig-${f.key}`;
  const hasParts = f.points.some((p) => p.num !== undefined);
  const table = (
    <table className="kpi-table">
      <caption>{t("kpi.panel.tableCaption", { figure: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("kpi.panel.month")}</th>
          <th scope="col">{t("kpi.panel.value")}</th>
          {hasParts ? (
            <>
              <th scope="col">{t("kpi.panel.num")}</th>
              <th scope="col">{t("kpi.panel.den")}</th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {f.points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{formatMonth(p.month, locale)}</th>
            <td>
              <ShownText figure={f.key} s={p.value} t={t} locale={locale} />
            </td>
            {hasParts ? (
              <>
                <td>{presentCount(p.num, locale, t)}</td>
                <td>{presentCount(p.den, locale, t)}</td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <article
      aria-labelledby={headingId}
      className="kpi-panel mb-6 break-inside-avoid rounded-lg border border-slate-300 bg-white p-4"
      data-figure={f.key}
    >
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
          <div className="mt-2">
            <KeyFigureChart
              points={f.points.map((p) => ({
                label: formatMonth(p.month, locale, "short"),
                value: p.value.kind === "value" ? p.value.value : null,
                text: presentShown(f.key, p.value, locale, t),
              }))}
              target={f.target}
              targetLabel={t("kpi.panel.target")}
              valueLabel={name}
              percent={figureUnit(f.key) === "percent"}
              size={print ? { width: 640, height: 220 } : undefined}
            />
          </div>
          {print ? (
            <PrintTable f={f} name={name} hasParts={hasParts} t={t} locale={locale} />
          ) : (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("kpi.panel.showTable")}</summary>
              <div className="relative mt-2 overflow-x-auto">{table}</div>
            </details>
          )}
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

/** The board pack's compact table: months as columns, so that two figures fit on an A4 page. */
function PrintTable({ f, name, hasParts, t, locale }: { f: FigureView; name: string; hasParts: boolean; t: T; locale: Locale }) {
  const rows: [string, (p: FigureView["points"][number]) => React.ReactNode][] = [
    [t("kpi.panel.value"), (p) => <ShownText figure={f.key} s={p.value} t={t} locale={locale} />],
    ...(hasParts
      ? ([
          [t("kpi.panel.num"), (p) => presentCount(p.num, locale, t)],
          [t("kpi.panel.den"), (p) => presentCount(p.den, locale, t)],
        ] as [string, (p: FigureView["points"][number]) => React.ReactNode][])
      : []),
  ];
  return (
    <table className="kpi-table mt-2 text-xs">
      <caption>{t("kpi.panel.tableCaption", { figure: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("kpi.panel.month")}</th>
          {f.points.map((p) => (
            <th key={p.month} scope="col">
              {formatMonth(p.month, locale, "short")}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cell]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {f.points.map((p) => (
              <td key={p.month} className="px-1">
                {cell(p)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
