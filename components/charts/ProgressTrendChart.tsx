"use client";
// Trend of the progress-note scores (self-rated health 1–5 on the right axis; pain and work
// ability 0–10 on the left). The drawing is hidden from assistive technology; the same data is
// given as a text summary and a visually hidden table. Lines differ by colour AND dash pattern,
// so colour is not the only cue; colours have at least 4.5:1 contrast on white.
// The drawing (Recharts, ~100 KB gzipped) is loaded when the chart is shown, after the page is
// interactive, so pages with a trend do not carry it in their first load (issue 10 page weight);
// the caption, summary and table arrive with the page.
import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "use-intl";

export type TrendPoint = { id: string; dateLabel: string; selfRatedHealth: number; pain: number; workAbility: number };

const ProgressTrendLines = dynamic(() => import("./ProgressTrendLines").then((m) => m.ProgressTrendLines), { ssr: false });

export function ProgressTrendChart({ id, points }: { id: string; points: TrendPoint[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  if (points.length === 0) {
    return <p className="text-sm text-slate-700">{t("rehab.chart.empty")}</p>;
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const signed = (n: number) => format.number(n, { signDisplay: "exceptZero" });
  const labels = { health: t("rehab.notes.selfRatedHealth"), pain: t("rehab.notes.pain"), work: t("rehab.notes.workAbility") };
  return (
    <figure aria-labelledby={captionId} aria-describedby={summaryId} data-points={points.length} className="mb-4">
      <figcaption id={captionId} className="mb-1 font-semibold text-slate-900">
        {t("rehab.chart.title")}
      </figcaption>
      <p id={summaryId} className="mb-2 text-sm text-slate-700">
        {t("rehab.chart.summary", {
          count: points.length,
          date: last.dateLabel,
          health: last.selfRatedHealth,
          pain: last.pain,
          work: last.workAbility,
        })}
        {points.length > 1
          ? ` ${t("rehab.chart.change", { first: first.dateLabel, healthChange: signed(last.selfRatedHealth - first.selfRatedHealth), painChange: signed(last.pain - first.pain), workChange: signed(last.workAbility - first.workAbility) })}`
          : null}
      </p>
      <div aria-hidden="true" className="h-64 w-full max-w-3xl">
        <ProgressTrendLines points={points} labels={labels} />
      </div>
      <p className="mt-1 text-xs text-slate-700" aria-hidden="true">
        {t("rehab.chart.leftAxis")} · {t("rehab.chart.rightAxis")}
      </p>
      {/* A table ignores a 1px width: the wrapper keeps it from widening the page on a phone. */}
      <div className="sr-only">
        <table>
          <caption>{t("rehab.chart.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rehab.chart.date")}</th>
              <th scope="col">{labels.health}</th>
              <th scope="col">{labels.pain}</th>
              <th scope="col">{labels.work}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.dateLabel}</th>
                <td>{p.selfRatedHealth}</td>
                <td>{p.pain}</td>
                <td>{p.workAbility}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
