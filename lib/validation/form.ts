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
};

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

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const msg = issue.message && /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(issue.message) ? issue.message : "errors.formInvalid";
    (out[key] ??= []).push(msg);
  }
  return out;
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
