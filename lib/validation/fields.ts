// Reusable zod field builders. Messages are translation keys (see lib/i18n/messages/*/errors.ts).
import { z } from "zod";
import { parseCpr } from "./cpr";

const trimmed = z.string({ error: "errors.required" }).transform((s) => s.trim());

export const requiredText = (max = 500) => trimmed.pipe(z.string().min(1, "errors.required").max(max, "errors.tooLong"));

export const optionalText = (max = 500) =>
  z
    .preprocess((v) => (v === undefined || v === null ? "" : v), trimmed)
    .pipe(z.string().max(max, "errors.tooLong"))
    .transform((s) => (s === "" ? null : s));

export const reasonText = (max = 1000) => trimmed.pipe(z.string().min(3, "errors.reasonRequired").max(max, "errors.tooLong"));

/** The id of a record (hidden form field or a choice): a UUID (8-4-4-4-12 hex digits), surrounding spaces ignored. */
export const uuidField = z.string({ error: "errors.invalidChoice" }).trim().pipe(z.guid("errors.invalidChoice"));

/** An optional record id: empty → null. */
export const optionalUuidField = z
  .preprocess((v) => (v === "" || v === null ? undefined : v), uuidField.optional())
  .transform((v) => v ?? null);

/** "YYYY-MM-DD" → Date at UTC midnight. */
export const requiredDay = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}$/.test(s) &&
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "errors.invalidDate",
  )
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2100, "errors.invalidDate");

/**
 * A day that is not in the future, checked together with the other fields (the domain checks it
 * again against Danish "today"; one day of slack here covers browsers in other time zones).
 */
export const pastOrTodayDay = requiredDay.refine((d) => d.getTime() <= Date.now() + 86_400_000, "errors.dateInFuture");

export const optionalDay = z
  .preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), requiredDay.optional())
  .transform((d) => d ?? null);

/** "YYYY-MM-DDTHH:mm" with a real calendar date and time (no rolling 30 February into March). */
export function isLocalDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  if (!m) return false;
  const day = new Date(`${m[1]}T00:00:00Z`);
  const year = day.getUTCFullYear();
  return (
    !Number.isNaN(day.getTime()) &&
    day.toISOString().startsWith(m[1]!) &&
    year >= 1900 &&
    year <= 2100 &&
    Number(m[2]) < 24 &&
    Number(m[3]) < 60
  );
}

/** "YYYY-MM-DDTHH:mm" (datetime-local, Danish time) → Date. */
export const requiredDateTime = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .refine(isLocalDateTime, "errors.invalidDateTime")
  .transform((s) => copenhagenLocalToDate(s));

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

export const cprField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .transform((s, ctx) => {
    const r = parseCpr(s);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error === "format" ? "errors.cprFormat" : "errors.cprDate" });
      return z.NEVER;
    }
    return r.cpr;
  });

/** Empty → "fill in the field"; anything else that is not a number → "enter a valid number". */
const numberError = (issue: { input?: unknown }) => (issue.input === undefined ? "errors.required" : "errors.invalidNumber");

export const intInRange = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z
      .number({ error: numberError })
      .refine(Number.isFinite, "errors.invalidNumber")
      .int("errors.invalidNumber")
      .min(min, "errors.numberTooSmall")
      .max(max, "errors.numberTooLarge"),
  );

export const decimalInRange = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z
      .number({ error: numberError })
      .refine(Number.isFinite, "errors.invalidNumber")
      .min(min, "errors.numberTooSmall")
      .max(max, "errors.numberTooLarge"),
  );

/** The version of a record that a form was loaded with (optimistic concurrency, ADR 0008/0009). */
export const versionField = intInRange(1, 1_000_000_000);

/** Like versionField, or 0 when the form showed no record yet (a write that may create or correct one). */
export const versionOrNewField = intInRange(0, 1_000_000_000);

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "errors.invalidChoice" });

/** A repeated form field ("name[]") as a list for `schema`: missing → [], a single value → [value]. */
export const listField = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), schema);

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A wall-clock time in Denmark → the instant. */
export function copenhagenLocalToDate(local: string): Date {
  const asUtc = new Date(local + ":00Z");
  const offsetMin = tzOffsetMinutes(asUtc);
  const guess = new Date(asUtc.getTime() - offsetMin * 60_000);
  const offset2 = tzOffsetMinutes(guess);
  return offset2 === offsetMin ? guess : new Date(asUtc.getTime() - offset2 * 60_000);
}

function tzOffsetMinutes(d: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Copenhagen",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((local - d.getTime()) / 60_000);
}
