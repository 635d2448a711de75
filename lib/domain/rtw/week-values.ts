// Values of return-to-work weeks (pure, not a use case): Decimal columns as numbers, and the JSON
// form of a schedule in the correction history.
import type { RtwStatus } from "@/lib/rtw/plan";

/** A plan's live (not removed) weeks in week order, with the given columns. */
export function liveWeeks<S extends Record<string, true>>(select: S) {
  return { where: { removedAt: null }, orderBy: { weekNumber: "asc" as const }, select };
}

/** All columns of a week that weekValue reads. */
export const weekSelect = {
  id: true,
  weekNumber: true,
  plannedHours: true,
  plannedDays: true,
  pattern: true,
  actualHours: true,
  note: true,
} as const;

/** What every view of a plan shows: its status, first day and employer contact. */
export const planSummarySelect = { id: true, status: true, startOn: true, employerContact: true } as const;

/** The plan fields (and live weeks) every write to a plan, its weeks or its proposals needs. */
export const planForWriteSelect = {
  ...planSummarySelect,
  caseId: true,
  version: true,
  note: true,
  case: { select: { citizenId: true } },
  weeks: liveWeeks(weekSelect),
};

type WeekRow = {
  id: string;
  weekNumber: number;
  plannedHours: { toNumber(): number };
  plannedDays: number;
  pattern: string | null;
  actualHours: { toNumber(): number } | null;
  note: string | null;
};

/** A week with hours as numbers (hours per week, half hours). */
export function weekValue(w: WeekRow) {
  return {
    id: w.id,
    weekNumber: w.weekNumber,
    plannedHours: w.plannedHours.toNumber(),
    plannedDays: w.plannedDays,
    pattern: w.pattern,
    actualHours: w.actualHours === null ? null : w.actualHours.toNumber(),
    note: w.note,
  };
}

export type WeekValue = ReturnType<typeof weekValue>;

/** A plan loaded with planForWriteSelect, with its status typed and its weeks as numbers. */
export function planValue<P extends { status: string; weeks: WeekRow[] }>(
  p: P,
): Omit<P, "status" | "weeks"> & { status: RtwStatus; weeks: WeekValue[] } {
  return { ...p, status: p.status as RtwStatus, weeks: p.weeks.map(weekValue) };
}

/** JSON form of a schedule for the correction history. */
export function scheduleHistory(
  weeks: readonly { weekNumber: number; plannedHours: number; plannedDays: number; pattern: string | null; actualHours?: number | null }[],
) {
  return weeks.map((w) => ({
    week: w.weekNumber,
    plannedHours: w.plannedHours,
    plannedDays: w.plannedDays,
    pattern: w.pattern,
    ...(w.actualHours !== undefined && w.actualHours !== null ? { actualHours: w.actualHours } : {}),
  }));
}
