// Shared by client and server: turns FormData into a plain object and a zod error into
// per-field translation keys. Server actions and client forms use the SAME schema.
import { z } from "zod";

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
