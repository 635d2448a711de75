// Dates and numbers for display (house rule 7). Day-valued fields (@db.Date) are UTC midnight
// and are formatted in UTC; instants are formatted in Danish time.
import type { Locale } from "@/lib/i18n/messages";
import { env } from "@/lib/env";

const TZ = "Europe/Copenhagen";
const tag = (l: Locale) => (l === "da" ? "da-DK" : "en-GB");

export function formatDay(d: Date | null | undefined, locale: Locale): string {
  if (!d) return "";
  return new Intl.DateTimeFormat(tag(locale), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(d);
}

export function formatDateTime(d: Date | null | undefined, locale: Locale): string {
  if (!d) return "";
  return new Intl.DateTimeFormat(tag(locale), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: TZ,
  }).format(d);
}

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

export function formatDkk(n: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "DKK", maximumFractionDigits: 0 }).format(n);
}

export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** Today's calendar date in Denmark, as UTC midnight (the shape of @db.Date values). */
export function today(now: Date = new Date()): Date {
  if (env.today) return new Date(`${env.today}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${parts}T00:00:00Z`);
}

/** Parses "YYYY-MM-DD" to UTC midnight, or null. */
export function parseDay(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
}

/** "YYYY-MM-DD" of a day value, for form fields. */
export function isoDay(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}

/** A month "YYYY-MM" as "marts 2025" / "March 2025" (long) or "mar. 25" / "Mar 25" (short). */
export function formatMonth(month: string, locale: Locale, style: "long" | "short" = "long"): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(tag(locale), {
    month: style === "long" ? "long" : "short",
    year: style === "long" ? "numeric" : "2-digit",
    timeZone: "UTC",
  }).format(d);
}
