// The sentences that name the board's current view and its filters (dashboard and board pack).
// Pure: the translator and the formatted month come in, so the texts are unit-tested (tests/unit).
import type { T } from "@/lib/i18n/server";

/** What the texts need of a ready board: the chosen filters and the names they are chosen from. */
export type FilterTextBoard = {
  filter: { departmentId: string; diagnosisGroup: string; programmeId: string };
  options: { departments: { id: string; name: string }[]; programmes: { id: string; name: string }[] };
  months: readonly unknown[];
};

/** The chosen filters by name, in the form's order: department, diagnosis group, programme; [] = none. */
export function filterParts(board: FilterTextBoard, t: T): string[] {
  return [
    board.options.departments.find((d) => d.id === board.filter.departmentId)?.name,
    board.filter.diagnosisGroup ? t(`cases.diagnosisGroup.${board.filter.diagnosisGroup as "MENTAL"}`) : undefined,
    board.options.programmes.find((p) => p.id === board.filter.programmeId)?.name,
  ].filter((x): x is string => !!x);
}

/** "Jobcenter A, Psykisk, Rygskole" or "ingen filtre": the board pack's "Udsnit: …" line. */
export function filterSummary(board: FilterTextBoard, t: T): string {
  const parts = filterParts(board, t);
  return parts.length ? parts.join(", ") : t("kpi.filters.none");
}

/**
 * The dashboard's sentence over the figures, ending with a full stop in both languages:
 * "Viser oktober 2026 (12 måneders udvikling). Udsnit: Jobcenter Syd, Rygskole." or
 * "Viser oktober 2026 (12 måneders udvikling) uden filtre." `month`: the chosen month, formatted.
 */
export function currentViewSentence(board: FilterTextBoard, month: string, t: T): string {
  const parts = filterParts(board, t);
  const window = board.months.length;
  return parts.length
    ? t("kpi.filters.current", { month, window, filters: parts.join(", ") })
    : t("kpi.filters.currentAll", { month, window });
}
