// Reusable zod field builders. Messages are translation keys (see lib/i18n/messages/*/errors.ts).
import { z } from "zod";
import { addDays, danishLocalToInstant, isLocalDateTime, parseIsoDay, todayInDenmark } from "@/lib/time";
import { cprErrorKey, parseCpr } from "./cpr";
import { parseDanishNumber, type NumberKind } from "./number";

// ---- text (issue 8 item 4) -------------------------------------------------------------------------
// Every text field is Unicode-normalised to NFC and trimmed before it is checked or stored, so
// "A + combining ring" and "Å" are the same text (search normalises the same way, see `searchText`).

/**
 * Characters no text may contain: C0/C1 control characters except tab, line feed and carriage
 * return (text areas), and the bidirectional embedding/override/isolate characters (U+202A–U+202E,
 * U+2066–U+2069) that make text display in another order than it is stored.
 */
export const FORBIDDEN_TEXT_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Characters a person's name may not contain: every control and format (invisible) character, line/paragraph separators. */
export const FORBIDDEN_NAME_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Something a reader can see: not only white space and invisible format characters. */
const VISIBLE = /[^\p{White_Space}\p{Cf}]/u;

/** NFC, then trimmed (a string, or the value unchanged for zod to refuse). */
export function cleanText(v: unknown): unknown {
  return typeof v === "string" ? v.normalize("NFC").trim() : v;
}

const trimmed = z
  .string({ error: "errors.required" })
  .transform((s) => s.normalize("NFC").trim())
  .refine((s) => !FORBIDDEN_TEXT_CHARACTERS.test(s), "errors.controlCharacters");

export const requiredText = (max = 500) =>
  trimmed.pipe(
    z
      .string()
      .min(1, "errors.required")
      .max(max, "errors.tooLong")
      .refine((s) => s === "" || VISIBLE.test(s), "errors.required"),
  );

export const optionalText = (max = 500) =>
  z
    .preprocess((v) => (v === undefined || v === null ? "" : v), trimmed)
    .pipe(
      z
        .string()
        .max(max, "errors.tooLong")
        .refine((s) => s === "" || VISIBLE.test(s), "errors.controlCharacters"),
    )
    .transform((s) => (s === "" ? null : s));

export const reasonText = (max = 1000) =>
  trimmed.pipe(
    z
      .string()
      .min(3, "errors.reasonRequired")
      .max(max, "errors.tooLong")
      .refine((s) => s.length < 3 || VISIBLE.test(s), "errors.reasonRequired"),
  );

/**
 * A person's name (first or last name): like requiredText, plus at least one letter and no invisible,
 * control or direction-changing character (FORBIDDEN_NAME_CHARACTERS). Issue 8 item 4.
 */
export const personNameField = (max = 100) =>
  requiredText(max)
    .refine((s) => s === "" || /\p{L}/u.test(s), "errors.nameLetters")
    .refine((s) => !FORBIDDEN_NAME_CHARACTERS.test(s), "errors.nameCharacters");

/**
 * A search text from a list page (GET parameter): NFC, trimmed, at most `max` characters (longer is
 * cut), empty → undefined. Control characters are refused ("errors.controlCharacters"): the page
 * shows the error next to the search field instead of searching.
 */
export const searchText = (max = 100) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z
      .string()
      .optional()
      .catch(undefined)
      .transform((s) => (s ? s.normalize("NFC").trim().slice(0, max) : undefined))
      .refine((s) => s === undefined || !FORBIDDEN_NAME_CHARACTERS.test(s), "errors.controlCharacters")
      .transform((s) => (s ? s : undefined)),
  );

/** The id of a record (hidden form field or a choice): a UUID (8-4-4-4-12 hex digits), surrounding spaces ignored. */
/** A 1-based page number from a URL parameter (lenient: anything else is page 1; pagination of lists, issue 10). */
export const pageField = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(1_000_000).catch(1));

export const uuidField = z.string({ error: "errors.invalidChoice" }).trim().pipe(z.guid("errors.invalidChoice"));

/** An optional record id: empty → null. */
export const optionalUuidField = z
  .preprocess((v) => (v === "" || v === null ? undefined : v), uuidField.optional())
  .transform((v) => v ?? null);

/** "YYYY-MM-DD" (a real calendar date, 1900–2100) → the day as UTC midnight (lib/time). */
export const requiredDay = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .refine((s) => parseIsoDay(s) !== null, "errors.invalidDate")
  .transform((s) => parseIsoDay(s)!);

/**
 * A day that is not in the future, checked together with the other fields (the domain checks it
 * again against Danish "today"; one day of slack here covers browsers in other time zones).
 */
export const pastOrTodayDay = requiredDay.refine((d) => d.getTime() <= Date.now() + 86_400_000, "errors.dateInFuture");

export const optionalDay = z
  .preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), requiredDay.optional())
  .transform((d) => d ?? null);

/**
 * In an object's superRefine: "errors.dateBeforeStart" on `path` when the day `end` is before the day
 * `start`. Object refinements also run when a field failed (its raw value is then still a string), so
 * only two parsed days are compared: a day that failed, or was left empty, has its own error or none.
 */
export function refuseEndBeforeStart(ctx: z.RefinementCtx, { start, end, path }: { start: unknown; end: unknown; path: string }): void {
  if (start instanceof Date && end instanceof Date && end.getTime() < start.getTime())
    ctx.addIssue({ code: "custom", path: [path], message: "errors.dateBeforeStart" });
}

/** "YYYY-MM-DDTHH:mm" (datetime-local, Danish wall-clock time; no 30 February, no 24:00) → the instant (lib/time). */
export const requiredDateTime = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .refine(isLocalDateTime, "errors.invalidDateTime")
  .transform((s) => danishLocalToInstant(s));

export const optionalEmail = z
  .preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([z.literal(""), z.email("errors.invalidEmail").max(320, "errors.tooLong")]).optional(),
  )
  .transform((s) => (s ? s.toLowerCase() : null));

export const optionalPhone = z
  .preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([z.literal(""), z.string().regex(/^\+?[0-9 ()-]{8,20}$/, "errors.invalidPhone")]).optional(),
  )
  .transform((s) => (s ? s : null));

/**
 * A CPR number as typed or pasted (any dash or space between the parts, lib/validation/cpr) → ten digits.
 * Refuses an impossible date and a birth date in the future ("errors.cprFuture"); the browser's
 * "today" gets one day of slack for other time zones, the use case checks again against lib/clock.
 */
export const cprField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .transform((s, ctx) => {
    const r = parseCpr(s, addDays(todayInDenmark(), 1));
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: cprErrorKey(r.error) });
      return z.NEVER;
    }
    return r.cpr;
  });

/**
 * What a whole-number field counts, for its message when a valid number is not whole ("1.250,75" in
 * an amount: "Skriv et helt antal kroner.", fix16 item 5); "number" for a count without a unit.
 */
export type WholeUnit = "number" | "kroner" | "weeks" | "months" | "days";

const WHOLE_MESSAGE = {
  number: "errors.wholeNumber",
  kroner: "errors.wholeKroner",
  weeks: "errors.wholeWeeks",
  months: "errors.wholeMonths",
  days: "errors.wholeDays",
} as const satisfies Record<WholeUnit, string>;

/**
 * A number field as typed (lib/validation/number.ts, `parseDanishNumber`): "15.000", "15 000", "18,5",
 * "18.5". Empty → "fill in the field"; digits and separators that can be read as two different numbers
 * → "write it as …" (never guessed); anything else that is not a number → "enter a valid number"; a
 * valid number that is not whole in a whole-number field → "write a whole number (of `unit`)".
 */
const numberField = (kind: NumberKind, min: number, max: number, unit: WholeUnit = "number") => {
  const unclear = kind === "integer" ? "errors.wholeNumberUnclear" : "errors.numberUnclear";
  const isUnclear = (input: unknown) => {
    const r = typeof input === "string" ? parseDanishNumber(input, kind) : null;
    return r !== null && !r.ok && r.error === "unclear";
  };
  const number = z
    .number({
      error: (issue) => (issue.input === undefined ? "errors.required" : isUnclear(issue.input) ? unclear : "errors.invalidNumber"),
    })
    .refine(Number.isFinite, "errors.invalidNumber");
  return z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      if (v.trim() === "") return undefined;
      const r = parseDanishNumber(v, kind);
      return r.ok ? r.value : v; // the text as typed: the number schema refuses it with the message above
    },
    (kind === "integer" ? number.int(WHOLE_MESSAGE[unit]) : number).min(min, "errors.numberTooSmall").max(max, "errors.numberTooLarge"),
  );
};

/** A whole number from `min` to `max`; `unit` names what it counts in the message for "12,5" (default: a plain number). */
export const intInRange = (min: number, max: number, unit: WholeUnit = "number") => numberField("integer", min, max, unit);

export const decimalInRange = (min: number, max: number) => numberField("decimal", min, max);

/** The version of a record that a form was loaded with (optimistic concurrency, ADR 0008/0012). */
export const versionField = intInRange(1, 1_000_000_000);

/** Like versionField, or 0 when the form showed no record yet (a write that may create or correct one). */
export const versionOrNewField = intInRange(0, 1_000_000_000);

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "errors.invalidChoice" });

/** A repeated form field ("name[]") as a list for `schema`: missing → [], a single value → [value]. */
export const listField = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), schema);

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
