"use client";
// One key figure's trend: the Recharts chart and, as its accessible alternative, the same numbers as
// a table (ADR 0025, addendum of session 3). Fed with ONE compact series of already formatted,
// already suppressed points (a hidden value is null here and its text is "< 5" / "–"), so the page
// carries each figure's numbers once instead of a tree of server-rendered elements per cell.
// The chart is drawn in the browser only: its code (Recharts) is loaded after hydration into a box of
// the final size, so nothing moves when it appears and the server never runs Recharts. The board
// pack's table is server-rendered (it is the print and no-JS alternative, always visible); the
// dashboard's folded table is rendered from the same series when it is opened (nothing is fetched).
import { lazy, Suspense, useState, useSyncExternalStore, type SyntheticEvent } from "react";
import type { ChartPoint } from "./KeyFigureChart";
import { ShownValue } from "./ShownValue";

/** A month of the trend: "november 2025" (table) and "nov. 25" (chart axis, board pack's columns). */
export type MonthLabel = { month: string; short: string };

/** One month of a figure (the month is `months[i]`). `value`: the number drawn (null when hidden or not available). */
export type TrendPoint = {
  value: number | null;
  /** The value as shown: "20 %", "< 5", "–", "ingen". */
  text: string;
  /** Accessible name of a suppressed or missing value ("færre end 5"); absent for a number. */
  label?: string;
  /** Numerator and basis of a share, as shown (only for figures that have them). */
  num?: string;
  den?: string;
};

/** The headings every figure's trend shares (one object per locale: the page carries it once). */
export type TrendTexts = {
  month: string;
  value: string;
  num: string;
  den: string;
  target: string;
  /** The `<summary>` of the folded table on the dashboard. */
  showTable: string;
};

type Props = {
  /** The figure's name (the chart's series) and the table's caption ("Tilgang måned for måned"). */
  name: string;
  caption: string;
  /** The board's months, one object shared by every figure of the page (sent once). */
  months: MonthLabel[];
  points: TrendPoint[];
  target: number | null;
  percent: boolean;
  texts: TrendTexts;
  /** Board pack: fixed-size chart and the compact table with months as columns, never folded. */
  print?: boolean;
};

const PRINT_SIZE = { width: 640, height: 220 };

const KeyFigureChart = lazy(() => import("./KeyFigureChart").then((m) => ({ default: m.KeyFigureChart })));

const noSubscription = () => () => {};
/** False on the server and while hydrating, true once the page runs in the browser. */
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function FigureTrend({ name, caption, months, points, target, percent, texts, print = false }: Props) {
  const inBrowser = useInBrowser();
  // The folded table's rows exist only while it is open; one opened before hydration is read when React attaches.
  const [open, setOpen] = useState(false);
  const hasParts = points.some((p) => p.num !== undefined);
  const chartPoints: ChartPoint[] = points.map((p, i) => ({ label: months[i]!.short, value: p.value, text: p.text }));
  const chart = (
    <div className={print ? "kpi-chart-print mt-2" : "kpi-chart mt-2"} aria-hidden="true">
      {inBrowser ? (
        <Suspense fallback={null}>
          <KeyFigureChart
            points={chartPoints}
            target={target}
            targetLabel={texts.target}
            valueLabel={name}
            percent={percent}
            size={print ? PRINT_SIZE : undefined}
          />
        </Suspense>
      ) : null}
    </div>
  );
  if (print) {
    return (
      <>
        {chart}
        <table className="kpi-table kpi-table-compact mt-2 text-xs">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.month}</th>
              {months.map((m) => (
                <th key={m.month} scope="col">
                  {m.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{texts.value}</th>
              {points.map((p, i) => (
                <td key={months[i]!.month}>
                  <ShownValue text={p.text} label={p.label} />
                </td>
              ))}
            </tr>
            {hasParts ? (
              <>
                <tr>
                  <th scope="row">{texts.num}</th>
                  {points.map((p, i) => (
                    <td key={months[i]!.month}>{p.num}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{texts.den}</th>
                  {points.map((p, i) => (
                    <td key={months[i]!.month}>{p.den}</td>
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
      <details
        className="mt-2"
        ref={(el) => {
          if (el?.open) setOpen(true);
        }}
        onToggle={(e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open)}
      >
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">{texts.showTable}</summary>
        {open ? (
          <div className="relative mt-2 overflow-x-auto">
            <table className="kpi-table">
              <caption>{caption}</caption>
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
                {points.map((p, i) => (
                  <tr key={months[i]!.month}>
                    <th scope="row">{months[i]!.month}</th>
                    <td>
                      <ShownValue text={p.text} label={p.label} />
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
        ) : null}
      </details>
    </>
  );
}
