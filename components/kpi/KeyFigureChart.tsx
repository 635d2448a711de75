"use client";
// One key figure month by month (Recharts). The drawing is hidden from assistive technology: the
// panel around it gives the same data as a table. Readable in black and white: a dark line with
// markers for the value, a dashed line for the target; months whose value is suppressed are gaps.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartPoint = { label: string; value: number | null; text: string };

type Props = {
  points: ChartPoint[];
  target: number | null;
  targetLabel: string;
  valueLabel: string;
  /** Fixed size for print; otherwise the chart fills its container's width. */
  size?: { width: number; height: number };
  /** 0–100 axis for shares. */
  percent?: boolean;
};

export function KeyFigureChart({ points, target, targetLabel, valueLabel, size, percent }: Props) {
  const max = Math.max(0, ...points.map((p) => p.value ?? 0), target ?? 0);
  const chart = (
    <LineChart data={points} accessibilityLayer={false} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} {...(size ?? {})}>
      <CartesianGrid strokeDasharray="2 4" stroke="#cbd5e1" />
      {/* Every month is labelled (walk9 item 6: "preserveStartEnd" left months out when the labels
          did not fit side by side): slanted, so that 24 months fit in a half-width panel. */}
      <XAxis
        dataKey="label"
        tick={{ fill: "#1e293b", fontSize: 10 }}
        interval={0}
        angle={-40}
        textAnchor="end"
        height={44}
        tickMargin={2}
      />
      <YAxis
        domain={percent ? [0, 100] : [0, Math.ceil(max * 1.1) || 1]}
        tick={{ fill: "#1e293b", fontSize: 11 }}
        width={40}
        allowDecimals={false}
      />
      <Tooltip formatter={(_v, _n, item) => [(item.payload as ChartPoint).text, valueLabel]} />
      {target !== null ? (
        <ReferenceLine
          y={target}
          stroke="#0f172a"
          strokeDasharray="8 4"
          strokeWidth={2}
          label={{ value: targetLabel, position: "insideTopRight", fill: "#0f172a", fontSize: 11 }}
        />
      ) : null}
      <Line
        type="linear"
        dataKey="value"
        name={valueLabel}
        stroke="#1d4ed8"
        strokeWidth={2.5}
        dot={{ r: 3.5, fill: "#ffffff", stroke: "#1d4ed8", strokeWidth: 2 }}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
  return (
    <div aria-hidden="true" className={size ? "" : "h-56 w-full"}>
      {size ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
