// Danish time in one place (ADR 0008). Samspil stores two kinds of time:
//
// - instants (`DateTime` columns: when a follow-up was held, when a row was written), and
// - calendar days (`@db.Date` columns: first absence day, due dates), which Prisma hands over as a
//   `Date` at UTC midnight of that day.
//
// Every legal deadline counts Danish calendar days, so turning an instant into "its day" must use
// Danish time (a follow-up held 00:30 Danish time on 1 March belongs to 1 March, although it is still
// 28 February in UTC). This module is the only place that converts between the two; it is pure and
// browser-safe (the shared zod schemas use it), and it uses @date-fns/tz for the time-zone rules.
import { TZDate, tzOffset } from "@date-fns/tz";

import { DANISH_TIME_ZONE } from "./time-zone";

/** The time zone of every Danish municipality (lib/time-zone.ts, tz-free for browser code). */
export { DANISH_TIME_ZONE };

const DAY_MS = 86_400_000;

/** A calendar day as the `Date` shape of a `@db.Date` value: UTC midnight of that day. */
export function utcDay(year: number, month1: number, day: number): Date {
  return new Date(Date.UTC(year, month1 - 1, day));
}

/**
 * The Danish calendar day of an instant, as UTC midnight (the shape of `@db.Date` values).
 * 2026-02-28T23:30:00Z (00:30 on 1 March in Denmark) → 2026-03-01T00:00:00Z.
 */
export function danishDayOf(instant: Date): Date {
  const local = new TZDate(instant.getTime(), DANISH_TIME_ZONE);
  return utcDay(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** Today's calendar day in Denmark, as UTC midnight. Servers use `today()` in lib/time/server.ts (it honours SAMSPIL_TODAY). */
export function todayInDenmark(now: Date = new Date()): Date {
  return danishDayOf(now);
}

/** "YYYY-MM-DD" of a calendar-day value (UTC midnight), for form fields and history. */
export function isoDay(day: Date | null | undefined): string {
  return day ? day.toISOString().slice(0, 10) : "";
}

/** Parses "YYYY-MM-DD" (a real calendar date, 1900–2100) to UTC midnight, or null. */
export function parseIsoDay(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return null;
  const y = d.getUTCFullYear();
  return y >= 1900 && y <= 2100 ? d : null;
}

/** True for "YYYY-MM-DDTHH:mm" with a real calendar date (1900–2100) and time (no 30 February, no 24:00). */
export function isLocalDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  return !!m && parseIsoDay(m[1]!) !== null && Number(m[2]) < 24 && Number(m[3]) < 60;
}

/**
 * A Danish wall-clock time "YYYY-MM-DDTHH:mm" (a datetime-local field) → the instant.
 * A time that does not exist (the hour skipped when summer time starts) moves forward by that hour;
 * an ambiguous one (the hour repeated when it ends) is read as the second, winter-time, occurrence.
 * Throws RangeError when `local` is not such a value (validate with isLocalDateTime first).
 */
export function danishLocalToInstant(local: string): Date {
  if (!isLocalDateTime(local)) throw new RangeError(`not a local date-time: ${local}`);
  const [datePart, timePart] = local.split("T") as [string, string];
  const [y, mo, d] = datePart.split("-").map(Number) as [number, number, number];
  const [h, mi] = timePart.split(":").map(Number) as [number, number];
  return new Date(TZDate.tz(DANISH_TIME_ZONE, y, mo - 1, d, h, mi).getTime());
}

/**
 * The instant a Danish calendar day (UTC midnight, a `@db.Date` value) begins: 2026-03-01 → 2026-02-28T23:00:00Z.
 * "Held before day D" means `instant < startOfDanishDay(D)`.
 */
export function startOfDanishDay(day: Date): Date {
  return new Date(TZDate.tz(DANISH_TIME_ZONE, day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, 0).getTime());
}

/** An instant as "YYYY-MM-DDTHH:mm" in Danish time, for a datetime-local field. */
export function instantToDanishLocal(instant: Date | null | undefined): string {
  if (!instant) return "";
  const t = new TZDate(instant.getTime(), DANISH_TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}T${p(t.getHours())}:${p(t.getMinutes())}`;
}

/** Minutes Denmark is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function danishOffsetMinutes(instant: Date): number {
  return tzOffset(DANISH_TIME_ZONE, instant);
}

/** Calendar days added to a day value. */
export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

/** Whole calendar days from `a` to `b` (b − a), for day values. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/**
 * SQL for the Danish calendar day of an instant column (Prisma stores `DateTime` as a UTC
 * `timestamp`): the same conversion as danishDayOf, for aggregate queries (lib/kpi/refresh).
 * `column` must be a trusted, quoted column reference, never user input.
 */
export function danishDaySql(column: string): string {
  return `((${column} AT TIME ZONE 'UTC') AT TIME ZONE '${DANISH_TIME_ZONE}')::date`;
}

/**
 * The same Danish wall-clock time `n` weeks after `instant` (a weekly series keeps its 09:00 across
 * the change to and from summer time, so the UTC gap is not always 7 × 24 hours).
 */
export function addDanishWeeks(instant: Date, n: number): Date {
  const t = new TZDate(instant.getTime(), DANISH_TIME_ZONE);
  return new Date(TZDate.tz(DANISH_TIME_ZONE, t.getFullYear(), t.getMonth(), t.getDate() + 7 * n, t.getHours(), t.getMinutes()).getTime());
}
