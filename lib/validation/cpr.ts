// CPR number rules (pure). Format DDMMYYSSSS; the 7th digit with the year gives the century.
// Modulus 11 is deliberately NOT checked: CPR numbers without it have been issued since 2007.

export type CprParseResult = { ok: true; cpr: string; birthDate: Date } | { ok: false; error: "format" | "date" | "future" };

/**
 * Separators people type or paste between the date and the serial number: spaces of every kind
 * (incl. no-break spaces) and every dash (hyphen-minus, hyphen, non-breaking hyphen, figure dash,
 * en/em dash, horizontal bar, minus sign, small and full-width hyphen-minus). Issue 8 item 5.
 */
const CPR_SEPARATORS = /[\s\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** The input without separators ("120388–1437" → "1203881437"); NFKC first, so full-width digits count. */
export function cprDigits(input: string): string {
  return input.normalize("NFKC").replace(CPR_SEPARATORS, "");
}

/**
 * Something in a free text that reads as a CPR number: 6 digits, an optional dash or space (one of
 * CPR_SEPARATORS), 4 digits, not part of a longer run of digits. 10 digits in a row count; a phone
 * number of 8 digits ("12345678", "12 34 56 78") does not. Letters around it do not matter
 * ("cpr1203851237" reads as one). Fix15 item 1.
 */
const CPR_IN_TEXT = new RegExp(`(?<!\\d)\\d{6}(?:${CPR_SEPARATORS.source})?\\d{4}(?!\\d)`);

/**
 * True when `text` contains something that reads as a CPR number (CPR_IN_TEXT), after NFKC (full-width
 * digits count). The check digit and the date are deliberately not checked: a text that looks like
 * one is refused where no CPR number may be written (anonymised agenda items, ADR 0017).
 */
export function containsCprLike(text: string | null | undefined): boolean {
  return !!text && CPR_IN_TEXT.test(text.normalize("NFKC"));
}

/**
 * A search term that is only digits (with dashes or spaces) but not a whole CPR number: part of a CPR
 * number is never searched, so the empty result says to search with all 10 digits or a name
 * (walk9 item 5). "240885" → true; "240885-1234", "Anne", "" → false.
 */
export function isPartialCprSearch(q: string | null | undefined): boolean {
  if (!q || !/^[\d\s-]+$/.test(q)) return false;
  const digits = q.replace(/\D/g, "").length;
  return digits > 0 && digits !== 10;
}

/**
 * Accepts "DDMMYYSSSS", "DDMMYY-SSSS" or with spaces/any dash (CPR_SEPARATORS); returns the ten
 * digits and the birth date (century from the 7th digit, `fullYear`). With `today` (a Danish day as
 * UTC midnight, from lib/clock on the server), a birth date after it is refused as "future"
 * (010130-4000 → born 2030).
 */
export function parseCpr(input: string, today?: Date): CprParseResult {
  const digits = cprDigits(input);
  if (!/^\d{10}$/.test(digits)) return { ok: false, error: "format" };
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = fullYear(yy, Number(digits[6]));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: "date" };
  }
  if (today && date.getTime() > today.getTime()) return { ok: false, error: "future" };
  return { ok: true, cpr: digits, birthDate: date };
}

/** The translation key of a refused CPR number (errors.ts). */
export function cprErrorKey(error: "format" | "date" | "future"): string {
  return error === "format" ? "errors.cprFormat" : error === "date" ? "errors.cprDate" : "errors.cprFuture";
}

/** Century rule of the CPR register (7th digit = first digit of the serial number). */
export function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy; // 5–8
}

/** DDMMYY-xxxx: what lists and logs may show. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}

/** DDMMYY-SSSS: the full display form, only where a use case needs it. */
export function formatCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
}
