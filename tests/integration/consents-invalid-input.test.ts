// Bad input to the consent forms never writes (issue 9 "Bad input"): ≥ 100 generated invalid
// inputs per action through the real server action (schema → use case), each refused without
// "errors.unexpected", a corrupted field's error next to that field, and the whole database
// unchanged afterwards. Generated inputs are only ever invalid: a corrupted field, a cross-field
// contradiction, or a well-formed request the rules or the policy must refuse (no open case and no
// last day, revoking twice, an ended consent, a stale version, another organisation's consent,
// another citizen, a role without the capability).
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { corrupted, expectActionRefusesAll, type ActionAttempt, type FormAction, toFormData } from "./support/invalid-input";
import { createCitizen, type OrgFixture } from "../factories";
import { consentForm, consentInState, dayFromToday, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import { badUnicodeText } from "../factories/unicode";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { recordConsentAction, revokeConsentAction } = await import("@/app/(app)/consents/actions");

const RUNS = 120;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let a: OrgFixture;
let b: OrgFixture;
const fx = {} as {
  citizenId: string;
  freeCitizenId: string;
  otherCitizenId: string;
  active: string;
  revoked: string;
  ended: string;
  foreign: string;
  foreignCitizenId: string;
};

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Fejl A", "Fejl B");
  const { db } = testDb();
  const w = await sharedCitizen(db, a);
  fx.citizenId = w.citizenId;
  fx.freeCitizenId = (await createCitizen(db, a.org.id)).id;
  fx.otherCitizenId = (await sharedCitizen(db, a)).citizenId;
  fx.active = (await consentInState(db, a, w.citizenId, "active", ["JOBCENTER_TO_HEALTH"]))!.id;
  const revoked = await consentInState(db, a, w.citizenId, "revoked", ["HEALTH_TO_JOBCENTER"]);
  await db.consent.update({ where: { id: revoked!.id }, data: { version: 2 } });
  fx.revoked = revoked!.id;
  fx.ended = (await consentInState(db, a, w.citizenId, "expired", ["HEALTH_TO_JOBCENTER"]))!.id;
  const wb = await sharedCitizen(db, b);
  fx.foreignCitizenId = wb.citizenId;
  fx.foreign = (await consentInState(db, b, wb.citizenId, "active", ["JOBCENTER_TO_HEALTH"]))!.id;
});
afterAll(teardownTestDb);

/** FormData as the browser sends it: lists as repeated "name[]" fields, undefined as a missing field. */

const badId = fc.oneof(
  fc.constantFrom("", "123", "not-an-id", "00000000-0000-4000-8000-00000000000", undefined),
  fc.string({ maxLength: 40 }).filter((s) => !GUID.test(s.trim())),
);
const badDay = fc.constantFrom("", "2026-02-30", "30-01-2026", "abc", "2026-13-01", "1899-12-31", "2101-01-01", "20260101", undefined);
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 200 }).map((n) => "x".repeat(n));
/** Text a text field must refuse: too long, or with control, direction-override or only invisible characters (issue 8 item 4). */
const badText = (max: number) => fc.oneof(tooLong(max), badUnicodeText(max));

type Attempt = ActionAttempt;

/** Runs every attempt through `action` as its actor (support/invalid-input.ts). */
const assertAllRefused = (action: FormAction, attempts: fc.Arbitrary<Attempt>) =>
  expectActionRefusesAll(action, attempts, { runs: RUNS, signInAs: (who) => (actor = who), toFormData });

describe("consent forms: invalid input writes nothing", () => {
  it(`recording: ${RUNS} invalid inputs refused, errors next to the field`, async () => {
    const cw = () => a.actors.caseworker;
    const base = () => consentForm(fx.citizenId);
    const fieldBad = corrupted(
      base,
      {
        citizenId: badId,
        directions: fc.constantFrom([], undefined, ["FOO"], ["health"], [""], "NOPE"),
        method: fc.constantFrom("", "FOO", "written", undefined, "1"),
        purpose: fc.oneof(fc.constantFrom("", "   ", undefined), badText(1000)),
        validFrom: badDay,
        validUntil: fc.oneof(
          fc.constantFrom("2026-02-30", "abc", "31-12-2026", "2026-13-01"),
          fc.integer({ min: 2, max: 400 }).map((n) => dayFromToday(-n)),
        ),
        employerDetails: badText(1000),
      },
      cw,
    );
    const crossField = fc.oneof(
      // Employer sharing without a text of what may be discussed.
      fc.constant<Attempt>({
        who: cw(),
        input: consentForm(fx.citizenId, { directions: ["SHARE_WITH_EMPLOYER"] }),
        fields: ["employerDetails"],
      }),
      // A last day before the first.
      fc.integer({ min: 1, max: 30 }).map((n): Attempt => ({
        who: cw(),
        input: consentForm(fx.citizenId, { validFrom: dayFromToday(40), validUntil: dayFromToday(40 - n) }),
        fields: ["validUntil"],
      })),
    );
    const refused = fc.constantFrom<Attempt>(
      // No open case and no last day.
      { who: cw(), input: consentForm(fx.freeCitizenId), fields: ["validUntil"] },
      // Unknown citizen, another organisation's citizen.
      { who: cw(), input: consentForm(randomUUID()), fields: [] },
      { who: cw(), input: consentForm(fx.foreignCitizenId), fields: [] },
      // Roles without the capability, and another organisation's staff.
      ...[a.actors.manager, a.actors.admin, a.actors.coordinator, b.actors.caseworker, b.actors.therapist].map((who) => ({
        who,
        input: consentForm(fx.citizenId),
        fields: [],
      })),
    );
    await assertAllRefused(
      recordConsentAction,
      fc.oneof({ arbitrary: fieldBad, weight: 6 }, { arbitrary: crossField, weight: 2 }, { arbitrary: refused, weight: 3 }),
    );
  }, 180_000);

  it(`revoking: ${RUNS} invalid inputs refused (twice, ended, stale, foreign), nothing written`, async () => {
    const cw = () => a.actors.caseworker;
    const base = () => ({ citizenId: fx.citizenId, consentId: fx.active, version: "1", reason: "" });
    const fieldBad = corrupted(
      base,
      {
        citizenId: badId,
        consentId: badId,
        version: fc.constantFrom("0", "-1", "abc", "1.5", "", "1e12", undefined),
        reason: badText(1000),
      },
      cw,
    );
    const revoke = (over: Record<string, unknown>, who: Actor = cw()): Attempt => ({ who, input: { ...base(), ...over }, fields: [] });
    const refused = fc.constantFrom<Attempt>(
      // Revoking twice: with the version the page had, and with the current one.
      revoke({ consentId: fx.revoked, version: "1" }),
      revoke({ consentId: fx.revoked, version: "2" }),
      // An ended consent, a stale version.
      revoke({ consentId: fx.ended }),
      revoke({ version: "2" }),
      revoke({ version: "9" }),
      // Another organisation's consent, another citizen's, an unknown one.
      revoke({ consentId: fx.foreign }),
      revoke({ citizenId: fx.foreignCitizenId, consentId: fx.foreign }),
      revoke({ citizenId: fx.otherCitizenId }),
      revoke({ consentId: randomUUID() }),
      // Roles without the capability, and another organisation's staff.
      ...[a.actors.manager, a.actors.admin, a.actors.coordinator, b.actors.caseworker, b.actors.therapist].map((who) => revoke({}, who)),
    );
    await assertAllRefused(revokeConsentAction, fc.oneof({ arbitrary: fieldBad, weight: 6 }, { arbitrary: refused, weight: 4 }));
  }, 180_000);

  it("the refusals say why: already revoked, already ended, changed by someone else, not allowed", async () => {
    actor = a.actors.caseworker;
    const revoke = (over: Record<string, unknown>) =>
      revokeConsentAction({ ok: false }, toFormData({ citizenId: fx.citizenId, consentId: fx.active, version: "1", reason: "", ...over }));
    expect((await revoke({ consentId: fx.revoked, version: "2" })).formError).toBe("consents.errors.alreadyRevoked");
    expect((await revoke({ consentId: fx.ended })).formError).toBe("consents.errors.alreadyEnded");
    expect((await revoke({ version: "3" })).formError).toBe("errors.conflict");
    expect((await revoke({ consentId: fx.foreign })).formError).toBe("errors.notAllowed");
    const r = await recordConsentAction({ ok: false }, toFormData(consentForm(fx.freeCitizenId)));
    expect(r.fieldErrors).toEqual({ validUntil: ["consents.errors.untilRequired"] });
  });
});
