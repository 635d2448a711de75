// The managers' board-meeting dashboard (SPEC §6, journey 3): every key figure for a chosen month
// with its 12- or 24-month trend, for one filter combination (department, diagnosis group,
// programme), with targets and target status. Reads only the pre-aggregated, already suppressed
// cells (ADR 0014): aggregates, never a person; a hidden cell's value never leaves the database.
// Two statements (ADR 0025): the board's frame, then the view's cells — the latter kept in memory
// per instance under the refresh run that wrote them (board-cache.ts).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { addMonths, monthKey, monthOf, monthRange, monthsBetween, parseMonthKey } from "@/lib/kpi/months";
import { buildFigureViews, type FigureView } from "@/lib/kpi/view";
import type { TKeyFigureQuery } from "@/lib/validation/kpi";
import { readBoardCells, readBoardFrame } from "./board-reads";
import { cacheCells, cachedCells, cachedFigureViews } from "./board-cache";

export type BoardOptions = {
  departments: { id: string; name: string; kind: "JOBCENTER" | "HEALTH_CENTER" }[];
  programmes: { id: string; name: string; departmentId: string }[];
};

export type BoardFilter = { departmentId: string; diagnosisGroup: string; programmeId: string };

export type KeyFigureBoard =
  | { ready: false; options: BoardOptions }
  | {
      ready: true;
      /** The Danish day the figures were computed as of, and when. */
      asOf: Date;
      refreshedAt: Date;
      /** First and last month with figures ("YYYY-MM"). */
      firstMonth: string;
      lastMonth: string;
      /** The chosen month and the months of the trend (oldest first, ending with it). */
      month: string;
      months: string[];
      window: 12 | 24;
      filter: BoardFilter;
      options: BoardOptions;
      /** Frozen: shared by every request of the same view and run (board-cache.ts). */
      figures: readonly FigureView[];
    };

/**
 * The dashboard for `query`. Month: "YYYY-MM" (default: the last complete month); window: 12 or 24
 * months; filters "" = all. Places for capacity use: active programmes in the filter (a jobcenter
 * department or a diagnosis group does not narrow the places; docs/key-figures.md).
 * @throws NotFoundError without kpi.view, or for a department/programme not of the organisation.
 * @throws DomainRuleError "kpi.errors.month" (field month) for a month without figures.
 */
export const getKeyFigureBoard = defineUseCase(
  { capability: "kpi.view", notFound: "key figures" },
  async (ctx, query: TKeyFigureQuery): Promise<KeyFigureBoard> => {
    const { departments, programmes, targets, refresh } = await readBoardFrame(ctx);
    const options: BoardOptions = { departments, programmes: programmes.map(({ id, name, departmentId }) => ({ id, name, departmentId })) };
    const department = departments.find((d) => d.id === query.departmentId);
    if (query.departmentId && !department) throw new NotFoundError("department", query.departmentId);
    if (query.programmeId && !programmes.some((p) => p.id === query.programmeId)) throw new NotFoundError("programme", query.programmeId);

    if (!refresh) return { ready: false, options };
    const first = monthOf(refresh.firstMonth);
    const last = monthOf(refresh.asOf);
    const previous = addMonths(last, -1);
    const chosen = query.month ? parseMonthKey(query.month)! : previous < first ? last : previous;
    if (chosen < first || chosen > last) throw new DomainRuleError("kpi.errors.month", "month");
    const from = monthsBetween(first, chosen) >= query.window ? addMonths(chosen, 1 - query.window) : first;
    const months = monthRange(from, chosen).map(monthKey);

    const filter: BoardFilter = { departmentId: query.departmentId, diagnosisGroup: query.diagnosisGroup, programmeId: query.programmeId };
    // Snapshot figures ("overdue now") are shown as of the day of computation whatever the month.
    const view = { ...filter, from, to: chosen, asOfMonth: last };
    const scope = ctx.readScopeSql("kpiCell", "c");
    const key = JSON.stringify([refresh.run, refresh.refreshedAt.getTime(), scope.sql, scope.values, filter, months, monthKey(last)]);
    let cells = cachedCells(key);
    let cached = cells !== undefined;
    if (!cells) {
      const read = await readBoardCells(ctx, view);
      // Cached only under the run the cells were read from (a refresh may commit between the two statements).
      cached = read.run === refresh.run;
      cells = cached ? cacheCells(key, read.cells) : read.cells;
    }
    const places = programmes
      .filter((p) => p.active && (!query.programmeId || p.id === query.programmeId))
      // A department filter that owns programmes (a health center) counts only its own places.
      .filter((p) => !department || !programmes.some((q) => q.departmentId === department.id) || p.departmentId === department.id)
      .reduce((n, p) => n + p.capacity, 0);
    const build = () => buildFigureViews(cells, months, new Map(targets.map((t) => [t.figure, t.value])), places, monthKey(last));
    return {
      ready: true,
      asOf: refresh.asOf,
      refreshedAt: refresh.refreshedAt,
      firstMonth: monthKey(first),
      lastMonth: monthKey(last),
      month: monthKey(chosen),
      months,
      window: query.window,
      filter,
      options,
      figures: cached ? cachedFigureViews(key, { targets, places }, build) : build(),
    };
  },
);
