// The one table `npm run bench` prints (issue 10, issue 11 "Scale and speed"): pure formatting of
// the measured rows, and the ratios page/floor (throughput at 50 connections) and page/raw SQL
// (p50 at one connection). Unit-tested in tests/unit/bench-table.test.ts.
import type { HttpResult, Stats } from "./measure";

/** One row of the table; every measurement is optional (a cell without it shows "–"). */
export type BenchRow = {
  name: string;
  /** autocannon at 1, 10 and 50 connections. */
  c1?: HttpResult;
  c10?: HttpResult;
  c50?: HttpResult;
  /** Open loop at a fixed rate (requests per second) and its result. */
  open?: { rate: number; result: HttpResult };
  /** The page's main queries straight through `pg` (ms per page). */
  sql?: Stats;
  /** Milliseconds per request of a one-at-a-time download (exports). */
  single?: Stats;
  /** Gzipped JavaScript the page references (KB). */
  jsGzKb?: number;
};

const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? "–" : x < 10 ? x.toFixed(1) : x.toFixed(0));
const lat = (r?: HttpResult) => (r ? `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}` : "–");
const rps = (r?: HttpResult) => (r ? r.rps.toFixed(0) : "–");

/** Errors and non-2xx answers summed over every measurement of the row. */
export function rowErrors(row: BenchRow): number {
  return [row.c1, row.c10, row.c50, row.open?.result].reduce((s, r) => s + (r ? r.errors + r.non2xx : 0), 0);
}

/** Answers received over all measurements of the row (0 = every answer took longer than its measurement). */
export function rowAnswers(row: BenchRow): number {
  return [row.c1, row.c10, row.c50, row.open?.result].reduce((s, r) => s + (r ? r.n : 0), 0);
}

/** Throughput of the row at 50 connections as a share of the floor's (1 = as fast as /healthz); null when either is missing. */
export function floorRatio(row: BenchRow, floor: BenchRow | undefined): number | null {
  if (!row.c50 || !floor?.c50 || floor.c50.rps <= 0 || floor.c50.n === 0) return null;
  return row.c50.rps / floor.c50.rps;
}

/**
 * HTTP time over raw SQL time: p50 at one connection over the SQL p50, or (rows measured only at
 * 10 connections, the dashboard) p95 at 10 connections over the SQL p95. Null when a part is missing.
 */
export function sqlRatio(row: BenchRow): number | null {
  if (!row.sql || row.sql.p50 <= 0) return null;
  if (row.c1 && row.c1.n > 0) return row.c1.p50 / row.sql.p50;
  if (!row.c1 && row.c10 && row.c10.n > 0 && row.sql.p95 > 0) return row.c10.p95 / row.sql.p95;
  return null;
}

const ratio = (x: number | null, digits = 2) => (x === null || !Number.isFinite(x) ? "–" : x.toFixed(digits));

export const TABLE_HEADER = [
  "| row | 1 conn. p50 / p95 / p99 ms | 10 conn. p50 / p95 / p99 ms | 50 conn. p50 / p95 / p99 ms | req/s at 1 / 10 / 50 | open loop p95 ms (rate/s) | errors + non-2xx / answers | KB per response | raw SQL p50 / p95 ms | page/floor (req/s at 50) | page/SQL | JS gzip KB |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
];

/** One markdown line for `row`; `floor` is the /healthz row of the same run. */
export function formatRow(row: BenchRow, floor: BenchRow | undefined): string {
  const any = row.c1 ?? row.c10 ?? row.c50 ?? row.open?.result;
  const cells = [
    row.name,
    row.single ? `${ms(row.single.p50)} / ${ms(row.single.p95)} / ${ms(row.single.p99)} (one at a time)` : lat(row.c1),
    lat(row.c10),
    lat(row.c50),
    row.c1 || row.c10 || row.c50 ? `${rps(row.c1)} / ${rps(row.c10)} / ${rps(row.c50)}` : "–",
    row.open ? `${ms(row.open.result.p95)} (${row.open.rate})` : "–",
    any ? `${rowErrors(row)} / ${rowAnswers(row)}` : "–",
    any ? any.kb.toFixed(1) : "–",
    row.sql ? `${ms(row.sql.p50)} / ${ms(row.sql.p95)}` : "–",
    ratio(floorRatio(row, floor)),
    ratio(sqlRatio(row), 1),
    row.jsGzKb === undefined ? "–" : row.jsGzKb.toFixed(0),
  ];
  return `| ${cells.join(" | ")} |`;
}

/** The header lines, the table and a closing line with the total of errors. */
export function formatTable(header: string[], rows: BenchRow[], floorName = "/healthz"): string {
  const floor = rows.find((r) => r.name.startsWith(floorName));
  const errors = rows.reduce((s, r) => s + rowErrors(r), 0);
  const answers = rows.reduce((s, r) => s + rowAnswers(r), 0);
  return [
    ...header,
    "",
    ...TABLE_HEADER,
    ...rows.map((r) => formatRow(r, floor)),
    "",
    `Errors and non-2xx answers in total: ${errors} of ${answers} answers.`,
  ].join("\n");
}
