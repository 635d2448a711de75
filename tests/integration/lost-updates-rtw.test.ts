// No lost updates on return-to-work plans, workplace aids and referrals (issue 8 item 1): two tabs
// (or two colleagues) load the same record; A saves first; B, loaded before A's save, is refused
// with ConflictError, nothing of B is written (every table's fingerprint), and A's change stays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, databaseFingerprint, grantConsent, type OrgFixture } from "../factories";
import { createReferral, createRtwPlanRow } from "../factories/rehab";
import { createProgrammeWithCriteria, referralIn } from "../factories/health";
import { ConflictError } from "@/lib/domain/errors";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/rules/dates";
import { getCaseRtw } from "@/lib/domain/rtw/get-case-rtw";
import { updateRtwPlan } from "@/lib/domain/rtw/update-rtw-plan";
import { recordActualHours } from "@/lib/domain/rtw/record-actual-hours";
import { saveRtwSchedule } from "@/lib/domain/rtw/save-rtw-schedule";
import { proposeRtw } from "@/lib/domain/rtw/propose-rtw";
import { decideRtwProposal } from "@/lib/domain/rtw/decide-rtw-proposal";
import { requestAid } from "@/lib/domain/rtw/request-aid";
import { decideAid } from "@/lib/domain/rtw/decide-aid";
import { managerDecideAid } from "@/lib/domain/rtw/manager-decide-aid";
import { listAidsAwaitingManager } from "@/lib/domain/rtw/list-aids-awaiting-manager";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { transitionReferral } from "@/lib/domain/referrals/transition-referral";
import { assignTherapist } from "@/lib/domain/referrals/assign-therapist";

let f: OrgFixture;
const day = today();

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Samtidig Kommune");
});
afterAll(teardownTestDb);

async function refusedAsConflict(write: () => Promise<unknown>) {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  await expect(write()).rejects.toBeInstanceOf(ConflictError);
  expect(await databaseFingerprint(db)).toEqual(before);
}

/** A case with an active plan that started three weeks ago, and a therapist who may propose. */
async function activePlan() {
  const { db } = testDb();
  const c = await createCase(db, f, { firstAbsenceDay: addDays(day, -120) });
  await grantConsent(db, f, c.citizenId, ["JOBCENTER_TO_HEALTH"]);
  await createReferral(db, f, { caseId: c.id });
  const plan = await createRtwPlanRow(db, f, { caseId: c.id, status: "ACTIVE", startOn: addDays(day, -21) });
  const loadTab = async () => (await getCaseRtw(f.actors.caseworker, c.id)).currentPlan!;
  return { caseId: c.id, planId: plan.id, loadTab };
}

describe("two tabs on one return-to-work plan", () => {
  it("plan facts and status", async () => {
    const { caseId, planId, loadTab } = await activePlan();
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    const base = { caseId, planId, status: "ACTIVE" as const, startOn: tabA.startOn, note: null, reason: null };
    await updateRtwPlan(f.actors.caseworker, { ...base, version: tabA.version, employerContact: "Lone Berg, 70 11 22 33" });
    await refusedAsConflict(() => updateRtwPlan(f.actors.caseworker, { ...base, version: tabB.version, employerContact: "Per Hansen" }));
    expect((await loadTab()).employerContact).toBe("Lone Berg, 70 11 22 33");
  });

  it("actual hours of the same week", async () => {
    const { caseId, planId, loadTab } = await activePlan();
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    await recordActualHours(f.actors.caseworker, {
      caseId,
      planId,
      version: tabA.version,
      weekNumber: 1,
      actualHours: 5,
      note: "Syg en dag",
    });
    await refusedAsConflict(() =>
      recordActualHours(f.actors.caseworker, { caseId, planId, version: tabB.version, weekNumber: 1, actualHours: 6, note: null }),
    );
    expect((await loadTab()).weeks[0]).toMatchObject({ actualHours: 5, note: "Syg en dag" });
  });

  it("schedule", async () => {
    const { caseId, planId, loadTab } = await activePlan();
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    const weeks = (hours: number[]) => hours.map((h, i) => ({ weekNumber: i + 1, plannedHours: h, plannedDays: 3, pattern: null }));
    await saveRtwSchedule(f.actors.caseworker, { caseId, planId, version: tabA.version, reason: null, weeks: weeks([6, 12, 18, 24]) });
    await refusedAsConflict(() =>
      saveRtwSchedule(f.actors.caseworker, { caseId, planId, version: tabB.version, reason: null, weeks: weeks([4, 8]) }),
    );
    expect((await loadTab()).weeks.map((w) => w.plannedHours)).toEqual([6, 12, 18, 24]);
  });

  it("accepting a proposal on the basis of an older schedule", async () => {
    const { caseId, planId, loadTab } = await activePlan();
    const proposal = await proposeRtw(f.actors.therapist, {
      caseId,
      planId,
      note: "Langsommere optrapning",
      weeks: [1, 2].map((n) => ({ weekNumber: n, plannedHours: 3 * n, plannedDays: 2, pattern: null })),
    });
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    await recordActualHours(f.actors.caseworker, { caseId, planId, version: tabA.version, weekNumber: 1, actualHours: 6, note: null });
    const decision = { caseId, planId, proposalId: proposal.id, reason: null };
    await refusedAsConflict(() => decideRtwProposal(f.actors.caseworker, { ...decision, version: tabB.version, decision: "ACCEPT" }));
    expect((await loadTab()).proposals[0]).toMatchObject({ id: proposal.id, status: "PROPOSED" });
    expect((await loadTab()).weeks.map((w) => w.plannedHours)).toEqual([6, 12, 18]);
  });

  it("the same proposal decided in two tabs", async () => {
    const { caseId, planId, loadTab } = await activePlan();
    const proposal = await proposeRtw(f.actors.therapist, {
      caseId,
      planId,
      note: "Færre dage",
      weeks: [1, 2, 3].map((n) => ({ weekNumber: n, plannedHours: 6 * n, plannedDays: 2, pattern: null })),
    });
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    const decision = { caseId, planId, proposalId: proposal.id };
    await decideRtwProposal(f.actors.caseworker, {
      ...decision,
      version: tabA.version,
      decision: "DECLINE",
      reason: "Arbejdsgiveren kan ikke",
    });
    await refusedAsConflict(() =>
      decideRtwProposal(f.actors.caseworker, { ...decision, version: tabB.version, decision: "ACCEPT", reason: null }),
    );
    expect((await loadTab()).proposals[0]).toMatchObject({ status: "DECLINED", declineReason: "Arbejdsgiveren kan ikke" });
  });
});

describe("two tabs on one workplace aid", () => {
  it("caseworker: rejected in one tab, approved in the other", async () => {
    const c = await createCase(testDb().db, f);
    const aid = await requestAid(f.actors.caseworker, { caseId: c.id, item: "Hæve-sænkebord", amountDkk: 4500 });
    const load = async () => (await getCaseRtw(f.actors.caseworker, c.id)).aids[0]!;
    const [aidA, aidB] = [await load(), await load()];
    await decideAid(f.actors.caseworker, {
      caseId: c.id,
      aidId: aid.id,
      version: aidA.version,
      decision: "REJECT",
      reason: "Dækkes af arbejdsgiveren",
    });
    await refusedAsConflict(() =>
      decideAid(f.actors.caseworker, { caseId: c.id, aidId: aid.id, version: aidB.version, decision: "APPROVE", reason: null }),
    );
    expect(await load()).toMatchObject({ status: "REJECTED", decisionNote: "Dækkes af arbejdsgiveren" });
  });

  it("manager: approved in one tab, rejected in the other", async () => {
    const c = await createCase(testDb().db, f);
    const aid = await requestAid(f.actors.caseworker, { caseId: c.id, item: "Elektrisk løftevogn", amountDkk: 18_500 });
    const load = async () => (await listAidsAwaitingManager(f.actors.manager)).aids.find((a) => a.id === aid.id)!;
    const [aidA, aidB] = [await load(), await load()];
    await managerDecideAid(f.actors.manager, { aidId: aid.id, version: aidA.version, decision: "APPROVE", reason: null });
    await refusedAsConflict(() =>
      managerDecideAid(f.actors.manager, { aidId: aid.id, version: aidB.version, decision: "REJECT", reason: "For dyrt" }),
    );
    expect(await testDb().db.workplaceAid.findUniqueOrThrow({ where: { id: aid.id } })).toMatchObject({ status: "APPROVED", version: 2 });
  });
});

describe("two tabs on one referral", () => {
  it("a transition and a therapist assignment from pages loaded before another transition", async () => {
    const { db } = testDb();
    const p = await createProgrammeWithCriteria(db, f);
    const c = await createCase(db, f);
    const { id } = await referralIn(f, p, c.id, "SUBMITTED");
    const [tabA, tabB] = [await getReferral(f.actors.visitator, id), await getReferral(f.actors.visitator, id)];
    await transitionReferral(f.actors.visitator, { referralId: id, version: tabA.version, action: "accept", reason: null });
    await refusedAsConflict(() =>
      transitionReferral(f.actors.visitator, { referralId: id, version: tabB.version, action: "reject", reason: "Ikke i målgruppen" }),
    );
    await refusedAsConflict(() =>
      assignTherapist(f.actors.visitator, { referralId: id, version: tabB.version, therapistId: f.actors.therapist.userId }),
    );
    expect((await getReferral(f.actors.visitator, id)).status).toBe("ACCEPTED");
  });
});
