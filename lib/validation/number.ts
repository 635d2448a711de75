// Reading a number as a person types it into a form field (walk9 item 1). Pure; used by
// intInRange/decimalInRange (lib/validation/fields.ts) and the key-figure target (lib/validation/kpi.ts).
// A number read here that is valid but not whole is refused by a whole-number field with its own
// message ("Skriv et helt antal kroner.", intInRange's unit; fix16 item 5), not as "not a number".

/** A field that takes whole numbers only (an amount in kr., a count) or one that takes decimals (hours, per cent). */
export type NumberKind = "integer" | "decimal";

export type NumberReading =
  | { ok: true; value: number }
  /** "notANumber": no number at all ("abc", "1e9"); "unclear": digits and separators that cannot be read one way only. */
  | { ok: false; error: "notANumber" | "unclear" };

/** Digits grouped in threes by "." (the first group 1–3 digits, no leading zero): "15.000", "1.250.000". */
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
/** Digits grouped in threes by a space (U+0020, U+00A0 and U+202F are all read as one): "15 000". */
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+$/;
const PLAIN = /^\d+$/;
/** A dot as the decimal point, as people type it: "18.5", "37.25" (one or two decimals, no comma). */
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;
/** "15,000": Danish 15 with three decimals, or English fifteen thousand — refused, never guessed. */
const COMMA_THOUSANDS_LOOKALIKE = /^[1-9]\d{0,2},\d{3}$/;
/** Only digits and the separators a number may have: what is refused as "unclear" rather than "not a number". */
const NUMBER_CHARACTERS = /^[\d., ]*\d[\d., ]*$/;

const isInteger = (s: string) => PLAIN.test(s) || DOT_GROUPED.test(s) || SPACE_GROUPED.test(s);
const digitsOf = (s: string) => s.replace(/[. ]/g, "");

/**
 * Reads a number written the Danish way — also in the English UI, since the data and the users are
 * Danish — and refuses what could mean two different numbers instead of guessing.
 *
 * Why: `Number(v.replace(",", "."))` read the thousands separator of "15.000" kr. as a decimal point,
 * so an aid of 15.000 kr. was saved as 15 kr. and skipped the manager's approval (walk9 item 1).
 *
 * The rule:
 * - digits may be grouped in threes by "." or a space (incl. no-break space): "15.000", "15 000",
 *   "1.250.000" — whatever Intl.NumberFormat("da-DK") writes reads back as the same number;
 * - "," is the decimal sign: "18,5", "1.250,75", "0,125";
 * - a plain "18.5" / "37.25" (a dot followed by one or two digits, no comma) is a decimal point,
 *   because people type it;
 * - unclear, so refused: "1.5000", "1,000.5", "15.00.0", "1,250,000", and "15,000" (Danish 15,000 =
 *   15, English 15,000 = 15000); in a decimal field also "15.000" (15 or 15000), while in a whole-number
 *   field "15.000" is 15000.
 * - not a number: "abc", "1e9", "Infinity", "0x10", "".
 *
 * A leading "-" (or the minus sign U+2212) makes the number negative; the field's range decides
 * whether a negative number is allowed.
 *
 * @example parseDanishNumber("15.000", "integer")   // { ok: true, value: 15000 }
 * @example parseDanishNumber("1.250,75", "decimal") // { ok: true, value: 1250.75 }
 * @example parseDanishNumber("18.5", "decimal")     // { ok: true, value: 18.5 }
 * @example parseDanishNumber("15.000", "decimal")   // { ok: false, error: "unclear" }
 */
export function parseDanishNumber(input: string, kind: NumberKind): NumberReading {
  const trimmed = input.replace(/[\u00a0\u202f]/g, " ").trim();
  const negative = /^[-\u2212]/.test(trimmed);
  const body = negative ? trimmed.slice(1) : trimmed;
  const value = (digits: string): NumberReading => {
    const n = Number(digits);
    return Number.isFinite(n) ? { ok: true, value: negative && n !== 0 ? -n : n } : { ok: false, error: "notANumber" };
  };

  const comma = body.indexOf(",");
  if (comma !== -1 && body.indexOf(",", comma + 1) === -1) {
    const whole = body.slice(0, comma);
    const decimals = body.slice(comma + 1);
    if (isInteger(whole) && PLAIN.test(decimals) && !COMMA_THOUSANDS_LOOKALIKE.test(body)) {
      return value(`${digitsOf(whole)}.${decimals}`);
    }
  }
  if (PLAIN.test(body) || SPACE_GROUPED.test(body)) return value(digitsOf(body));
  if (DOT_GROUPED.test(body)) {
    // "1.250.000" is grouped whatever the field; "15.000" could be fifteen in a field that takes decimals.
    const oneGroup = body.split(".").length === 2;
    return oneGroup && kind === "decimal" ? { ok: false, error: "unclear" } : value(digitsOf(body));
  }
  if (DOT_DECIMAL.test(body)) return value(body);
  return NUMBER_CHARACTERS.test(body) ? { ok: false, error: "unclear" } : { ok: false, error: "notANumber" };
}
