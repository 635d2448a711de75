// Dates and numbers for display (house rule 7), and nothing else: converting between instants and
// Danish days (today, parsing form values) is lib/time.ts / lib/clock.ts (ADR 0008).
// Day-valued fields (@db.Date) are UTC midnight and are formatted in UTC; instants in Danish time.
import type { Locale } from "@/lib/i18n/messages";
import { DANISH_TIME_ZONE, parseIsoDay } from "@/lib/time";

const TZ = DANISH_TIME_ZONE;
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

/** A month "YYYY-MM" as "marts 2025" / "March 2025" (long) or "mar. 25" / "Mar 25" (short). */
export function formatMonth(month: string, locale: Locale, style: "long" | "short" = "long"): string {
  const d = parseIsoDay(`${month}-01`) ?? new Date(NaN);
  return new Intl.DateTimeFormat(tag(locale), {
    month: style === "long" ? "long" : "short",
    year: style === "long" ? "numeric" : "2-digit",
    timeZone: "UTC",
  }).format(d);
}
