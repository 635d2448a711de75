// Every role × action rule of the jobcenter case work, tried from the wrong side: another
// jobcenter department, another organisation, the health center (with and without consent),
// a manager and an admin. Out of scope is "not found", exactly like a missing record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { citizenForm, createOtherJobcenter, dayField, daysAgo, grantConsent, nextCpr, type OrgFixture } from "../factories";
import { createReferral } from "../factories/rehab";
import type { Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/domain/errors";
import { ZCreateCitizen, ZCorrectCitizen, ZVoidCitizen } from "@/lib/validation/citizens";
import { ZChangeCaseStatus, ZCorrectCase, ZGrantExemption, ZOpenCase, ZReassignCase, ZVoidCase } from "@/lib/validation/cases";
import { ZPlanFollowUp, ZRecordHeldFollowUp } from "@/lib/validation/followups";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";
import { correctCitizen } from "@/lib/domain/citizens/correct-citizen";
import { voidCitizen } from "@/lib/domain/citizens/void-citizen";
import { searchCitizens } from "@/lib/domain/citizens/search-citizens";
import { getCitizen } from "@/lib/domain/citizens/get-citizen";
import { openCase } from "@/lib/domain/cases/open-case";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { grantExemption } from "@/lib/domain/cases/grant-exemption";
import { reassignCase } from "@/lib/domain/cases/reassign-case";
import { correctCase } from "@/lib/domain/cases/correct-case";
import { voidCase } from "@/lib/domain/cases/void-case";
import { getCase } from "@/lib/domain/cases/get-case";
import { getCaseTimeline } from "@/lib/domain/cases/get-case-timeline";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { planFollowUp } from "@/lib/domain/followups/plan-follow-up";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { listHistory } from "@/lib/domain/history/list-history";
import { instantToDanishLocal } from "@/lib/time";

let a: OrgFixture;
let b: OrgFixture;
let otherDept: Actor;
let citizenId: string;
let caseId: string;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Politik A", "Politik B");
  const { db } = testDb();
  otherDept = (await createOtherJobcenter(db, a)).caseworker;
  citizenId = (await createCitizen(a.actors.caseworker, ZCreateCitizen.parse(citizenForm(nextCpr())))).id;
  caseId = (
    await openCase(
      a.actors.caseworker,
      ZOpenCase.parse({
        citizenId,
        firstAbsenceDay: dayField(daysAgo(30)),
        diagnosisGroup: "MENTAL",
        caseworkerId: a.actors.caseworker.userId,
      }),
    )
  ).id;
});
afterAll(teardownTestDb);

/** Every write on the case, as each actor would send it. */
function caseWrites(actor: Actor, version = 1): [string, () => Promise<unknown>][] {
  const v = { caseId, version: String(version) };
  return [
    [
      "change status",
      () =>
        changeCaseStatus(
          actor,
          ZChangeCaseStatus.parse({ ...v, status: "PARTIAL_RETURN", effectiveOn: dayField(daysAgo(1)), hoursPerWeek: "10" }),
        ),
    ],
    [
      "grant exemption",
      () => grantExemption(actor, ZGrantExemption.parse({ ...v, exemptionReason: "IMMINENT_RETURN", fromOn: dayField(daysAgo(1)) })),
    ],
    ["reassign", () => reassignCase(actor, ZReassignCase.parse({ ...v, caseworkerId: actor.userId }))],
    [
      "correct",
      () =>
        correctCase(
          actor,
          ZCorrectCase.parse({ ...v, firstAbsenceDay: dayField(daysAgo(31)), diagnosisGroup: "OTHER", reason: "Forsøg på rettelse" }),
        ),
    ],
    ["void", () => voidCase(actor, ZVoidCase.parse({ ...v, reason: "Forsøg på annullering" }))],
    [
      "plan follow-up",
      () =>
        planFollowUp(
          actor,
          ZPlanFollowUp.parse({ caseId, scheduledAt: instantToDanishLocal(new Date(Date.now() + 86_400_000)), mode: "PHONE" }),
        ),
    ],
    [
      "record follow-up",
      () =>
        recordHeldFollowUp(
          actor,
          ZRecordHeldFollowUp.parse({
            caseId,
            heldAt: instantToDanishLocal(new Date(Date.now() - 3_600_000)),
            mode: "PHONE",
            participants: ["CITIZEN"],
            summary: "Forsøg",
          }),
        ),
    ],
  ];
}

function citizenWrites(actor: Actor): [string, () => Promise<unknown>][] {
  return [
    ["create citizen", () => createCitizen(actor, ZCreateCitizen.parse(citizenForm(nextCpr())))],
    [
      "correct citizen",
      () =>
        correctCitizen(
          actor,
          ZCorrectCitizen.parse({ ...citizenForm("", { lastName: "Ændret" }), citizenId, version: "1", reason: "Forsøg på rettelse" }),
        ),
    ],
    ["void citizen", () => voidCitizen(actor, ZVoidCitizen.parse({ citizenId, version: "1", reason: "Forsøg på annullering" }))],
    [
      "open case",
      () =>
        openCase(
          actor,
          ZOpenCase.parse({ citizenId, firstAbsenceDay: dayField(daysAgo(2)), diagnosisGroup: "OTHER", caseworkerId: actor.userId }),
        ),
    ],
  ];
}

async function expectAllNotFound(actor: Actor, writes: [string, () => Promise<unknown>][]) {
  const { db } = testDb();
  // Refused look-ups are logged as DENIED (ADR 0009); nothing may be logged as done.
  const allowed = { where: { outcome: "ALLOWED" as const } };
  const logs = await db.accessLog.count(allowed);
  const versions = await db.recordVersion.count();
  for (const [name, write] of writes) {
    const e = await write().then(
      () => null,
      (err: unknown) => err,
    );
    expect(e, name).toBeInstanceOf(NotFoundError);
  }
  expect(await db.accessLog.count(allowed)).toBe(logs);
  expect(await db.recordVersion.count()).toBe(versions);
  expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(1);
}

describe("reading cases and citizens", () => {
  it("a caseworker of another jobcenter department of the same organisation does not find the case", async () => {
    await expect(getCase(otherDept, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseTimeline(otherDept, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listHistory(otherDept, { recordType: "SickLeaveCase", recordId: caseId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getMyWorklist(otherDept, {})).rows).toEqual([]);
  });

  it("a caseworker of another organisation finds neither the case nor the citizen", async () => {
    const cw = b.actors.caseworker;
    await expect(getCase(cw, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseTimeline(cw, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCitizen(cw, citizenId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listHistory(cw, { recordType: "Citizen", recordId: citizenId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await searchCitizens(cw, { q: undefined })).rows.map((r) => r.id)).not.toContain(citizenId);
  });

  it("a manager and an admin see no case, no citizen and no worklist", async () => {
    for (const actor of [a.actors.manager, a.actors.admin]) {
      await expect(getCase(actor, caseId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCaseTimeline(actor, caseId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCitizen(actor, citizenId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(searchCitizens(actor, {})).rejects.toBeInstanceOf(NotFoundError);
      expect((await getMyWorklist(actor, {})).rows).toEqual([]);
    }
  });

  it("a therapist reads the case facts only with consent (and a referral), and never its follow-ups, timeline or the citizen register", async () => {
    const therapist = a.actors.therapist;
    await createReferral(testDb().db, a, { caseId });
    await expect(getCase(therapist, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await grantConsent(testDb().db, a, citizenId, ["JOBCENTER_TO_HEALTH"]);
    const c = await getCase(therapist, caseId);
    expect(c.readOnly).toBe(true);
    expect(c.followUps).toEqual([]);
    await expect(getCaseTimeline(therapist, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(searchCitizens(therapist, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCitizen(therapist, citizenId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a jobcenter coordinator reads the case but cannot change it", async () => {
    const c = await getCase(a.actors.coordinator, caseId);
    expect(c.readOnly).toBe(true);
  });
});

describe("writing cases and citizens", () => {
  it("a therapist cannot edit a case or create a citizen, even with consent", async () => {
    await expectAllNotFound(a.actors.therapist, [...caseWrites(a.actors.therapist), ...citizenWrites(a.actors.therapist)]);
  });

  it("a visitator, coordinator, manager and admin cannot write either", async () => {
    for (const actor of [a.actors.visitator, a.actors.coordinator, a.actors.manager, a.actors.admin]) {
      await expectAllNotFound(actor, [...caseWrites(actor), ...citizenWrites(actor)]);
    }
  });

  it("a caseworker of another department or organisation cannot write the case or the citizen's case", async () => {
    await expectAllNotFound(otherDept, caseWrites(otherDept));
    await expectAllNotFound(b.actors.caseworker, [...caseWrites(b.actors.caseworker), ...citizenWrites(b.actors.caseworker).slice(1)]);
  });

  it("every write by the owning caseworker appends an access-log row in the same transaction", async () => {
    const { db } = testDb();
    const cw = a.actors.caseworker;
    const logged = () => db.accessLog.count({ where: { actorId: cw.userId, action: { in: ["CREATE", "UPDATE"] } } });
    for (const name of ["change status", "grant exemption", "correct", "plan follow-up", "record follow-up"]) {
      const before = await logged();
      const version = (await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } })).version;
      await caseWrites(cw, version).find(([n]) => n === name)![1]();
      expect(await logged(), name).toBe(before + 1);
    }
  });
});
