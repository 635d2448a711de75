// CPR number rules (pure). Format DDMMYYSSSS; the 7th digit with the year gives the century.
// Modulus 11 is deliberately NOT checked: CPR numbers without it have been issued since 2007.

export type CprParseResult = { ok: true; cpr: string; birthDate: Date } | { ok: false; error: "format" | "date" };

/** Accepts "DDMMYYSSSS", "DDMMYY-SSSS" or with spaces; returns the ten digits and the birth date. */
export function parseCpr(input: string): CprParseResult {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits)) return { ok: false, error: "format" };
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = fullYear(yy, Number(digits[6]));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: "date" };
  }
  return { ok: true, cpr: digits, birthDate: date };
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
