// The refresh job of the key figures (ADR 0014): computes every figure for every month and filter
// combination of one organisation from the records (units-sql.ts), decides the small-number
// suppression over the whole table at once (lib/kpi/cube.ts), and replaces the organisation's
// KpiCell rows in one transaction, so the dashboard and the exports only ever read finished,
// consistently suppressed cells.
//
// A system job, not a person's use case: it is started by `npm run kpi:refresh` (daily, and at
// start-up) and by the import; it takes the organisation explicitly and writes no access log
// (nothing about a person leaves it).
import "server-only";
import type { Db } from "@/lib/db/client";
import { isoDay } from "@/lib/time";
import { STAT_SOURCES } from "../figures";
import { addMonths, monthKey, monthOf, monthRange } from "../months";
import { suppressCube, type CubeCell, type CubeDims, type PublishedCell } from "../cube";
import { AGGREGATE_SQL, LIVE_SQL, type AggregateRow, type LiveRow } from "./units-sql";

export const DIAGNOSIS_GROUPS = ["MENTAL", "MUSCULOSKELETAL", "OTHER"] as const;

/** Months before the as-of month that are always computed (the longest trend), and the oldest allowed. */
const MIN_MONTHS = 24;
const MAX_MONTHS = 120;

export type RefreshResult = { cells: number; hidden: number; months: number; durationMs: number; firstMonth: Date };

/** The first month of the table: the oldest case's, at least 24 and at most 120 months back. */
async function firstMonthFor(db: Db, organisationId: string, asOf: Date): Promise<Date> {
  const current = monthOf(asOf);
  const oldest = await db.sickLeaveCase.aggregate({
    where: { organisationId, voidedAt: null },
    _min: { firstAbsenceDay: true },
  });
  const floor = addMonths(current, -(MAX_MONTHS - 1));
  const latest = addMonths(current, -(MIN_MONTHS - 1));
  const first = oldest._min.firstAbsenceDay ? monthOf(oldest._min.firstAbsenceDay) : latest;
  return first < floor ? floor : first > latest ? latest : first;
}

/** The filter values of the organisation (the cube's dimensions). */
export async function cubeDims(db: Db, organisationId: string, firstMonth: Date, asOf: Date): Promise<CubeDims> {
  // One after the other: `db` may be a transaction's single connection (the seed), where pg refuses
  // overlapping queries (a deprecation warning now, an error in pg 9).
  const departments = await db.department.findMany({ where: { organisationId }, select: { id: true, kind: true }, orderBy: { id: "asc" } });
  const programmes = await db.programme.findMany({ where: { organisationId }, select: { id: true }, orderBy: { id: "asc" } });
  const byKind: Partial<Record<(typeof departments)[number]["kind"], string[]>> = {};
  for (const d of departments) (byKind[d.kind] ??= []).push(d.id);
  return {
    jobcenterDepartments: byKind.JOBCENTER ?? [],
    healthDepartments: byKind.HEALTH_CENTER ?? [],
    diagnosisGroups: [...DIAGNOSIS_GROUPS],
    programmes: programmes.map((p) => p.id),
    months: monthRange(firstMonth, monthOf(asOf)).map(monthKey),
  };
}

/** Aggregate rows → cells: a count per figure, plus the statistics the figure's measure feeds. */
export function rowsToCells(rows: readonly AggregateRow[]): CubeCell[] {
  const cells: CubeCell[] = [];
  for (const r of rows) {
    const slice = { month: r.month, departmentId: r.dept, diagnosisGroup: r.grp, programmeId: r.prog };
    cells.push({ figure: r.fig, ...slice, value: Number(r.n), persons: Number(r.persons) });
    for (const s of STAT_SOURCES[r.fig] ?? []) {
      const v = s.p === 0.5 ? r.p50 : r.p90;
      if (v !== null) cells.push({ figure: s.cell, ...slice, value: Number(v), persons: Number(r.persons) });
    }
  }
  return cells;
}

const ANALYZED_TABLES = [
  "Citizen",
  "SickLeaveCase",
  "CaseStatusChange",
  "FollowUp",
  "Referral",
  "ReferralEvent",
  "Programme",
  "RehabPlan",
  "RehabGoal",
  "ProgressNote",
];

/** All cells of the organisation as of `asOf`, before suppression (tests compare them with ground truth). */
export async function computeCells(db: Db, organisationId: string, asOf: Date, firstMonth: Date): Promise<CubeCell[]> {
  const rows = await db.$transaction(
    async (tx) => {
      // Fresh statistics first (the embedded database has no autovacuum, and without them the planner
      // joins the large intermediate results by nested loops: 3–4× slower). Then hash joins only, one
      // large grouping in memory rather than on disk, and no JIT (the estimates for the generated
      // month series are far too high, and compiling took 5× the query itself).
      await tx.$executeRawUnsafe(`ANALYZE ${ANALYZED_TABLES.map((t) => `"${t}"`).join(", ")}`);
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '256MB'`);
      await tx.$executeRawUnsafe(`SET LOCAL jit = off`);
      await tx.$executeRawUnsafe(`SET LOCAL enable_nestloop = off`);
      return tx.$queryRawUnsafe<AggregateRow[]>(AGGREGATE_SQL, organisationId, isoDay(asOf), isoDay(firstMonth));
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  return rowsToCells(rows);
}

/** One month and filter combination computed directly from the records (no pre-aggregation). */
export async function computeLive(
  db: Db,
  organisationId: string,
  asOf: Date,
  month: Date,
  filter: { departmentId: string; diagnosisGroup: string; programmeId: string },
): Promise<Map<string, { value: number; persons: number }>> {
  const rows = await db.$queryRawUnsafe<LiveRow[]>(
    LIVE_SQL,
    organisationId,
    isoDay(asOf),
    isoDay(month),
    filter.departmentId,
    filter.diagnosisGroup,
    filter.programmeId,
  );
  const out = new Map<string, { value: number; persons: number }>();
  for (const c of rowsToCells(rows.map((r) => ({ ...r, month: monthKey(month), dept: "", grp: "", prog: "" })))) {
    out.set(c.figure, { value: c.value, persons: c.persons });
  }
  return out;
}

const BATCH = 10_000;

/**
 * Recomputes and replaces the key figures of one organisation as of the Danish day `asOf`.
 * Concurrent refreshes of the same organisation write one after the other (advisory lock).
 */
export async function refreshKeyFigures(db: Db, organisationId: string, asOf: Date): Promise<RefreshResult> {
  const started = Date.now();
  const firstMonth = await firstMonthFor(db, organisationId, asOf);
  const cells = await computeCells(db, organisationId, asOf, firstMonth);
  const dims = await cubeDims(db, organisationId, firstMonth, asOf);
  const published: PublishedCell[] = suppressCube(cells, dims);
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"kpi-refresh:" + organisationId})::bigint)`;
      await tx.kpiCell.deleteMany({ where: { organisationId } });
      for (let i = 0; i < published.length; i += BATCH) {
        const rows = published.slice(i, i + BATCH);
        // One statement per batch with a parameter per column (arrays): far fewer parameters than a multi-row VALUES.
        await tx.$executeRawUnsafe(
          `INSERT INTO "KpiCell" ("organisationId", "departmentId", "diagnosisGroup", "programmeId", "month", "figure", "value", "persons", "display")
           SELECT $1, d, g, p, m::date, f, v, n, x::"KpiDisplay"
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::int[], $9::text[]) AS t(d, g, p, m, f, v, n, x)`,
          organisationId,
          rows.map((c) => c.departmentId),
          rows.map((c) => c.diagnosisGroup),
          rows.map((c) => c.programmeId),
          rows.map((c) => `${c.month}-01`),
          rows.map((c) => c.figure),
          rows.map((c) => c.value),
          rows.map((c) => c.persons),
          rows.map((c) => c.display),
        );
      }
      const meta = { refreshedAt: new Date(), asOf, firstMonth, cells: published.length, durationMs: Date.now() - started };
      await tx.kpiRefresh.upsert({ where: { organisationId }, create: { organisationId, ...meta }, update: meta });
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  return {
    cells: published.length,
    hidden: published.filter((c) => c.display !== "VALUE").length,
    months: dims.months.length,
    durationMs: Date.now() - started,
    firstMonth,
  };
}
