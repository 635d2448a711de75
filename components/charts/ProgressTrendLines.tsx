"use client";
// The drawing of the progress-note trend (ProgressTrendChart loads it on demand): self-rated health
// 1–5 on the right axis, pain and work ability 0–10 on the left; lines differ by colour AND dash and
// join the scores straight (a smoothed curve would suggest values between notes that nobody measured).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { TrendPoint } from "./ProgressTrendChart";

/** The lines in drawing and legend order: score, axis, translated label, colour and dash (the first is solid). */
const SERIES = [
  { dataKey: "selfRatedHealth", axis: "five", label: "health", color: "#1d4ed8", dash: undefined },
  { dataKey: "pain", axis: "ten", label: "pain", color: "#b91c1c", dash: "6 3" },
  { dataKey: "workAbility", axis: "ten", label: "work", color: "#047857", dash: "2 2" },
] as const;
const LINE_ORDER: readonly string[] = SERIES.map((s) => s.dataKey);
const legendOrder = (item: { dataKey?: unknown }): number => LINE_ORDER.indexOf(String(item.dataKey));

/** The three score lines of `points`; `labels` are the translated series names. */
export function ProgressTrendLines({ points, labels }: { points: TrendPoint[]; labels: { health: string; pain: string; work: string } }) {
  return (
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
        {/* In the order of the lines, not sorted by label (which differs by language; walk4 item 7). */}
        <Legend wrapperStyle={{ color: "#0f172a", fontSize: 13 }} itemSorter={legendOrder} />
        {SERIES.map((s) => (
          <Line
            key={s.dataKey}
            yAxisId={s.axis}
            type="linear"
            dataKey={s.dataKey}
            name={labels[s.label]}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
