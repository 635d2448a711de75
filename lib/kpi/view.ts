// From stored cells to what a manager sees (pure, browser-safe): each figure's value per month of
// the trend, with its suppression, the target beside it and the status. Suppressed values never
// get here: the use case drops the value of every hidden cell before calling this.
import { FIGURES, FIGURE_KEYS, REASON_CATEGORIES, reasonCell, type FigureKey, type FigureShape, type ReasonCategory } from "./figures";
import { targetStatus, type TargetStatus } from "./target-status";

/** A published cell as the use case hands it on: a value only when it may be shown. */
export type ShownCell =
  | { figure: string; month: string; display: "VALUE"; value: number }
  | { figure: string; month: string; display: "PRIMARY" | "COMPLEMENTARY" };

/** One value on the dashboard: shown, "< 5", "–" (complementary), or NONE (not available: no people in the base, or a snapshot of another month). */
export type Shown = { kind: "value"; value: number } | { kind: "small" } | { kind: "protected" } | { kind: "none" };

export type Point = { month: string; value: Shown; num?: Shown; den?: Shown };

export type FigureView = {
  key: FigureKey;
  points: Point[];
  /** The chosen month (last point); for a snapshot figure, the day of computation. */
  current: Point;
  target: number | null;
  status: TargetStatus;
  /** Reason categories of the chosen month (rejections, returns, drop-outs). */
  reasons?: { code: ReasonCategory; value: Shown }[];
};

const shownOf = (cell: ShownCell | undefined): Shown =>
  !cell
    ? { kind: "value", value: 0 }
    : cell.display === "VALUE"
      ? { kind: "value", value: cell.value }
      : cell.display === "PRIMARY"
        ? { kind: "small" }
        : { kind: "protected" };

/** A share in per cent from its numerator and denominator cells (and the remainder's suppression). */
function share(num: Shown, den: Shown, compSmall: boolean): Shown {
  if (num.kind === "value" && den.kind === "value")
    return den.value === 0 ? { kind: "none" } : { kind: "value", value: (100 * num.value) / den.value };
  return num.kind === "small" || den.kind === "small" || compSmall ? { kind: "small" } : { kind: "protected" };
}

/**
 * Builds every figure's view for `months` (oldest first; the last is the chosen month).
 * @param places programme places in the filter (capacity use = people in a place / places)
 * @param asOfMonth the month of the refresh day: a snapshot figure ("now") has its single point there
 *   (its cells must be among `cells` even when that month is outside `months`)
 */
export function buildFigureViews(
  cells: readonly ShownCell[],
  months: readonly string[],
  targets: ReadonlyMap<string, number | null>,
  places: number,
  asOfMonth: string,
): FigureView[] {
  const at = new Map(cells.map((c) => [`${c.figure}|${c.month}`, c]));
  const get = (figure: string, month: string) => at.get(`${figure}|${month}`);
  return FIGURE_KEYS.map((key) => {
    const spec = FIGURES[key];
    const shape: FigureShape = spec.shape;
    // A snapshot ("now") has one point: the day the figures were computed, whatever month is chosen.
    const pointMonths = "snapshot" in spec && spec.snapshot ? [asOfMonth] : months;
    const points = pointMonths.map((month): Point => {
      switch (shape.kind) {
        case "count":
          return { month, value: shownOf(get(shape.cell, month)) };
        case "stat": {
          const c = get(shape.cell, month);
          return { month, value: c ? shownOf(c) : { kind: "none" } };
        }
        case "capacity": {
          const inUse = shownOf(get(shape.cell, month));
          const value: Shown =
            places === 0 ? { kind: "none" } : inUse.kind === "value" ? { kind: "value", value: (100 * inUse.value) / places } : inUse;
          return { month, value, num: inUse, den: { kind: "value", value: places } };
        }
        case "share": {
          const num = shownOf(get(shape.num, month));
          const den = shownOf(get(shape.den, month));
          return { month, value: share(num, den, get(shape.comp, month)?.display === "PRIMARY"), num, den };
        }
      }
    });
    const current = points.at(-1)!;
    const target = targets.get(key) ?? null;
    const view: FigureView = { key, points, current, target, status: targetStatus(current.value, target, spec.better) };
    if (shape.kind === "count" && shape.reasons) {
      const month = current.month;
      const step = shape.reasons;
      view.reasons = REASON_CATEGORIES.map((code) => ({ code, value: shownOf(get(reasonCell(step, code), month)) }));
    }
    return view;
  });
}
