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

/** The last day of `d`'s calendar month (UTC midnight). */
export function endOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

/** "End of week N" of a sick-leave period: first absence day + 7N − 1 days (the first absence day is day 1). */
export function endOfWeek(firstAbsenceDay: Date, week: number): Date {
  return addDays(firstAbsenceDay, 7 * week - 1);
}

/** "From week N" of a sick-leave period: first absence day + 7(N − 1) days. */
export function startOfWeek(firstAbsenceDay: Date, week: number): Date {
  return addDays(firstAbsenceDay, 7 * (week - 1));
}

/** The earlier of two days. */
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** The later of two days. */
export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
