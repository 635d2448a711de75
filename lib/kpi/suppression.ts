// Small-number suppression of a whole published table at once (SPEC §6, issue 11 "Privacy";
// ADR 0014). Every count is suppressed when it is based on 1–4 people (primary: shown "< 5");
// then further cells are hidden (complementary: shown "–") until no primary cell can be
// recovered by subtraction from what stays visible, through ANY exact relation between published
// cells — totals over a filter dimension, a share's numerator and remainder, a breakdown by
// reason, or the stock-flow identity across months.
//
// 1. primary: 1 ≤ persons ≤ 4;
// 2. local rule: a relation with exactly one hidden cell gets a second one (its cheapest visible
//    cell), repeated until no relation has exactly one;
// 3. global audit (linear-audit.ts): combinations of several relations can still determine a
//    cell exactly; for each primary cell so exposed, hide the cheapest visible cell of one of its
//    relations (or of the nearest relation that still has one), and go back to 2.
//
// Not guaranteed: bound reasoning. "< 5" tells 1–4, and "–" at least 5 (zeros are never hidden),
// so e.g. a total of 6 = "< 5" + "–" leaves only 1. Complements of 9 or more are preferred, which
// keeps 1–4 open for one relation; across several relations it is not guaranteed (ADR 0014).
// The "cost" of hiding a cell is set by the caller (lib/kpi/cube.ts: detailed filter combinations
// before totals, values ≥ 9 before smaller ones). Cells tied by a two-cell relation (equal values)
// are hidden together and cost what the dearest of them costs.
import { determinedColumns } from "./linear-audit";

export const SUPPRESSION_THRESHOLD = 5;

export type Mark = "VALUE" | "PRIMARY" | "COMPLEMENTARY";

export type AuditCell = {
  value: number;
  /** Distinct people behind the value. */
  persons: number;
  /** How much is lost by hiding the cell as a complement (lower is hidden first). */
  cost: number;
};

/** An exact linear relation Σ coefs[i]·value(cells[i]) = 0 between published cells. */
export type Relation = { cells: number[]; coefs: number[] };

/** True for a count of people that must not be shown (1–4; zero is shown). */
export function isSmall(persons: number): boolean {
  return persons > 0 && persons < SUPPRESSION_THRESHOLD;
}

/**
 * Decides the display of every cell: VALUE, PRIMARY ("< 5") or COMPLEMENTARY ("–").
 * Guarantees (tested): PRIMARY exactly for 1–4 people; no PRIMARY cell is determined by the
 * relations and the visible cells (exact recovery by any combination of sums and differences).
 */
export function suppressCells(cells: readonly AuditCell[], relations: readonly Relation[]): Mark[] {
  // Cells that no chain of relations connects are independent problems: solve each on its own
  // (the audits are much cheaper on a month's breakdown than on the whole table).
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const r of relations) for (const c of r.cells) parent[find(c)] = find(r.cells[0]!);
  const groups = new Map<number, { cells: number[]; relations: Relation[] }>();
  cells.forEach((_, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, { cells: [], relations: [] });
    groups.get(root)!.cells.push(i);
  });
  for (const r of relations) groups.get(find(r.cells[0]!))!.relations.push(r);
  const marks: Mark[] = new Array(cells.length);
  for (const g of groups.values()) {
    const local = new Map(g.cells.map((c, i) => [c, i]));
    const sub = suppressComponent(
      g.cells.map((c) => cells[c]!),
      g.relations.map((r) => ({ cells: r.cells.map((c) => local.get(c)!), coefs: r.coefs })),
    );
    g.cells.forEach((c, i) => (marks[c] = sub[i]!));
  }
  return marks;
}

/** suppressCells for one connected group of cells. */
function suppressComponent(cells: readonly AuditCell[], relations: readonly Relation[]): Mark[] {
  const marks: Mark[] = cells.map((c) => (isSmall(c.persons) ? "PRIMARY" : "VALUE"));
  const relationsOf: number[][] = cells.map(() => []);
  relations.forEach((r, ri) => r.cells.forEach((c) => relationsOf[c]!.push(ri)));

  // Cells tied by a two-cell relation are equal (a total with one non-zero part): hiding one
  // without the other hides nothing, so they are hidden together, and choosing one costs what the
  // dearest of them costs (otherwise hiding a detail would drag its organisation total along).
  const tie = cells.map((_, i) => i);
  const root = (i: number): number => {
    while (tie[i] !== i) i = tie[i] = tie[tie[i]!]!;
    return i;
  };
  for (const r of relations) if (r.cells.length === 2) tie[root(r.cells[0]!)] = root(r.cells[1]!);
  const members = new Map<number, number[]>();
  cells.forEach((_, i) => {
    const g = root(i);
    if (!members.has(g)) members.set(g, []);
    members.get(g)!.push(i);
  });
  const groupCost = new Map<number, number>();
  for (const [g, ms] of members) groupCost.set(g, Math.max(...ms.map((m) => cells[m]!.cost)));
  const costOf = (c: number) => groupCost.get(root(c))!;

  /** Hides the cheapest visible cell of relation `ri` with the cells tied to it; returns what was hidden. */
  const hideCheapestIn = (ri: number): number[] => {
    let best: number | null = null;
    for (const c of relations[ri]!.cells) {
      if (marks[c] !== "VALUE") continue;
      if (best === null || costOf(c) < costOf(best)) best = c;
    }
    if (best === null) return [];
    const hidden = members.get(root(best))!.filter((m) => marks[m] === "VALUE");
    for (const m of hidden) marks[m] = "COMPLEMENTARY";
    return hidden;
  };

  const localRule = (start: Iterable<number>) => {
    const queue = [...start];
    const queued = new Set(queue);
    while (queue.length) {
      const ri = queue.pop()!;
      queued.delete(ri);
      const hidden = relations[ri]!.cells.reduce((n, c) => n + (marks[c] !== "VALUE" ? 1 : 0), 0);
      if (hidden !== 1) continue;
      for (const added of hideCheapestIn(ri)) {
        for (const next of relationsOf[added]!) {
          if (!queued.has(next)) {
            queued.add(next);
            queue.push(next);
          }
        }
      }
    }
  };

  /** Hidden cells with no visible cell connected to them. */
  const isolated = new Set<number>();
  localRule(relations.keys());
  for (;;) {
    const exposed = exposedPrimaries(cells.length, marks, relations);
    if (exposed.length === 0) break;
    const touched: number[] = [];
    for (const c of exposed) {
      // The cheapest visible cell among the relations of c; failing that, of relations one step away.
      for (const a of hideNear(c)) touched.push(...relationsOf[a]!);
    }
    // A cell determined by the relations is tied to some visible cell, so something was hidden.
    if (touched.length === 0) throw new Error("suppression: an exposed cell has no visible cell left to hide");
    localRule(touched);
  }
  return marks;

  function hideNear(c: number): number[] {
    if (isolated.has(c)) return [];
    const seenRelations = new Set<number>();
    const seenCells = new Set<number>([c]);
    let frontier = [c];
    while (frontier.length) {
      let bestRel: number | null = null;
      let bestCost = Infinity;
      const next: number[] = [];
      for (const cell of frontier) {
        for (const ri of relationsOf[cell]!) {
          if (seenRelations.has(ri)) continue;
          seenRelations.add(ri);
          for (const other of relations[ri]!.cells) {
            if (marks[other] === "VALUE") {
              if (costOf(other) < bestCost) {
                bestCost = costOf(other);
                bestRel = ri;
              }
            } else if (!seenCells.has(other)) {
              seenCells.add(other);
              next.push(other);
            }
          }
        }
      }
      if (bestRel !== null) return hideCheapestIn(bestRel);
      frontier = next;
    }
    // No visible cell is connected to these hidden cells; none will be (cells only get hidden).
    for (const x of seenCells) isolated.add(x);
    return [];
  }
}

/** The PRIMARY cells that the relations determine from the visible cells. */
export function exposedPrimaries(cellCount: number, marks: readonly Mark[], relations: readonly Relation[]): number[] {
  const column = new Int32Array(cellCount).fill(-1);
  let n = 0;
  for (let i = 0; i < cellCount; i++) if (marks[i] !== "VALUE") column[i] = n++;
  const rows = relations.flatMap((r) => {
    const cols: number[] = [];
    const coefs: number[] = [];
    r.cells.forEach((c, i) => {
      if (column[c]! >= 0) {
        cols.push(column[c]!);
        coefs.push(r.coefs[i]!);
      }
    });
    return cols.length ? [{ cols, coefs }] : [];
  });
  const primaries: number[] = [];
  for (let i = 0; i < cellCount; i++) if (marks[i] === "PRIMARY") primaries.push(i);
  const determined = new Set(
    determinedColumns(
      rows,
      primaries.map((i) => column[i]!),
    ),
  );
  return primaries.filter((i) => determined.has(column[i]!));
}
