"use client";
// Kaplan–Meier curves of the two arms as "share off benefit" (1 − S(t)), step lines (Recharts).
// Hidden from assistive technology: the page gives the same points as a table. Readable in black
// and white: the intervention arm is a solid dark line, the control arm a dashed line.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type CurvePoint = { time: number; INTERVENTION?: number; CONTROL?: number };

/**
 * The legend's order: intervention first, whatever the language. Recharts sorts legend items by their
 * label by default, so "Indsatsgruppe"/"Kontrolgruppe" and "Control"/"Intervention" came in opposite
 * orders (walk4 item 7).
 */
export const legendOrder = (item: { dataKey?: unknown }): number => (item.dataKey === "INTERVENTION" ? 0 : 1);

type Props = { points: CurvePoint[]; labels: { INTERVENTION: string; CONTROL: string }; dayLabel: string };

export function SurvivalChart({ points, labels, dayLabel }: Props) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} accessibilityLayer={false} margin={{ top: 12, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="2 4" stroke="#cbd5e1" />
          <XAxis
            dataKey="time"
            type="number"
            domain={[0, "dataMax"]}
            tick={{ fill: "#1e293b", fontSize: 11 }}
            label={{ value: dayLabel, position: "insideBottom", offset: -8, fill: "#1e293b", fontSize: 11 }}
          />
          <YAxis domain={[0, 100]} tick={{ fill: "#1e293b", fontSize: 11 }} width={56} unit=" %" />
          <Legend verticalAlign="top" height={24} itemSorter={legendOrder} />
          <Line
            type="stepAfter"
            dataKey="INTERVENTION"
            name={labels.INTERVENTION}
            stroke="#1d4ed8"
            strokeWidth={2.5}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="CONTROL"
            name={labels.CONTROL}
            stroke="#0f172a"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
