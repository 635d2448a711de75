// Small-number suppression of a whole published table at once (SPEC §6, issue 11 "Privacy";
// ADR 0009). Every count is suppressed when it is based on 1–4 people (primary: shown "< 5");
// then further cells are hidden (complementary: shown "–") until no primary cell can be
// recovered by subtraction from what stays visible, through ANY exact relation between published
// cells — totals over a filter dimension, a share's numerator and remainder, a breakdown by
// reason, or the stock-flow identity across months.
//
// 1. primary: 1 ≤ persons ≤ 4;
// 2. local rule: a relation with exactly one hidden cell gets a second one (its cheapest visible
//    cell), repeated until no relation has exactly one;
// 3. global audits: combinations of several relations can still determine a cell exactly
//    (linear-audit.ts), and bounds ("< 5" is 1–4, "–" is at least 5) can pin it down
//    (interval-audit.ts); for each primary cell exposed either way, hide the cheapest visible cell
//    of one of its relations, and go back to 2.
// The "cost" of hiding a cell (set by the caller) prefers detailed filter combinations over totals
// and values ≥ 9: a complement that large leaves the attacker's interval for a primary cell at the
// whole of 1–4 even when he knows that "–" means "0 or at least 5".
import { boundedPrimaries } from "./interval-audit";
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
 * relations and the visible cells; bound reasoning pins no PRIMARY cell that it would not pin with
 * every cell hidden.
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
  const values = cells.map((c) => c.value);
  const relationsOf: number[][] = cells.map(() => []);
  relations.forEach((r, ri) => r.cells.forEach((c) => relationsOf[c]!.push(ri)));

  const hideCheapestIn = (ri: number): number | null => {
    let best: number | null = null;
    for (const c of relations[ri]!.cells) {
      if (marks[c] !== "VALUE") continue;
      if (best === null || cells[c]!.cost < cells[best]!.cost) best = c;
    }
    if (best !== null) marks[best] = "COMPLEMENTARY";
    return best;
  };

  const localRule = (start: Iterable<number>) => {
    const queue = [...start];
    const queued = new Set(queue);
    while (queue.length) {
      const ri = queue.pop()!;
      queued.delete(ri);
      const hidden = relations[ri]!.cells.reduce((n, c) => n + (marks[c] !== "VALUE" ? 1 : 0), 0);
      if (hidden !== 1) continue;
      const added = hideCheapestIn(ri);
      if (added === null) continue;
      for (const next of relationsOf[added]!) {
        if (!queued.has(next)) {
          queued.add(next);
          queue.push(next);
        }
      }
    }
  };

  // What bounds give away from the layout alone, with every cell hidden (e.g. a "< 5" total over
  // four non-empty "< 5" parts: each part is 1). No amount of hiding changes that; the audit only
  // makes sure that the VISIBLE values reveal nothing more.
  const structural = new Set(
    boundedPrimaries(
      values,
      marks.map((m) => (m === "VALUE" ? "COMPLEMENTARY" : m)),
      relations,
    ),
  );
  /** Hidden cells with no visible cell connected to them. */
  const isolated = new Set<number>();
  localRule(relations.keys());
  for (;;) {
    let exposed = exposedPrimaries(cells.length, marks, relations);
    if (exposed.length === 0) exposed = boundedPrimaries(values, marks, relations).filter((i) => !structural.has(i));
    if (exposed.length === 0) break;
    const touched: number[] = [];
    for (const c of exposed) {
      // The cheapest visible cell among the relations of c; failing that, of relations one step away.
      const added = hideNear(c);
      if (added !== null) touched.push(...relationsOf[added]!);
      // Nothing visible is connected to c any more: what pins it is the layout alone.
      else structural.add(c);
    }
    localRule(touched);
  }
  return marks;

  function hideNear(c: number): number | null {
    if (isolated.has(c)) return null;
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
              if (cells[other]!.cost < bestCost) {
                bestCost = cells[other]!.cost;
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
    return null;
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
