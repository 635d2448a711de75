// Calendar-day arithmetic on UTC-midnight dates (the shape of @db.Date values). Pure.
// Day values and their arithmetic live in lib/time.ts (Danish time in one place, ADR 0008); the
// rules engine's own calendar rules (weeks of sick leave, months) are below.
import { addDays, daysBetween } from "@/lib/time";

export { addDays, daysBetween };

/** Completed weeks of sick leave on `on`, with the first absence day as day 1 of week 1. */
export function caseAgeWeeks(firstAbsenceDay: Date, on: Date): number {
  return Math.max(0, Math.floor(daysBetween(firstAbsenceDay, on) / 7));
}

/** Calendar months added, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}
