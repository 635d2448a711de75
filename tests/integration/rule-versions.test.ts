// Dated rule versions entered by an administrator (issue 8 item 14, ADR 0006): a law change known in
// advance is a new version with the day it takes effect; the built-in history is stored first; the
// admin page lists the versions and which one is in force today; open cases are recomputed; nothing
// is written on bad input (fast-check, ≥ 100 generated invalid inputs) or for anyone but an admin.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { setupTestDb, teardownTestDb } from "./support/db";
import { createCase, createOrg, databaseFingerprint, dayField, daysAgo, type OrgFixture } from "../factories";
import { ConflictError, DomainRuleError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { addRuleVersion } from "@/lib/domain/rules/add-rule-version";
import { getRuleSettings } from "@/lib/domain/rules/get-rule-settings";
import { DK_2014_DEFAULTS, DK_2014_PARAMETER_KEYS } from "@/lib/rules/dk";
import { ZAddRuleVersion } from "@/lib/validation/rules";
import { addDays } from "@/lib/rules/dates";
import { today } from "@/lib/clock";

let db: Db;
let f: OrgFixture;
let other: OrgFixture;
beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db);
  other = await createOrg(db);
});
afterAll(teardownTestDb);

/** The form as the browser posts it: every 2014 parameter (switches "on" or absent), prefilled with today's law. */
function form(over: Record<string, unknown> = {}): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const k of DK_2014_PARAMETER_KEYS) {
    const v = DK_2014_DEFAULTS[k];
    if (["inPersonFollowUps", "doctorCertificateRequired", "rehabTeamRequired", "reassessmentAtMonthEnd"].includes(k)) {
      if (v === 1) params[k] = "on";
    } else params[k] = String(v);
  }
  return {
    basedOnCount: "2",
    name: "Lov om ændring af sygedagpengeloven (L 74)",
    legalReferences: "lovforslag L 74 (2024-25)\nsygedagpengeloven § 13 b",
    effectiveFrom: dayField(daysAgo(-30)),
    transition: "RUNNING_CASES",
    reason: "Lovændringen er vedtaget",
    ...params,
    ...over,
  };
}

describe("an administrator's dated rule version", () => {
  it("stores the built-in history first, then the new version; the page shows it as upcoming; open cases are recomputed", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(today(), -20) });
    const before = await getRuleSettings(f.actors.admin);
    expect(before.versions.map((v) => [v.key, v.inForce])).toEqual([
      ["DK-2009", false],
      ["DK-2014", true],
    ]);
    const data = ZAddRuleVersion.parse(form({ firstFollowUpWeek: "6", rehabTeamRequired: undefined }));
    expect(data.rehabTeamRequired).toBe(0);
    const r = await addRuleVersion(f.actors.admin, data);
    expect(r.casesChecked).toBeGreaterThanOrEqual(1);
    const rows = await db.ruleSet.findMany({ where: { organisationId: f.org.id }, orderBy: { version: "asc" } });
    expect(rows.map((x) => [x.version, x.versionKey])).toEqual([
      [1, "DK-2009"],
      [2, "DK-2014"],
      [3, r.key],
    ]);
    expect(rows[2]).toMatchObject({
      name: data.name,
      note: "Lovændringen er vedtaget",
      createdById: f.actors.admin.userId,
      transition: "RUNNING_CASES",
    });
    expect(rows[2]!.legalReferences).toEqual(["lovforslag L 74 (2024-25)", "sygedagpengeloven § 13 b"]);
    expect(rows[2]!.parameters).toMatchObject({ model: 2014, firstFollowUpWeek: 6, rehabTeamRequired: 0 });
    const after = await getRuleSettings(f.actors.admin);
    expect(after.versions.map((v) => [v.key, v.inForce, v.upcoming])).toEqual([
      ["DK-2009", false, false],
      ["DK-2014", true, false],
      [r.key, false, true],
    ]);
    expect(after.versions[2]!.createdByName).toBe(f.actors.admin.name);
    // The case's first follow-up (week 8 under today's law) is still computed with DK-2014: week 6
    // ends before the new version takes effect, so it is due on the day it takes effect (ADR 0006 § 2).
    const stored = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.nextDeadlineKind).toBe("EMPLOYER_CONVERSATION");
    expect(await db.accessLog.count({ where: { recordType: "RuleSet", recordId: rows[2]!.id } })).toBe(1);
  });

  it("refuses a day that is not after today, one not after the latest version, a stale form, and everyone but an admin", async () => {
    const settings = await getRuleSettings(f.actors.admin);
    const count = String(settings.versions.length);
    const latest = settings.versions.at(-1)!.effectiveFrom!;
    const rows = await db.ruleSet.count();
    await expect(
      addRuleVersion(f.actors.admin, ZAddRuleVersion.parse(form({ basedOnCount: count, effectiveFrom: dayField(today()) }))),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      addRuleVersion(f.actors.admin, ZAddRuleVersion.parse(form({ basedOnCount: count, effectiveFrom: dayField(addDays(latest, -1)) }))),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      addRuleVersion(f.actors.admin, ZAddRuleVersion.parse(form({ basedOnCount: "2", effectiveFrom: dayField(addDays(latest, 30)) }))),
    ).rejects.toBeInstanceOf(ConflictError);
    for (const actor of [f.actors.caseworker, f.actors.manager, f.actors.therapist])
      await expect(addRuleVersion(actor, ZAddRuleVersion.parse(form({ basedOnCount: count })))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.ruleSet.count()).toBe(rows);
    // Another organisation's history is its own: still the built-in one.
    expect((await getRuleSettings(other.actors.admin)).versions.map((v) => v.key)).toEqual(["DK-2009", "DK-2014"]);
  });

  it("refuses ≥ 100 generated invalid forms and writes nothing", async () => {
    const bad = {
      basedOnCount: fc.constantFrom("", "-1", "x", null, "1.5"),
      name: fc.constantFrom("", "   ", null, "x".repeat(201)),
      legalReferences: fc.constantFrom("", "  ", null, "x".repeat(2001)),
      effectiveFrom: fc.constantFrom("", "2027-02-30", "01-01-2027", "abc", null, "2101-01-01"),
      transition: fc.constantFrom("", "ALL", "running_cases", null, 1),
      reason: fc.constantFrom("", "ab", null, "x".repeat(1001)),
      firstFollowUpWeek: fc.constantFrom("0", "53", "abc", "", "4.5"),
      followUpIntervalWeeks: fc.constantFrom("0", "53", "x", ""),
      // Early follow-up not before the regular first follow-up (cross-field rule of the 2014 model).
      fastTrackWithinWeeks: fc.constantFrom("8", "9", "52"),
      benefitLimitWarningWeek: fc.constantFrom("22", "30", "0"),
      dueSoonDays: fc.constantFrom("-1", "61", "x"),
    } as Record<string, fc.Arbitrary<unknown>>;
    const names = Object.keys(bad);
    const corrupted = fc
      .subarray(names, { minLength: 1 })
      .chain((fields) => fc.tuple(fc.constant(fields), fc.tuple(...fields.map((n) => bad[n]!))))
      .map(([fields, values]) => {
        const input = form();
        fields.forEach((n, i) => (input[n] = values[i]));
        return input;
      });
    const before = await databaseFingerprint(db);
    const seen = { schema: 0, domain: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: corrupted, weight: 9 }, { arbitrary: fc.anything(), weight: 1 }), async (input) => {
        const parsed = ZAddRuleVersion.safeParse(input);
        if (!parsed.success) {
          seen.schema++;
          return;
        }
        seen.domain++;
        const e = await addRuleVersion(f.actors.admin, parsed.data).then(
          () => null,
          (err: unknown) => err,
        );
        if (e === null) throw new Error(`accepted invalid input ${JSON.stringify(input)}`);
        if (![ValidationError, DomainRuleError, NotFoundError].some((cls) => e instanceof cls)) throw e;
      }),
      { numRuns: 120 },
    );
    expect(seen.schema).toBeGreaterThanOrEqual(100);
    expect(await databaseFingerprint(db)).toEqual(before);
  }, 120_000);
});
