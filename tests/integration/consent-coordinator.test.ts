// The coordinator's window (issue 9 "Coordinator", docs/decisions/0010): a coordinator reads the
// other department's records of a citizen only while the citizen is on the agenda of a joint
// meeting the coordinator runs that is upcoming or whose minutes are not closed, and only under
// consent covering both directions. Tried with fixtures on both sides of every edge.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import type { OrgFixture } from "../factories";
import { addToAgenda, consentInState, createMeeting, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import type { MeetingKind } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";
import { getRehabForJobcenter } from "@/lib/domain/rehab/get-rehab-for-jobcenter";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { getCase } from "@/lib/domain/cases/get-case";

let a: OrgFixture;
let b: OrgFixture;
let hcCoordinator: Actor;
let otherCoordinator: Actor;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Koordinering A", "Koordinering B");
  hcCoordinator = await a.makeActor("COORDINATOR", "HEALTH_CENTER");
  otherCoordinator = await a.makeActor("COORDINATOR", "JOBCENTER");
});
afterAll(teardownTestDb);

type Setup = {
  consent?: "both" | "healthToJobcenter" | "jobcenterToHealth" | "revoked" | "none";
  meeting?: { kind?: MeetingKind; startsInHours?: number; minutesClosed?: boolean; org?: "own" | "other"; by?: "self" | "colleague" };
  onAgenda?: boolean;
  removed?: boolean;
};

/** A citizen both departments work with, consent and meeting as described; returns the case id. */
async function world(coordinator: Actor, s: Setup) {
  const { db } = testDb();
  const w = await sharedCitizen(db, a);
  const c = s.consent ?? "both";
  if (c === "both") await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
  if (c === "healthToJobcenter") await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER"]);
  if (c === "jobcenterToHealth") await consentInState(db, a, w.citizenId, "active", ["JOBCENTER_TO_HEALTH"]);
  if (c === "revoked") await consentInState(db, a, w.citizenId, "revoked", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
  const m = s.meeting ?? {};
  const owner = m.by === "colleague" ? otherCoordinator : coordinator;
  const meeting = await createMeeting(db, owner, { ...m, organisationId: m.org === "other" ? b.org.id : a.org.id });
  if (s.onAgenda !== false) {
    const item = await addToAgenda(db, meeting.id, w.citizenId);
    if (s.removed) await db.meetingAgendaItem.update({ where: { id: item.id }, data: { removedAt: new Date() } });
  }
  return { ...w, meetingId: meeting.id };
}

/** True when the jobcenter coordinator sees the health center's plans of the world's citizen. */
async function jobcenterCoordinatorSeesRehab(caseId: string): Promise<boolean> {
  const view = await getRehabForJobcenter(a.actors.coordinator, caseId);
  expect(view.crossDepartment).toBe(true);
  if (view.consent === null) {
    expect(view.plans).toEqual([]);
    return false;
  }
  expect(view.plans).toHaveLength(1);
  return true;
}

/** True when the health-center coordinator sees the jobcenter's case (not found otherwise). */
async function healthCoordinatorSeesCase(caseId: string): Promise<boolean> {
  return getCaseForHealthCenter(hcCoordinator, caseId).then(
    (v) => {
      expect(v.id).toBe(caseId);
      return true;
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(NotFoundError);
      return false;
    },
  );
}

const windows: [string, Setup, boolean][] = [
  ["before the citizen is added to the agenda", { onAgenda: false }, false],
  ["while the meeting is upcoming", {}, true],
  ["after the meeting began, while its minutes are open", { meeting: { startsInHours: -3 } }, true],
  ["after the minutes are closed", { meeting: { startsInHours: -3, minutesClosed: true } }, false],
  ["when the item was removed from the agenda", { removed: true }, false],
  ["with consent in one direction only (health → jobcenter)", { consent: "healthToJobcenter" }, false],
  ["with consent in one direction only (jobcenter → health)", { consent: "jobcenterToHealth" }, false],
  ["with a revoked consent", { consent: "revoked" }, false],
  ["without any consent", { consent: "none" }, false],
  ["on a meeting of another organisation", { meeting: { org: "other" } }, false],
  ["on another coordinator's meeting", { meeting: { by: "colleague" } }, false],
  ["on a leadership meeting (no person-level items)", { meeting: { kind: "LEADERSHIP" } }, false],
  ["on a board meeting (no person-level items)", { meeting: { kind: "BOARD_MONTHLY" } }, false],
  ["on a roundtable", { meeting: { kind: "ROUNDTABLE" } }, true],
];

describe("jobcenter coordinator reading the health center's rehab plans", () => {
  for (const [name, setup, sees] of windows) {
    it(`${sees ? "sees" : "does not see"} them ${name}`, async () => {
      const w = await world(a.actors.coordinator, setup);
      expect(await jobcenterCoordinatorSeesRehab(w.caseId)).toBe(sees);
    });
  }

  it("still reads the own department's case outside any window, read-only", async () => {
    const w = await world(a.actors.coordinator, { onAgenda: false });
    const c = await getCase(a.actors.coordinator, w.caseId);
    expect(c.readOnly).toBe(true);
  });

  it("the read inside the window is logged with the consent of the reader's direction", async () => {
    const { db } = testDb();
    const w = await world(a.actors.coordinator, {});
    await getRehabForJobcenter(a.actors.coordinator, w.caseId);
    const consent = await db.consent.findFirstOrThrow({ where: { citizenId: w.citizenId } });
    expect(await db.accessLog.findFirst({ where: { actorId: a.actors.coordinator.userId }, orderBy: { id: "desc" } })).toMatchObject({
      recordType: "RehabPlan",
      recordId: w.planId,
      crossDepartment: true,
      consentId: consent.id,
    });
  });

  it("closing the minutes ends the window on the next request", async () => {
    const { db } = testDb();
    const w = await world(a.actors.coordinator, { meeting: { startsInHours: -1 } });
    expect(await jobcenterCoordinatorSeesRehab(w.caseId)).toBe(true);
    await db.meeting.update({ where: { id: w.meetingId }, data: { minutesClosedAt: new Date() } });
    expect(await jobcenterCoordinatorSeesRehab(w.caseId)).toBe(false);
  });
});

describe("health-center coordinator reading the jobcenter's case", () => {
  for (const [name, setup, sees] of windows) {
    it(`${sees ? "sees" : "does not see (not found)"} it ${name}`, async () => {
      const w = await world(hcCoordinator, setup);
      expect(await healthCoordinatorSeesCase(w.caseId)).toBe(sees);
    });
  }

  it("a coordinator of another organisation never sees it", async () => {
    const w = await world(hcCoordinator, {});
    const foreign = await b.makeActor("COORDINATOR", "HEALTH_CENTER");
    await expect(getCaseForHealthCenter(foreign, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
