// Shared by client and server: turns FormData into a plain object and a zod error into
// per-field translation keys. Server actions and client forms use the SAME schema.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export type ActionState<T = unknown> = {
  ok: boolean;
  fieldErrors?: FieldErrors;
  /** A translation key for a form-level message. */
  formError?: string;
  /** A translation key for a success message. */
  message?: string;
  data?: T;
  /** Increments on every submission, so that forms can reset after success. */
  seq?: number;
  /**
   * A refused submission: what the user sent (postedValues), so that the fields show it again when
   * the page comes back from a post without JavaScript (ADR 0033).
   */
  values?: PostedValues;
};

/** The text values of a post by field name ("x[]" → "x"); repeated names and "x[]" as lists. */
export type PostedValues = Record<string, string | string[]>;

export const initialActionState: ActionState = { ok: false };

/** FormData → object. Repeated names become arrays; names ending in [] are always arrays. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  // No prototype: field names like "__proto__" or "constructor" are plain keys, never inherited ones.
  const out: Record<string, unknown> = Object.create(null);
  for (const [rawKey, value] of fd.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    const isArray = rawKey.endsWith("[]");
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    if (isArray) (out[key] = (out[key] as unknown[] | undefined) ?? []) as unknown[];
    if (Object.hasOwn(out, key)) {
      const cur = out[key];
      out[key] = Array.isArray(cur) ? [...cur, v] : [cur, v];
    } else out[key] = v;
  }
  return out;
}

/**
 * Names that are never sent back to the browser (passwords, secrets, tokens and the like; "confirm"
 * is the repeated new password of NewPasswordFields).
 */
const SECRET_NAME = /pass|secret|token|pwd|otp|credential|csrf|nonce|api[-_]?key|confirm/i;
/**
 * A field named like a password (see hasPasswordField): "password", "passwd", "passphrase", "passcode"
 * or "pwd" anywhere in the name, any case ("password", "currentPassword", "new_password"). Not any
 * "pass": a "passportNo" or "bypassReason" field does not make its form one of passwords (fix14 item 5).
 */
const PASSWORD_NAME = /pass(?:word|wd|phrase|code)|pwd/i;
/** The length kept of a field without a text limit in the schema (ids, dates, numbers, choices). */
const UNLIMITED_FIELD_CAP = 1000;
const MAX_LIST_ITEMS = 200;
const MAX_FIELDS = 200;

/**
 * The values of a refused post, to show them again in the form (ADR 0033): strings only (files are
 * left out), the framework's "$ACTION…" fields and anything named like a password, secret or token
 * left out, each value cut at the field's text limit in the schema (`limits`, see textLimits) or at
 * 1000 characters, lists at 200 items and the form at 200 fields: what the user sent, never more.
 */
export function postedValues(fd: FormData, limits: Record<string, number> = {}): PostedValues {
  const out = new Map<string, string | string[]>();
  for (const [rawKey, value] of fd.entries()) {
    if (typeof value !== "string" || rawKey.startsWith("$ACTION") || SECRET_NAME.test(rawKey)) continue;
    const isList = rawKey.endsWith("[]");
    const key = isList ? rawKey.slice(0, -2) : rawKey;
    const v = value.slice(0, limits[key] ?? UNLIMITED_FIELD_CAP);
    const cur = out.get(key);
    if (cur === undefined) {
      if (out.size >= MAX_FIELDS) continue;
      out.set(key, isList ? [v] : v);
    } else if (Array.isArray(cur)) {
      if (cur.length < MAX_LIST_ITEMS) cur.push(v);
    } else out.set(key, [cur, v]);
  }
  // A plain object (Flight sends it to the browser); "__proto__" is an own key here, never the prototype.
  return Object.fromEntries(out);
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const msg = issue.message && /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(issue.message) ? issue.message : "errors.formInvalid";
    (out[key] ??= []).push(withLimit(issue, msg));
  }
  return out;
}

/**
 * A text over its limit says the limit ("Teksten er for lang. Højst 500 tegn.", fix16 item 6a): the
 * schema's maximum travels with the key as "errors.tooLongMax:500" (FieldErrors stay strings, so they
 * pass through the server actions and the no-JavaScript post unchanged); `errorKey` reads it back
 * (components/forms/useErrorText.ts shows it).
 */
function withLimit(issue: z.core.$ZodIssue, msg: string): string {
  if (msg !== "errors.tooLong" || issue.code !== "too_big" || issue.origin !== "string") return msg;
  const max = Number(issue.maximum);
  return Number.isSafeInteger(max) ? `errors.tooLongMax:${max}` : msg;
}

/** A field error as a translation key and its values: "errors.tooLongMax:500" → errors.tooLongMax, { max: 500 }. */
export function errorKey(e: string): { key: string; values?: { max: number } } {
  const m = /^(errors\.tooLongMax):(\d+)$/.exec(e);
  return m ? { key: m[1]!, values: { max: Number(m[2]) } } : { key: e };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: zodFieldErrors(r.error) };
}

// ------------------------------------------------------------------ limits shown by the fields

type ZodInternals = { _zod?: { def?: Record<string, unknown> & { type?: string } } };

const unwrapKeys = ["innerType", "element"] as const;

/** The maximum length of a text schema (the smallest max of its steps), if it has one. */
function maxLengthOf(schema: unknown): number | undefined {
  const def = (schema as ZodInternals)?._zod?.def;
  if (!def) return undefined;
  if (def.type === "string") return (schema as { maxLength?: number | null }).maxLength ?? undefined;
  if (def.type === "pipe") {
    const found = [maxLengthOf(def.in), maxLengthOf(def.out)].filter((n): n is number => n !== undefined);
    return found.length ? Math.min(...found) : undefined;
  }
  for (const k of unwrapKeys) if (def[k]) return maxLengthOf(def[k]);
  return undefined;
}

/** The fields of an object schema, also behind preprocess/transform/refine steps. */
function fieldsOf(schema: unknown): Record<string, unknown> {
  const def = (schema as ZodInternals)?._zod?.def;
  if (!def) return {};
  if (def.type === "object") return (def.shape as Record<string, unknown>) ?? {};
  if (def.type === "pipe") return { ...fieldsOf(def.in), ...fieldsOf(def.out) };
  for (const k of unwrapKeys) if (def[k]) return fieldsOf(def[k]);
  return {};
}

/**
 * Whether a form's schema has a field named like a password (PASSWORD_NAME): such a form echoes nothing
 * of a refused post (runAction), since its other fields may be a password under another name (the
 * repeated new password is "confirm") and a form of passwords has nothing worth showing again (fix10
 * item 1).
 */
export function hasPasswordField(schema: z.ZodType): boolean {
  return Object.keys(fieldsOf(schema)).some((name) => PASSWORD_NAME.test(name));
}

/**
 * The maximum text length per field name of a form's schema (e.g. { note: 500 }), so that the
 * form's text fields show the limit the server enforces (issue 8 item 13). Lists of texts
 * ("pattern[]") are keyed by their name without the brackets.
 */
export function textLimits(schema: z.ZodType): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, field] of Object.entries(fieldsOf(schema))) {
    const max = maxLengthOf(field);
    if (max !== undefined) out[name] = max;
  }
  return out;
}
