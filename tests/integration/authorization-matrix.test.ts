// The authorization matrix (issues 9 and 12): ONE table — role × action × record kind × consent state,
// tests/support/authorization-matrix.ts — drives this test over the domain layer (and the HTTP-level
// tests tests/e2e/authorization-http.spec.ts and authorization-actions.spec.ts). Every cell is tried; a refused cell must be the same
// NotFoundError (same kind of record) as a record that does not exist, and a refused write writes
// nothing. The table is the product's access rule in one place for a reader (SPEC §2–3, ADR 0007,
// ADR 0010); the policy module (lib/auth/policy) is what enforces it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { databaseFingerprint, type OrgFixture } from "../factories";
import { addToAgenda, consentInState, createMeeting, dayFromToday, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
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
import { MATRIX_ROLES, RULES, CONSENTS, type MatrixRule, type RoleKey, type Outcome } from "../support/authorization-matrix";

// ------------------------------------------------------------------------------------ the table

// The table itself (roles, consent states, the expected outcome of each cell) is shared with the
// HTTP-level tests: tests/support/authorization-matrix.ts. Here each rule gets the use case that
// does it over the domain layer.
const ROLES = MATRIX_ROLES;

/** The shared citizen, on the agenda of the coordinator's upcoming case conference; and a leadership meeting. */
type World = Awaited<ReturnType<typeof sharedCitizen>> & { meetingId: string; leadershipMeetingId: string };
type Action = MatrixRule & {
  /** Runs the action on the world's record, or on `id` (a record that does not exist) to compare refusals with. */
  run: (actor: Actor, w: World, id?: string) => Promise<unknown>;
  /** For views that open without showing: whether the result showed the other department's records. */
  shown?: (result: unknown) => boolean;
};

const ACTIONS: Action[] = [
  {
    ...RULES.caseRead,
    run: (a, w, id) => getCase(a, id ?? w.caseId),
  },
  {
    ...RULES.caseHealthView,
    run: (a, w, id) => getCaseForHealthCenter(a, id ?? w.caseId),
  },
  {
    ...RULES.rtwRead,
    run: (a, w, id) => getCaseRtw(a, id ?? w.caseId),
  },
  {
    ...RULES.rehabPlanRead,
    run: (a, w, id) => getRehabPlan(a, id ?? w.planId),
  },
  {
    ...RULES.rehabJobcenterView,
    run: (a, w, id) => getRehabForJobcenter(a, id ?? w.caseId),
    shown: (v) => (v as { plans: unknown[] }).plans.length > 0,
  },
  {
    ...RULES.citizenRead,
    run: (a, w, id) => getCitizen(a, id ?? w.citizenId),
  },
  {
    ...RULES.referralRead,
    run: (a, w, id) => getReferral(a, id ?? w.referralId),
  },
  {
    ...RULES.consentsRead,
    run: (a, w, id) => getCitizenConsents(a, id ?? w.citizenId),
  },
  {
    ...RULES.accessReportRead,
    run: (a, w, id) => getCitizenAccessReport(a, { citizenId: id ?? w.citizenId, from: null, to: null, format: "page" }),
  },
  {
    ...RULES.conferenceRead,
    run: (a, w, id) => getMeeting(a, id ?? w.meetingId),
  },
  {
    ...RULES.leadershipRead,
    run: (a, w, id) => getMeeting(a, id ?? w.leadershipMeetingId),
  },
  {
    ...RULES.caseWrite,
    run: (a, w, id) =>
      recordCaseMilestone(a, {
        caseId: id ?? w.caseId,
        version: 1,
        milestone: "EMPLOYER_CONVERSATION",
        on: parseIsoDay(dayFromToday(-1))!,
      }),
  },
  {
    ...RULES.rehabWrite,
    run: (a, w, id) => addGoal(a, { planId: id ?? w.planId, text: "Bære 5 kg", baseline: "2 kg", target: "5 kg" }),
  },
];

// ------------------------------------------------------------------------------------ the test

let a: OrgFixture;
let b: OrgFixture;
const actorOf = (r: RoleKey): Actor =>
  r === "otherCaseworker" ? b.actors.caseworker : r === "otherTherapist" ? b.actors.therapist : a.actors[r];

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Matrix A", "Matrix B");
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
