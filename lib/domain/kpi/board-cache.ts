// The cells of the board's views, kept in memory per server instance (ADR 0025). Correct with any
// number of stateless instances: the key holds the refresh run that wrote the cells (the
// KpiRefresh row's version, read from the database with every request), so a refresh anywhere
// changes the key everywhere, and the actor's read scope (organisation) and the view. Cells only
// ever change with a refresh (lib/kpi/refresh: delete, insert and the KpiRefresh row in one
// transaction). Entries hold what the page may show anyway: a hidden cell has no value.
import "server-only";
import type { FigureView, ShownCell } from "@/lib/kpi/view";

/** Views kept (least recently used dropped first); ~30 figures × 13 months ≈ 400 small cells each. */
const MAX_ENTRIES = 500;

const entries = new Map<string, readonly ShownCell[]>();
const views = new Map<string, readonly FigureView[]>();

/** The cached cells of `key`, or undefined. */
export function cachedCells(key: string): readonly ShownCell[] | undefined {
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
  }
  return hit;
}

/** Keeps `cells` (frozen: callers share them) under `key`. */
export function cacheCells(key: string, cells: ShownCell[]): readonly ShownCell[] {
  const frozen = Object.freeze(cells.map((c) => Object.freeze(c)));
  entries.set(key, frozen);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return frozen;
}

/**
 * The figure views built from a cached view's cells, kept under the cells' `key` plus everything else
 * they are built from (targets, places: read live with every request, so a changed target or place
 * count is a new key). The same frozen objects are handed to every request of the view, so that the
 * page can keep their formatted texts (WeakMap by view, app/(app)/dashboard/_components/present.ts).
 * `build` runs on a miss; only call this with cells that came from the cache under `cellsKey`.
 */
export function cachedFigureViews(cellsKey: string, inputs: unknown, build: () => FigureView[]): readonly FigureView[] {
  const key = `${cellsKey}|${JSON.stringify(inputs)}`;
  let hit = views.get(key);
  if (hit) {
    views.delete(key);
  } else {
    hit = Object.freeze(build().map((v) => Object.freeze(v)));
    while (views.size >= MAX_ENTRIES) views.delete(views.keys().next().value!);
  }
  views.set(key, hit);
  return hit;
}

/** Entries held now (tests). */
export function cachedViews(): number {
  return entries.size;
}
