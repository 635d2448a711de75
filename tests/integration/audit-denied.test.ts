// Refused look-ups are logged (issue 9, lib/audit/denied.ts): one DENIED row in its own transaction,
// after the use case rolled back, holding what the person asked for and nothing they may not know.
// Missing and forbidden stay indistinguishable to the person: the same error, the same row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { verifySettled } from "./support/audit";
import { createCase, type OrgFixture } from "../factories/core";
import { NotFoundError } from "@/lib/domain/errors";
import { getCase } from "@/lib/domain/cases/get-case";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { getRuleSettings } from "@/lib/domain/rules/get-rule-settings";
import { ZRecordHeldFollowUp } from "@/lib/validation/followups";
import { instantToDanishLocal } from "@/lib/time";
import type { Actor } from "@/lib/auth/policy";

let a: OrgFixture;
let b: OrgFixture;
let caseA: { id: string; citizenId: string };
const MISSING = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Afvist A", "Afvist B");
  const { db } = testDb();
  caseA = await createCase(db, a);
});
afterAll(teardownTestDb);

async function refusal(work: Promise<unknown>): Promise<NotFoundError> {
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(NotFoundError);
  return e as NotFoundError;
}

const lastRowOf = (actor: Actor) => testDb().db.accessLog.findFirstOrThrow({ where: { actorId: actor.userId }, orderBy: { id: "desc" } });

describe("refused look-ups in the access log", () => {
  it("a case of another organisation: 404 like a missing case, and a DENIED row without the citizen", async () => {
    const { db } = testDb();
    const other = b.actors.caseworker;
    const forbidden = await refusal(getCase(other, caseA.id));
    const forbiddenRow = await lastRowOf(other);
    const missing = await refusal(getCase(other, MISSING));
    const missingRow = await lastRowOf(other);
    // The person cannot tell them apart…
    expect([forbidden.name, forbidden.message]).toEqual([missing.name, missing.message]);
    // …and the log holds what they asked for, in their organisation, never whose record it is.
    for (const [row, id] of [
      [forbiddenRow, caseA.id],
      [missingRow, MISSING],
    ] as const) {
      expect(row).toMatchObject({
        organisationId: b.org.id,
        actorId: other.userId,
        actorRole: "CASEWORKER",
        actorDepartment: "JOBCENTER",
        action: "VIEW",
        outcome: "DENIED",
        recordType: "SickLeaveCase",
        recordId: id,
        citizenId: null,
        consentId: null,
        crossDepartment: false,
      });
    }
    expect(await db.accessLog.count({ where: { citizenId: caseA.citizenId, outcome: "DENIED" } })).toBe(0);
  });

  it("the DENIED row survives the rollback and is sealed into the chain like any other", async () => {
    const { db } = testDb();
    await refusal(getCase(a.actors.therapist, caseA.id)); // no consent, no relationship
    const row = await lastRowOf(a.actors.therapist);
    expect(row).toMatchObject({ outcome: "DENIED", recordId: caseA.id, citizenId: null, actorDepartment: "HEALTH_CENTER" });
    expect((await verifySettled(db, a.org.id)).ok).toBe(true);
    expect(await db.accessLogSeal.count({ where: { logId: row.id } })).toBe(1);
  });

  it("an id that is not a record id is logged without it, so a URL cannot write text into the log", async () => {
    const junk = `'; DROP TABLE "AccessLog"; -- ${"x".repeat(2000)}`;
    await refusal(getCase(b.actors.caseworker, junk));
    expect(await lastRowOf(b.actors.caseworker)).toMatchObject({ outcome: "DENIED", recordId: null, details: { malformedId: true } });
  });

  it("a refused write is logged as an attempted UPDATE, and nothing else is written", async () => {
    const { db } = testDb();
    const other = b.actors.caseworker;
    const before = await db.accessLog.count({ where: { outcome: "ALLOWED" } });
    const input = ZRecordHeldFollowUp.parse({
      caseId: caseA.id,
      heldAt: instantToDanishLocal(new Date(Date.now() - 3_600_000)),
      mode: "PHONE",
      participants: ["CITIZEN"],
      summary: "Forsøg",
    });
    await refusal(recordHeldFollowUp(other, input));
    expect(await lastRowOf(other)).toMatchObject({ action: "UPDATE", outcome: "DENIED", recordType: "SickLeaveCase", recordId: caseA.id });
    expect(await db.accessLog.count({ where: { outcome: "ALLOWED" } })).toBe(before);
    expect(await db.followUp.count()).toBe(0);
  });

  it("a refused kind of action names no record and is not logged", async () => {
    const { db } = testDb();
    const before = await db.accessLog.count();
    await refusal(getRuleSettings(a.actors.caseworker));
    expect(await db.accessLog.count()).toBe(before);
  });
});
