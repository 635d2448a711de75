// The shared harness of the invalid-input property tests (*-invalid-input.test.ts): generators of
// corrupted forms, and the checks that every generated attempt is refused without a write.
// Two levels:
// - through the real server action (`expectActionRefusesAll`): the action answers { ok: false },
//   never "errors.unexpected", and the corrupted field carries an error next to it;
// - through the use case after the shared schema (`expectUseCaseRefusesAll`): a schema refusal or
//   one of the expected domain errors, never a success.
// Both count the attempts (≥ 100, and both kinds seen) and compare `databaseFingerprint` before/after.
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import type { ActionState } from "@/lib/validation/form";
import { databaseFingerprint } from "../../factories";
import { testDb } from "./db";

/**
 * A form's fields as the browser posts them: arrays as repeated "name[]" entries, other objects as
 * JSON, everything else as text; undefined fields are left out.
 */
export function toFormData(obj: Record<string, unknown>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) fd.append(`${k}[]`, String(x));
    else fd.append(k, typeof v === "object" && v !== null ? JSON.stringify(v) : String(v));
  }
  return fd;
}

/** One attempt at a server action: who sends it, the form's fields, and the fields made invalid ([] = a form-level refusal). */
export type ActionAttempt = { who: Actor; input: Record<string, unknown>; fields: string[] };

export type FormAction = (prev: ActionState, fd: FormData) => Promise<ActionState<unknown>>;

/** A valid form from `base` with a non-empty set of the `invalid` fields replaced by values the schema must refuse. */
export function corrupted(
  base: () => Record<string, unknown>,
  invalid: Record<string, fc.Arbitrary<unknown>>,
  who: () => Actor,
): fc.Arbitrary<ActionAttempt> {
  return fc
    .subarray(Object.keys(invalid), { minLength: 1 })
    .chain((fields) => fc.tuple(fc.constant(fields), fc.tuple(...fields.map((n) => invalid[n]!))))
    .map(([fields, values]): ActionAttempt => {
      const input = base();
      fields.forEach((n, i) => (input[n] = values[i]));
      return { who: who(), input, fields };
    });
}

/**
 * `valid` with 1 to `most` of the `bad` fields (all of them at the most) replaced by values that
 * field must refuse; for the property tests that check only the refusal, not which field carries it.
 */
export function corruptFields(
  valid: Record<string, unknown>,
  bad: Record<string, fc.Arbitrary<unknown>>,
  most = 3,
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(bad);
  return fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: Math.min(most, keys.length) })
    .chain((chosen) => fc.tuple(...chosen.map((k) => bad[k]!.map((v) => [k, v] as const))))
    .map((pairs) => ({ ...valid, ...Object.fromEntries(pairs) }));
}

/**
 * Runs `runs` attempts through the server `action` (as `signInAs(who)`, the mocked session), the
 * input sent as `toFormData(input)`: each is refused, never with "errors.unexpected"; a corrupted
 * field gets an error of its own (or of its elements, "field.0"); the database is unchanged.
 */
export async function expectActionRefusesAll(
  action: FormAction,
  attempts: fc.Arbitrary<ActionAttempt>,
  {
    runs,
    signInAs,
    toFormData,
  }: { runs: number; signInAs: (who: Actor) => void; toFormData: (input: Record<string, unknown>) => FormData },
): Promise<void> {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  const seen = { field: 0, form: 0 };
  await fc.assert(
    fc.asyncProperty(attempts, async ({ who, input, fields }) => {
      signInAs(who);
      const r = await action({ ok: false }, toFormData(input));
      expect(r.ok, JSON.stringify(input)).toBe(false);
      expect(r.formError).not.toBe("errors.unexpected");
      if (fields.length) {
        seen.field++;
        expect(
          Object.keys(r.fieldErrors ?? {}).filter((k) => fields.includes(k.split(".")[0]!)),
          JSON.stringify(input),
        ).not.toEqual([]);
      } else seen.form++;
    }),
    { numRuns: runs },
  );
  expect(seen.field + seen.form).toBeGreaterThanOrEqual(100);
  expect(seen.field).toBeGreaterThan(0);
  expect(seen.form).toBeGreaterThan(0);
  expect(await databaseFingerprint(db)).toEqual(before);
}

/**
 * Runs `runs` generated inputs through the server `action` as the actor the caller signed in, each
 * sent as `toFormData(input)`: each is refused (`refused`, by default not ok), never with
 * "errors.unexpected", and with `fieldError` with at least one field error; the database is
 * unchanged. For the tests that generate whole inputs rather than name the corrupted fields
 * (those use `expectActionRefusesAll`).
 */
export async function expectInputsRefused(
  action: FormAction,
  inputs: fc.Arbitrary<Record<string, unknown>>,
  {
    runs,
    fieldError = false,
    refused = (r) => !r.ok,
  }: {
    runs: number;
    fieldError?: boolean;
    refused?: (r: ActionState<unknown>) => boolean;
  },
): Promise<void> {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      const r = await action({ ok: false }, toFormData(input));
      const shown = JSON.stringify(input).slice(0, 300);
      expect(refused(r), shown).toBe(true);
      expect(r.formError, shown).not.toBe("errors.unexpected");
      if (fieldError) expect(Object.keys(r.fieldErrors ?? {}).length, shown).toBeGreaterThan(0);
    }),
    { numRuns: runs },
  );
  expect(await databaseFingerprint(db)).toEqual(before);
}

/** One attempt at a use case: the actor and the raw input (parsed with the target's schema first). */
export type UseCaseAttempt = { actor: Actor; input: unknown };

/** A use case under test: its schema, the call, a valid base input, invalid values per field, and schema-valid inputs a rule must refuse. */
export type UseCaseTarget = {
  name: string;
  schema: z.ZodType;
  call: (actor: Actor, data: never) => Promise<unknown>;
  base: () => Record<string, unknown>;
  invalid: Record<string, fc.Arbitrary<unknown>>;
  /** Schema-valid attempts that a rule or the policy must refuse. */
  refused: () => UseCaseAttempt[];
};

/**
 * Runs `runs` attempts: each is refused by `t.schema` or, when it parses, the use case throws one
 * of `allowed` (any other error fails the test, a success too); both kinds occur; the database is unchanged.
 */
export async function expectUseCaseRefusesAll(
  t: UseCaseTarget,
  attempts: fc.Arbitrary<UseCaseAttempt>,
  { runs, allowed }: { runs: number; allowed: (abstract new (...args: never[]) => Error)[] },
): Promise<void> {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  const seen = { schema: 0, domain: 0 };
  await fc.assert(
    fc.asyncProperty(attempts, async ({ actor, input }) => {
      const parsed = t.schema.safeParse(input);
      if (!parsed.success) {
        seen.schema++;
        return;
      }
      seen.domain++;
      const outcome = await t.call(actor, parsed.data as never).then(
        () => ({ ok: true as const }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      if (outcome.ok) throw new Error(`${t.name} accepted invalid input: ${JSON.stringify(input)}`);
      if (!allowed.some((cls) => outcome.e instanceof cls)) throw outcome.e;
    }),
    { numRuns: runs },
  );
  expect(seen.schema + seen.domain).toBeGreaterThanOrEqual(100);
  expect(seen.schema).toBeGreaterThan(0);
  expect(seen.domain).toBeGreaterThan(0);
  expect(await databaseFingerprint(db)).toEqual(before);
}

/** A well-formed input of `t` with a non-empty set of fields replaced by values the schema must refuse (undefined = left out). */
function corruptedUseCaseInput(t: UseCaseTarget, actor: Actor): fc.Arbitrary<UseCaseAttempt> {
  return fc
    .subarray(Object.keys(t.invalid), { minLength: 1 })
    .chain((fields) => fc.tuple(fc.constant(fields), fc.tuple(...fields.map((n) => t.invalid[n]!))))
    .map(([fields, values]) => {
      const input = t.base();
      fields.forEach((n, i) => {
        if (values[i] === undefined) delete input[n];
        else input[n] = values[i];
      });
      return { actor, input };
    });
}

/** The attempts at `t` by `actor`: corrupted inputs (6 in 10), `t.refused()` (3 in 10) and arbitrary garbage (1 in 10). */
export function useCaseAttempts(t: UseCaseTarget, actor: Actor): fc.Arbitrary<UseCaseAttempt> {
  const garbage = fc
    .oneof(
      fc.anything(),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()))),
    )
    .map((input) => ({ actor, input }));
  return fc.oneof(
    { arbitrary: corruptedUseCaseInput(t, actor), weight: 6 },
    { arbitrary: fc.constantFrom(...t.refused()), weight: 3 },
    { arbitrary: garbage, weight: 1 },
  );
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Raw values (use-case level, parsed by the schema) that an id, a version or a day field must refuse. */
export const badRawValue = {
  id: fc.oneof(
    fc.constantFrom("", "123", "not-an-id", "00000000-0000-4000-8000-00000000000", null, 42, ["x"]),
    fc.string({ maxLength: 40 }).filter((s) => !GUID.test(s)),
  ),
  version: fc.constantFrom("0", "-1", "abc", "1.5", "", "1e12", null, [], {}),
  day: fc.constantFrom("", "2026-02-30", "30-01-2026", "abc", "2026-13-01", "1899-12-31", "2101-01-01", 20260101, null),
  optionalDay: fc.constantFrom("2026-02-30", "30-01-2026", "abc", "2026-13-01", "1899-12-31", 20260101),
};
