// Bad input to the admin's rule-parameter form never writes: at least 100 generated invalid
// inputs through the real server action (schema → domain), each refused, and the whole database
// unchanged afterwards. Valid-looking input from the wrong actor or on a stale version is refused too.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/policy";
import { DK_DEFAULTS } from "@/lib/rules/types";
import { DK_PARAMETER_RANGES, type DkParameterKey } from "@/lib/rules/dk";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { databaseFingerprint } from "../factories/index";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { corruptFields, expectInputsRefused, toFormData } from "./support/invalid-input";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateRuleParametersAction } = await import("@/app/(app)/admin/rules/actions");

const RUNS = 120;
let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db);
  await createCase(testDb().db, f);
});
afterAll(teardownTestDb);

const { version: _v, ...defaults } = DK_DEFAULTS;
const valid: Record<string, string> = {
  baseVersion: "1",
  reason: "Lovændring pr. 1. januar",
  ...Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, String(v)])),
};
valid.firstFollowUpWeek = "7";

// Junk, or a whole number just outside the parameter's own range. (A missing field takes the
// default and "0" is valid for some parameters, so neither may appear here.)
const badNumber = (key: DkParameterKey) =>
  fc.oneof(
    fc.constantFrom("", " ", "abc", "1,5", "2.5", "NaN", "Infinity", "1e9"),
    fc.integer({ min: -100, max: DK_PARAMETER_RANGES[key].min - 1 }).map(String),
    fc.integer({ min: DK_PARAMETER_RANGES[key].max + 1, max: 100_000 }).map(String),
  );
const bad: Record<string, fc.Arbitrary<unknown>> = {
  ...Object.fromEntries((Object.keys(defaults) as DkParameterKey[]).map((k) => [k, badNumber(k)])),
  baseVersion: fc.constantFrom("", "0", "x", undefined),
  reason: fc.oneof(
    fc.constantFrom("", "  ", "ab"),
    fc.integer({ min: 1001, max: 1500 }).map((n) => "x".repeat(n)),
    fc.constant(undefined),
  ),
};
const corrupted = corruptFields(valid, bad, 4);
// Cross-field nonsense: contact may not start after the first follow-up is due.
const crossField = fc.integer({ min: 9, max: 20 }).map((w) => ({ ...valid, contactFromWeek: String(w) }));

describe("rule parameters: invalid input writes nothing", () => {
  it(`${RUNS} invalid inputs from the admin are refused with field errors`, async () => {
    actor = f.actors.admin;
    await expectInputsRefused(updateRuleParametersAction, fc.oneof(corrupted, crossField), { runs: RUNS, fieldError: true });
  });

  it("valid input from a non-admin or on a stale version is refused, and the control input is accepted", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    for (const who of [f.actors.caseworker, f.actors.manager, f.actors.therapist]) {
      actor = who;
      expect((await updateRuleParametersAction({ ok: false }, toFormData(valid))).ok).toBe(false);
    }
    actor = f.actors.admin;
    expect((await updateRuleParametersAction({ ok: false }, toFormData({ ...valid, baseVersion: "5" }))).formError).toBe("errors.conflict");
    expect(await databaseFingerprint(db)).toEqual(before);
    expect(await updateRuleParametersAction({ ok: false }, toFormData(valid))).toMatchObject({ ok: true });
    // The built-in defaults, the change, and the later built-in version (DK 2014; ADR 0006 § 7).
    expect(await db.ruleSet.count({ where: { organisationId: f.org.id } })).toBe(3);
  });
});
