// Calendar months for the key figures. A month is the `Date` of its first day at UTC midnight
// (the shape of `@db.Date` values, see lib/time.ts); its key is "YYYY-MM". Pure, browser-safe.

/** The first day of the month of `day` (a day value, UTC midnight). */
export function monthOf(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

/** `month` moved by `n` calendar months (n may be negative). */
export function addMonths(month: Date, n: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + n, 1));
}

/** The last day of the month that starts on `month`. */
export function lastDayOf(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
}

/** "YYYY-MM" of a month. */
export function monthKey(month: Date): string {
  return month.toISOString().slice(0, 7);
}

/** "YYYY-MM" (2000–2100) → the month's first day, or null. */
export function parseMonthKey(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return new Date(Date.UTC(year, month - 1, 1));
}

/** Whole months from `a` to `b` (b − a), for month values. */
export function monthsBetween(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/** The months from `from` to `to`, both included, oldest first (empty when to < from). */
export function monthRange(from: Date, to: Date): Date[] {
  const n = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addMonths(from, i));
}

/** `day` moved by `n` calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: Date, n: number): Date {
  const target = addMonths(monthOf(day), n);
  const last = lastDayOf(target).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), last)));
}
