// The authorization matrix (issues 9 and 12): ONE table — role × action × record kind × consent state —
// drives this test over the domain layer. Every cell is tried; a refused cell must be the same
// NotFoundError (same kind of record) as a record that does not exist, and a refused write writes
// nothing. The table is the product's access rule in one place for a reader (SPEC §2–3, ADR 0007,
// ADR 0010); the policy module (lib/auth/policy) is what enforces it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { addToAgenda, consentInState, createMeeting, dayFromToday, sharedCitizen, type ConsentStateName } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import type { ConsentDirection } from "@/lib/consents/validity";
import { NotFoundError } from "@/lib/domain/errors";
import { parseIsoDay } from "@/lib/time";
import { getCase } from "@/lib/domain/cases/get-case";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { getCaseRtw } from "@/lib/domain/rtw/get-case-rtw";
import { getCitizen } from "@/lib/domain/citizens/get-citizen";
import { getCitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { getCitizenAccessReport } from "@/lib/domain/audit/get-citizen-access-report";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { getRehabForJobcenter } from "@/lib/domain/rehab/get-rehab-for-jobcenter";
import { recordCaseMilestone } from "@/lib/domain/cases/record-case-milestone";
import { addGoal } from "@/lib/domain/rehab/add-goal";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";

// ------------------------------------------------------------------------------------ the table

/** Who asks. "other*" are staff of another municipality. */
const ROLES = ["caseworker", "coordinator", "therapist", "visitator", "manager", "admin", "otherCaseworker", "otherTherapist"] as const;
type RoleKey = (typeof ROLES)[number];

/** Consent states of the citizen both departments work with (directions in force now). */
type ConsentCell = { name: string; state: ConsentStateName; directions: ConsentDirection[] };
const BOTH: ConsentDirection[] = ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"];
const CONSENTS: ConsentCell[] = [
  { name: "none", state: "none", directions: [] },
  { name: "active (both directions)", state: "active", directions: BOTH },
  { name: "revoked", state: "revoked", directions: BOTH },
  { name: "expired", state: "expired", directions: BOTH },
  { name: "health → jobcenter only", state: "active", directions: ["HEALTH_TO_JOBCENTER"] },
  { name: "jobcenter → health only", state: "active", directions: ["JOBCENTER_TO_HEALTH"] },
];

/** In force now: the jobcenter may read the health center's work / the health center the jobcenter's case. */
const jobcenterReads = (c: ConsentCell) => c.state === "active" && c.directions.includes("HEALTH_TO_JOBCENTER");
const healthReads = (c: ConsentCell) => c.state === "active" && c.directions.includes("JOBCENTER_TO_HEALTH");

/**
 * Outcome of a cell: "allowed" (the record is shown / written), "withheld" (the view opens but shows
 * no other-department record and says no consent is registered), "notFound" (the same 404 as a
 * missing record).
 */
type Outcome = "allowed" | "withheld" | "notFound";
/** The shared citizen, on the agenda of the coordinator's upcoming case conference; and a leadership meeting. */
type World = Awaited<ReturnType<typeof sharedCitizen>> & { meetingId: string; leadershipMeetingId: string };
type Action = {
  record: string;
  action: "read" | "write";
  /** Runs the action on the world's record, or on `id` (a record that does not exist) to compare refusals with. */
  run: (actor: Actor, w: World, id?: string) => Promise<unknown>;
  /** The cell's expected outcome. */
  expect: (role: RoleKey, c: ConsentCell) => Outcome;
  /** For views that open without showing: whether the result showed the other department's records. */
  shown?: (result: unknown) => boolean;
};

const jobcenterStaff = (r: RoleKey) => r === "caseworker" || r === "coordinator";
const healthStaff = (r: RoleKey) => r === "therapist" || r === "visitator";

const ACTIONS: Action[] = [
  {
    record: "sick-leave case (facts, follow-ups)",
    action: "read",
    run: (a, w, id) => getCase(a, id ?? w.caseId),
    // The owning jobcenter department; the health center with JOBCENTER_TO_HEALTH in force (case facts).
    expect: (r, c) => (jobcenterStaff(r) || (healthStaff(r) && healthReads(c)) ? "allowed" : "notFound"),
  },
  {
    record: "sick-leave case, the health center's read-only view",
    action: "read",
    run: (a, w, id) => getCaseForHealthCenter(a, id ?? w.caseId),
    expect: (r, c) => (healthStaff(r) && healthReads(c) ? "allowed" : "notFound"),
  },
  {
    record: "return-to-work plan",
    action: "read",
    run: (a, w, id) => getCaseRtw(a, id ?? w.caseId),
    expect: (r, c) => (jobcenterStaff(r) || (healthStaff(r) && healthReads(c)) ? "allowed" : "notFound"),
  },
  {
    record: "rehab plan (the health center's full record)",
    action: "read",
    run: (a, w, id) => getRehabPlan(a, id ?? w.planId),
    expect: (r) => (healthStaff(r) ? "allowed" : "notFound"),
  },
  {
    record: "rehab plans, the jobcenter's read-only view",
    action: "read",
    run: (a, w, id) => getRehabForJobcenter(a, id ?? w.caseId),
    shown: (v) => (v as { plans: unknown[] }).plans.length > 0,
    // The caseworker under HEALTH_TO_JOBCENTER. Health-center staff reach the case's tab only when they
    // may read the case (JOBCENTER_TO_HEALTH), and then see their own department's plans.
    expect: (r, c) => {
      if (r === "caseworker") return jobcenterReads(c) ? "allowed" : "withheld";
      // The jobcenter coordinator: only through the window of a meeting with the citizen on its agenda
      // (there is one here), under consent in both directions (ADR 0010).
      if (r === "coordinator") return jobcenterReads(c) && healthReads(c) ? "allowed" : "withheld";
      return healthStaff(r) && healthReads(c) ? "allowed" : "notFound";
    },
  },
  {
    record: "citizen (register)",
    action: "read",
    run: (a, w, id) => getCitizen(a, id ?? w.citizenId),
    expect: (r) => (jobcenterStaff(r) ? "allowed" : "notFound"),
  },
  {
    record: "referral",
    action: "read",
    run: (a, w, id) => getReferral(a, id ?? w.referralId),
    // Shared by nature: the referring jobcenter department and the receiving health-center department.
    expect: (r) => (jobcenterStaff(r) || healthStaff(r) ? "allowed" : "notFound"),
  },
  {
    record: "consents",
    action: "read",
    run: (a, w, id) => getCitizenConsents(a, id ?? w.citizenId),
    expect: (r) => (jobcenterStaff(r) || healthStaff(r) ? "allowed" : "notFound"),
  },
  {
    record: "access report",
    action: "read",
    run: (a, w, id) => getCitizenAccessReport(a, { citizenId: id ?? w.citizenId, from: null, to: null, format: "page" }),
    expect: (r) => (r === "caseworker" || healthStaff(r) ? "allowed" : "notFound"),
  },
  {
    record: "case conference with the citizen on its agenda",
    action: "read",
    run: (a, w, id) => getMeeting(a, id ?? w.meetingId),
    // The coordinator; staff who work with the citizen (issue 12, ADR 0017); never a manager (person-level items).
    expect: (r) => (jobcenterStaff(r) || healthStaff(r) ? "allowed" : "notFound"),
  },
  {
    record: "leadership meeting",
    action: "read",
    run: (a, w, id) => getMeeting(a, id ?? w.leadershipMeetingId),
    // Managers and the coordinator; staff only as participants (none here).
    expect: (r) => (r === "manager" || r === "coordinator" ? "allowed" : "notFound"),
  },
  {
    record: "sick-leave case",
    action: "write",
    run: (a, w, id) =>
      recordCaseMilestone(a, {
        caseId: id ?? w.caseId,
        version: 1,
        milestone: "EMPLOYER_CONVERSATION",
        on: parseIsoDay(dayFromToday(-1))!,
      }),
    expect: (r) => (r === "caseworker" ? "allowed" : "notFound"),
  },
  {
    record: "rehab plan",
    action: "write",
    run: (a, w, id) => addGoal(a, { planId: id ?? w.planId, text: "Bære 5 kg", baseline: "2 kg", target: "5 kg" }),
    expect: (r) => (r === "therapist" ? "allowed" : "notFound"),
  },
];

// ------------------------------------------------------------------------------------ the test

let a: OrgFixture;
let b: OrgFixture;
const actorOf = (r: RoleKey): Actor =>
  r === "otherCaseworker" ? b.actors.caseworker : r === "otherTherapist" ? b.actors.therapist : a.actors[r];

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  a = await createOrg(db, "Matrix A");
  b = await createOrg(db, "Matrix B");
});
afterAll(teardownTestDb);

/** The cell's outcome, and the refusal itself when there was one. */
async function outcomeOf(act: Action, actor: Actor, w: World): Promise<{ outcome: Outcome | "error"; error?: unknown }> {
  try {
    const result = await act.run(actor, w);
    return { outcome: act.shown && !act.shown(result) ? "withheld" : "allowed" };
  } catch (error) {
    return { outcome: error instanceof NotFoundError ? "notFound" : "error", error };
  }
}

describe.each(CONSENTS)("consent: $name", (consent) => {
  let w: World;
  beforeAll(async () => {
    const { db } = testDb();
    const shared = await sharedCitizen(db, a);
    const meeting = await createMeeting(db, a.actors.coordinator);
    await addToAgenda(db, meeting.id, shared.citizenId);
    const leadership = await createMeeting(db, a.actors.coordinator, { kind: "LEADERSHIP" });
    w = { ...shared, meetingId: meeting.id, leadershipMeetingId: leadership.id };
    await consentInState(db, a, w.citizenId, consent.state, consent.directions);
  });

  // Writes last within a consent state, so that reads see the world as built.
  const ordered = [...ACTIONS.filter((x) => x.action === "read"), ...ACTIONS.filter((x) => x.action === "write")];
  for (const act of ordered) {
    for (const role of ROLES) {
      const expected = act.expect(role, consent);
      it(`${act.action} ${act.record} as ${role}: ${expected}`, async () => {
        const { db } = testDb();
        const actor = actorOf(role);
        const before = act.action === "write" && expected === "notFound" ? await databaseFingerprint(db) : null;
        const { outcome, error: refused } = await outcomeOf(act, actor, w);
        expect(outcome).toBe(expected);
        if (expected !== "notFound") return;
        // Refused looks exactly like missing: the same error for a record that does not exist.
        const missing = await act.run(actor, w, randomUUID()).catch((e: unknown) => e);
        expect(missing).toBeInstanceOf(NotFoundError);
        expect(refused).toBeInstanceOf(NotFoundError);
        expect((refused as NotFoundError).message).toBe((missing as NotFoundError).message);
        if (before) expect(await databaseFingerprint(db)).toEqual(before);
      });
    }
  }
});
