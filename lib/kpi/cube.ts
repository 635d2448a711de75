// The published key-figure table as one object: every figure, month and filter combination
// (department, diagnosis group, programme; "" = all), and the exact relations between its cells
// that an attacker could combine (docs/key-figures.md "Privacy"):
//
// - a total over one filter dimension equals the sum of its values (only where that holds exactly
//   in the data: a case belongs to one jobcenter department and one diagnosis group, but to any
//   number of programmes and health-center departments, and a relation with a remainder is no
//   relation an attacker can use);
// - a share's denominator = numerator + remainder; a total = the sum of its reason categories;
// - active cases at month end: stock(m) = stock(m−1) + inflow(m) − outflow(m).
//
// Cells that do not exist are zero: they are shown as 0 and never hidden (a zero is often known
// anyway, e.g. a programme of another department). Pure.
import { BREAKDOWN_FAMILIES, SHARE_FAMILIES, STAT_CELLS, STOCK_FLOW } from "./figures";
import { isSmall, suppressCells, type AuditCell, type Mark, type Relation } from "./suppression";

export type CubeCell = {
  figure: string;
  /** "YYYY-MM" */
  month: string;
  departmentId: string;
  diagnosisGroup: string;
  programmeId: string;
  value: number;
  persons: number;
};

export type CubeDims = {
  jobcenterDepartments: readonly string[];
  healthDepartments: readonly string[];
  diagnosisGroups: readonly string[];
  programmes: readonly string[];
  /** All months of the table, oldest first ("YYYY-MM"). */
  months: readonly string[];
};

export type PublishedCell = CubeCell & { display: Mark };

const sliceOf = (c: Pick<CubeCell, "departmentId" | "diagnosisGroup" | "programmeId">) =>
  `${c.departmentId}|${c.diagnosisGroup}|${c.programmeId}`;
const keyOf = (figure: string, month: string, slice: string) => `${figure}|${month}|${slice}`;

/** Filters left open ("all") in a cell: 0 for a fully filtered cell, 3 for the organisation total. */
function openFilters(c: CubeCell): number {
  return (c.departmentId === "" ? 1 : 0) + (c.diagnosisGroup === "" ? 1 : 0) + (c.programmeId === "" ? 1 : 0);
}

/**
 * Hiding cost: detailed combinations before totals, the organisation's totals (no filter) only as a
 * last resort; flows before the stock of active cases (hiding a stock ties two months together, so
 * the hiding would spread along the months); values ≥ 9 before smaller ones (see suppression.ts).
 */
export function hidingCost(c: CubeCell): number {
  const open = openFilters(c);
  return (open === 3 ? 1000 : open * 10) + (c.figure === STOCK_FLOW.stock ? 5 : 0) + (c.value >= 9 ? 0 : 3) + c.value / 1e6;
}

/** The exact relations between the cells (indexes into `cells`). */
export function cubeRelations(cells: readonly CubeCell[], dims: CubeDims): Relation[] {
  const index = new Map<string, number>();
  cells.forEach((c, i) => index.set(keyOf(c.figure, c.month, sliceOf(c)), i));
  const at = (figure: string, month: string, slice: string) => index.get(keyOf(figure, month, slice));
  const valueOf = (i: number | undefined) => (i === undefined ? 0 : cells[i]!.value);
  const relations: Relation[] = [];
  /** total = Σ parts, kept only when it holds exactly and involves something. */
  const sum = (total: number | undefined, parts: (number | undefined)[]) => {
    const present = parts.filter((p): p is number => p !== undefined);
    if (valueOf(total) !== present.reduce((s, p) => s + valueOf(p), 0)) return;
    const r: Relation = { cells: [], coefs: [] };
    if (total !== undefined) (r.cells.push(total), r.coefs.push(1));
    for (const p of present) (r.cells.push(p), r.coefs.push(-1));
    if (r.cells.length > 1) relations.push(r);
  };
  const stats = new Set(STAT_CELLS);
  const shareDens = new Map(SHARE_FAMILIES.map((f) => [f.den, f]));
  const breakdowns = new Map(BREAKDOWN_FAMILIES.map((f) => [f.total, f]));

  cells.forEach((c, i) => {
    if (stats.has(c.figure)) return;
    const { departmentId: d, diagnosisGroup: g, programmeId: p, figure: f, month: m } = c;
    if (d === "") {
      sum(
        i,
        dims.jobcenterDepartments.map((x) => at(f, m, `${x}|${g}|${p}`)),
      );
      sum(
        i,
        dims.healthDepartments.map((x) => at(f, m, `${x}|${g}|${p}`)),
      );
    }
    if (g === "")
      sum(
        i,
        dims.diagnosisGroups.map((x) => at(f, m, `${d}|${x}|${p}`)),
      );
    if (p === "")
      sum(
        i,
        dims.programmes.map((x) => at(f, m, `${d}|${g}|${x}`)),
      );
    const share = shareDens.get(f);
    if (share) sum(i, [at(share.num, m, sliceOf(c)), at(share.comp, m, sliceOf(c))]);
    const breakdown = breakdowns.get(f);
    if (breakdown)
      sum(
        i,
        breakdown.parts.map((x) => at(x, m, sliceOf(c))),
      );
  });

  // Stock and flows: stock(m) − stock(m−1) − inflow(m) + outflow(m) = 0, per filter combination.
  const flowSlices = new Set(
    cells.filter((c) => c.figure === STOCK_FLOW.stock || c.figure === STOCK_FLOW.inflow || c.figure === STOCK_FLOW.outflow).map(sliceOf),
  );
  for (const slice of flowSlices) {
    dims.months.forEach((m, k) => {
      const now = at(STOCK_FLOW.stock, m, slice);
      const before = k > 0 ? at(STOCK_FLOW.stock, dims.months[k - 1]!, slice) : undefined;
      const inflow = at(STOCK_FLOW.inflow, m, slice);
      const outflow = at(STOCK_FLOW.outflow, m, slice);
      const terms: [number | undefined, number][] = [
        [now, 1],
        [before, -1],
        [inflow, -1],
        [outflow, 1],
      ];
      if (terms.reduce((s, [i, coef]) => s + coef * valueOf(i), 0) !== 0) return;
      const present = terms.filter((t): t is [number, number] => t[0] !== undefined);
      if (present.length > 1) relations.push({ cells: present.map((t) => t[0]), coefs: present.map((t) => t[1]) });
    });
  }
  return relations;
}

/**
 * Suppresses the whole table: statistics (medians, percentiles) by their own number of people,
 * counts by suppressCells over all relations at once, so that every view, filter combination,
 * month and export shows the same cells the same way.
 */
export function suppressCube(cells: readonly CubeCell[], dims: CubeDims): PublishedCell[] {
  const stats = new Set(STAT_CELLS);
  // Nearby cells get nearby columns: the elimination stays sparse along a slice's months.
  const order = [...cells].sort(
    (a, b) => sliceOf(a).localeCompare(sliceOf(b)) || a.month.localeCompare(b.month) || a.figure.localeCompare(b.figure),
  );
  const counts = order.filter((c) => !stats.has(c.figure));
  const audit: AuditCell[] = counts.map((c) => ({ value: c.value, persons: c.persons, cost: hidingCost(c) }));
  const marks = suppressCells(audit, cubeRelations(counts, dims));
  const out: PublishedCell[] = counts.map((c, i) => ({ ...c, display: marks[i]! }));
  for (const c of order) if (stats.has(c.figure)) out.push({ ...c, display: isSmall(c.persons) ? "PRIMARY" : "VALUE" });
  return out;
}
