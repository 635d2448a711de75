// Reusable zod field builders. Messages are translation keys (see lib/i18n/messages/*/errors.ts).
import { z } from "zod";
import { danishLocalToInstant, isLocalDateTime, parseIsoDay } from "@/lib/time";
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

/** The version of a record that a form was loaded with (optimistic concurrency, ADR 0008/0012). */
export const versionField = intInRange(1, 1_000_000_000);

/** Like versionField, or 0 when the form showed no record yet (a write that may create or correct one). */
export const versionOrNewField = intInRange(0, 1_000_000_000);

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "errors.invalidChoice" });

/** A repeated form field ("name[]") as a list for `schema`: missing → [], a single value → [value]. */
export const listField = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), schema);

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
