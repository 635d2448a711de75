// Dates and numbers for display (house rule 7), and nothing else: converting between instants and
// Danish days (today, parsing form values) is lib/time.ts / lib/clock.ts (ADR 0008).
// Day-valued fields (@db.Date) are UTC midnight, instants are instants: both are formatted in Danish
// time (formatDay explains why that is right for both).
//
// Formatters are made once per locale and style and reused: constructing an Intl.DateTimeFormat or
// Intl.NumberFormat costs far more than formatting with one (the board dashboard formats ~1,000
// months and numbers per request; ADR 0025). Intl formatters are immutable,
// so sharing them between requests is safe.
import type { Locale } from "@/lib/i18n/messages";
import { DANISH_TIME_ZONE, parseIsoDay } from "@/lib/time";

const TZ = DANISH_TIME_ZONE;
const tag = (l: Locale) => (l === "da" ? "da-DK" : "en-GB");

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The shared formatter for `locale` and `options`; `key` names the options (one key per distinct options object). */
function dateFormat(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${locale}|${key}`;
  let f = dateFormats.get(k);
  if (!f) dateFormats.set(k, (f = new Intl.DateTimeFormat(tag(locale), options)));
  return f;
}

function numberFormat(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale}|${key}`;
  let f = numberFormats.get(k);
  if (!f) numberFormats.set(k, (f = new Intl.NumberFormat(tag(locale), options)));
  return f;
}

/**
 * The calendar day of `d` as "dd.mm.yyyy" (both locales). `d` is a day value (UTC midnight) or an
 * instant: it is formatted in Danish time, which gives a day value its own day (Denmark is 1–2 hours
 * ahead of UTC, so UTC midnight is 01:00 or 02:00 the same day there) and an instant the Danish day
 * it happened on (walk7 item 3: an aid applied for at 00:50 Danish time showed the day before when
 * this formatted in UTC).
 */
export function formatDay(d: Date | null | undefined, locale: Locale): string {
  if (!d) return "";
  return dateFormat(locale, "day", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TZ }).format(d);
}

export function formatDateTime(d: Date | null | undefined, locale: Locale): string {
  if (!d) return "";
  return dateFormat(locale, "dateTime", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: TZ,
  }).format(d);
}

/** `n` with at most `digits` decimals (Danish: "1.234,5"). */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return numberFormat(locale, `number${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

export function formatDkk(n: number, locale: Locale): string {
  return numberFormat(locale, "dkk", { style: "currency", currency: "DKK", maximumFractionDigits: 0 }).format(n);
}

export function formatPercent(ratio: number, locale: Locale): string {
  return numberFormat(locale, "percent", { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** Month texts already made (at most 1,200 months × 2 locales × 2 styles: the dashboard's tables repeat them). */
const monthTexts = new Map<string, string>();

/** A month "YYYY-MM" as "marts 2025" / "March 2025" (long) or "mar. 25" / "Mar 25" (short). */
export function formatMonth(month: string, locale: Locale, style: "long" | "short" = "long"): string {
  const key = `${locale}|${style}|${month}`;
  const known = monthTexts.get(key);
  if (known !== undefined) return known;
  const d = parseIsoDay(`${month}-01`) ?? new Date(NaN);
  const text = dateFormat(locale, `month-${style}`, {
    month: style === "long" ? "long" : "short",
    year: style === "long" ? "numeric" : "2-digit",
    timeZone: "UTC",
  }).format(d);
  // Only well-formed months are kept, so that stray input cannot grow the map.
  if (/^\d{4}-\d{2}$/.test(month) && monthTexts.size < 10_000) monthTexts.set(key, text);
  return text;
}
