// The two statements behind the board dashboard, the board pack and the exports (ADR 0025): the
// board's frame (departments, programmes, targets, the last refresh) in one statement, and the cells
// of one view (the trend window, plus the snapshot cells of the refresh month) in another, with a
// hidden cell's value dropped in SQL — a suppressed number never leaves the database. Raw SQL
// through the use case's transaction; every table's rows are limited by the policy's scope
// (`ctx.readScopeSql`), never by a filter written here.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { isoDay } from "@/lib/time";
import type { ShownCell } from "@/lib/kpi/view";
import { SNAPSHOT_CELLS } from "@/lib/kpi/figures";

export type BoardDepartment = { id: string; name: string; kind: "JOBCENTER" | "HEALTH_CENTER" };
export type BoardProgramme = { id: string; name: string; departmentId: string; capacity: number; active: boolean };

export type BoardFrame = {
  departments: BoardDepartment[];
  programmes: BoardProgramme[];
  targets: { figure: string; value: number | null }[];
  /** The organisation's last key-figure refresh; null before the first. `run`: the refresh's transaction (its row version), which changes with every refresh. */
  refresh: { asOf: Date; refreshedAt: Date; firstMonth: Date; run: string } | null;
};

type FrameRow = {
  departments: BoardDepartment[];
  programmes: BoardProgramme[];
  targets: BoardFrame["targets"];
  asOf: Date | null;
  refreshedAt: Date | null;
  firstMonth: Date | null;
  run: string | null;
};

/**
 * Departments (by kind, then name), programmes (by name), targets and the last refresh of the
 * actor's organisation, in ONE statement (one snapshot).
 */
export async function readBoardFrame(ctx: UseCaseContext): Promise<BoardFrame> {
  const [row] = await ctx.tx.$queryRaw<FrameRow[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', d."id", 'name', d."name", 'kind', d."kind") ORDER BY d."kind", d."name"), '[]'::json)
         FROM "Department" d WHERE ${ctx.readScopeSql("department", "d")}) AS "departments",
      (SELECT coalesce(json_agg(json_build_object('id', p."id", 'name', p."name", 'departmentId', p."departmentId",
                                                  'capacity', p."capacity", 'active', p."active") ORDER BY p."name"), '[]'::json)
         FROM "Programme" p WHERE ${ctx.readScopeSql("programme", "p")}) AS "programmes",
      (SELECT coalesce(json_agg(json_build_object('figure', t."figure", 'value', t."value")), '[]'::json)
         FROM "KpiTarget" t WHERE ${ctx.readScopeSql("kpiTarget", "t")}) AS "targets",
      r."asOf", r."refreshedAt", r."firstMonth", r.xmin::text AS "run"
    FROM (SELECT 1) AS one
    LEFT JOIN "KpiRefresh" r ON ${ctx.readScopeSql("kpiRefresh", "r")}`;
  const { departments, programmes, targets, asOf, refreshedAt, firstMonth, run } = row!;
  return {
    departments,
    programmes,
    targets,
    refresh: asOf && refreshedAt && firstMonth && run ? { asOf, refreshedAt, firstMonth, run } : null,
  };
}

/** One view of the cells: a filter combination ("" = all) and the months to read. */
export type CellView = {
  departmentId: string;
  diagnosisGroup: string;
  programmeId: string;
  /** First and last month of the trend (first days of months). */
  from: Date;
  to: Date;
  /** The refresh month: its snapshot cells ("overdue now") are read too when it is after `to`. */
  asOfMonth: Date;
};

type CellRow = { figure: string; month: string; value: number | null; display: ShownCell["display"]; run: string };

/**
 * The shown cells of `view` and the refresh run they belong to (read in the same statement, so the
 * two always agree). Hidden cells come without a value. Served by KpiCell's primary key
 * (organisation, department, group, programme, month, figure): two index range scans.
 */
export async function readBoardCells(ctx: UseCaseContext, view: CellView): Promise<{ run: string | null; cells: ShownCell[] }> {
  const base = Prisma.sql`${ctx.readScopeSql("kpiCell", "c")} AND c."organisationId" = r."organisationId"
    AND c."departmentId" = ${view.departmentId} AND c."diagnosisGroup" = ${view.diagnosisGroup} AND c."programmeId" = ${view.programmeId}`;
  const columns = Prisma.sql`c."figure", to_char(c."month", 'YYYY-MM') AS "month",
    CASE WHEN c."display" = 'VALUE' THEN c."value" END AS "value", c."display"::text AS "display"`;
  // The refresh row LEFT JOINs its cells, so a view without cells still reads the run: an empty view
  // is cached like any other (before, it had no row to carry the run and was read on every request).
  const found = await ctx.tx.$queryRaw<(CellRow | (Omit<CellRow, "figure"> & { figure: null }))[]>`
    SELECT r.xmin::text AS "run", x.* FROM "KpiRefresh" r LEFT JOIN LATERAL (
      SELECT ${columns} FROM "KpiCell" c
       WHERE ${base} AND c."month" BETWEEN ${isoDay(view.from)}::date AND ${isoDay(view.to)}::date
      UNION ALL
      SELECT ${columns} FROM "KpiCell" c
       WHERE ${base} AND ${isoDay(view.asOfMonth)}::date > ${isoDay(view.to)}::date
         AND c."month" = ${isoDay(view.asOfMonth)}::date AND c."figure" = ANY(${[...SNAPSHOT_CELLS]}::text[])
    ) x ON true
    WHERE ${ctx.readScopeSql("kpiRefresh", "r")}`;
  const rows = found.filter((r): r is CellRow => r.figure !== null);
  const cells = rows.map((r): ShownCell =>
    r.display === "VALUE"
      ? { figure: r.figure, month: r.month, display: "VALUE", value: r.value! }
      : { figure: r.figure, month: r.month, display: r.display },
  );
  return { run: found[0]?.run ?? null, cells };
}
