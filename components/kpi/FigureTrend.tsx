"use client";
// One key figure's trend: the Recharts chart and, as its accessible alternative, the same numbers as
// a table (ADR 0025, addendum of session 3). Fed with ONE compact series of already formatted,
// already suppressed points (a hidden value is null here and its text is "< 5" / "–"), so the page
// carries each figure's numbers once instead of a tree of server-rendered elements per cell.
// The table is rendered on the server (it is the no-JS and screen-reader alternative); the chart is
// drawn in the browser only: its code is loaded after the page (next/dynamic, ssr: false) into a box
// of the final size, so nothing moves when it appears. The board pack prints after it is drawn.
import dynamic from "next/dynamic";
import type { ChartPoint } from "./KeyFigureChart";

/** One month of a figure. `value`: the number drawn (null when hidden or not available). */
export type TrendPoint = {
  /** "november 2025" (table) and "nov. 25" (chart axis). */
  month: string;
  short: string;
  value: number | null;
  /** The value as shown: "20 %", "< 5", "–", "ingen". */
  text: string;
  /** Accessible name of a suppressed or missing value ("færre end 5"); absent for a number. */
  label?: string;
  /** Numerator and basis of a share, as shown (only for figures that have them). */
  num?: string;
  den?: string;
};

export type TrendTexts = {
  /** Table caption ("Tilgang måned for måned"); the figure's name is `name`. */
  caption: string;
  name: string;
  month: string;
  value: string;
  num: string;
  den: string;
  target: string;
  /** The `<summary>` of the folded table on the dashboard. */
  showTable: string;
};

type Props = {
  points: TrendPoint[];
  target: number | null;
  percent: boolean;
  texts: TrendTexts;
  /** Board pack: fixed-size chart and the compact table with months as columns, never folded. */
  print?: boolean;
};

const PRINT_SIZE = { width: 640, height: 220 };

const KeyFigureChart = dynamic(() => import("./KeyFigureChart").then((m) => m.KeyFigureChart), { ssr: false });

/** A shown value; a suppressed one with its accessible explanation (the symbol alone says little). */
function Value({ p }: { p: TrendPoint }) {
  return p.label ? (
    <span title={p.label}>
      <span aria-hidden="true">{p.text}</span>
      <span className="sr-only">{p.label}</span>
    </span>
  ) : (
    p.text
  );
}

export function FigureTrend({ points, target, percent, texts, print = false }: Props) {
  const hasParts = points.some((p) => p.num !== undefined);
  const chartPoints: ChartPoint[] = points.map((p) => ({ label: p.short, value: p.value, text: p.text }));
  const chart = (
    <div className={print ? "kpi-chart-print mt-2" : "kpi-chart mt-2"} aria-hidden="true">
      <KeyFigureChart
        points={chartPoints}
        target={target}
        targetLabel={texts.target}
        valueLabel={texts.name}
        percent={percent}
        size={print ? PRINT_SIZE : undefined}
      />
    </div>
  );
  if (print) {
    return (
      <>
        {chart}
        <table className="kpi-table kpi-table-compact mt-2 text-xs">
          <caption>{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.month}</th>
              {points.map((p) => (
                <th key={p.month} scope="col">
                  {p.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{texts.value}</th>
              {points.map((p) => (
                <td key={p.month}>
                  <Value p={p} />
                </td>
              ))}
            </tr>
            {hasParts ? (
              <>
                <tr>
                  <th scope="row">{texts.num}</th>
                  {points.map((p) => (
                    <td key={p.month}>{p.num}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{texts.den}</th>
                  {points.map((p) => (
                    <td key={p.month}>{p.den}</td>
                  ))}
                </tr>
              </>
            ) : null}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <>
      {chart}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">{texts.showTable}</summary>
        <div className="relative mt-2 overflow-x-auto">
          <table className="kpi-table">
            <caption>{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.month}</th>
                <th scope="col">{texts.value}</th>
                {hasParts ? (
                  <>
                    <th scope="col">{texts.num}</th>
                    <th scope="col">{texts.den}</th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td>
                    <Value p={p} />
                  </td>
                  {hasParts ? (
                    <>
                      <td>{p.num}</td>
                      <td>{p.den}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
