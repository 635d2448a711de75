"use client";
// Trend of the progress-note scores (self-rated health 1–5 on the right axis; pain and work
// ability 0–10 on the left). The drawing is hidden from assistive technology; the same data is
// given as a text summary and a visually hidden table. Lines differ by colour AND dash pattern,
// so colour is not the only cue; colours have at least 4.5:1 contrast on white.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter, useTranslations } from "use-intl";

export type TrendPoint = { id: string; dateLabel: string; selfRatedHealth: number; pain: number; workAbility: number };

const COLORS = { health: "#1d4ed8", pain: "#b91c1c", work: "#047857" } as const;

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
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis dataKey="dateLabel" tick={{ fill: "#334155", fontSize: 12 }} />
            <YAxis yAxisId="ten" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fill: "#334155", fontSize: 12 }} width={32} />
            <YAxis
              yAxisId="five"
              orientation="right"
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              tick={{ fill: "#334155", fontSize: 12 }}
              width={24}
            />
            <Tooltip />
            <Legend wrapperStyle={{ color: "#0f172a", fontSize: 13 }} />
            <Line
              yAxisId="five"
              type="monotone"
              dataKey="selfRatedHealth"
              name={labels.health}
              stroke={COLORS.health}
              strokeWidth={2}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
            <Line
              yAxisId="ten"
              type="monotone"
              dataKey="pain"
              name={labels.pain}
              stroke={COLORS.pain}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
            <Line
              yAxisId="ten"
              type="monotone"
              dataKey="workAbility"
              name={labels.work}
              stroke={COLORS.work}
              strokeWidth={2}
              strokeDasharray="2 2"
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="mt-1 text-xs text-slate-700" aria-hidden="true">
        {t("rehab.chart.leftAxis")} · {t("rehab.chart.rightAxis")}
      </p>
      <table className="sr-only">
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
    </figure>
  );
}
