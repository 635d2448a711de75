// Rehab plans (health center) and graded return to work (jobcenter): role boundaries, consent,
// the five-exercise rule, the aid mandate and organisation isolation, through the domain functions.
import type { Actor } from "@/lib/auth/policy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { createCase, createCitizen, grantConsent, type OrgFixture } from "../factories/core";
import { createReferral, createRehabPlanRow, createRtwPlanRow } from "../factories/rehab";
import { databaseFingerprint } from "../factories/index";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/rules/dates";
import { createRehabPlan } from "@/lib/domain/rehab/create-rehab-plan";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { addGoal } from "@/lib/domain/rehab/add-goal";
import { updateGoal } from "@/lib/domain/rehab/update-goal";
import { markGoalAchieved } from "@/lib/domain/rehab/mark-goal-achieved";
import { addExercise } from "@/lib/domain/rehab/add-exercise";
import { removeExercise } from "@/lib/domain/rehab/remove-exercise";
import { recordAdherence } from "@/lib/domain/rehab/record-adherence";
import { addProgressNote } from "@/lib/domain/rehab/add-progress-note";
import { saveFirstConversation } from "@/lib/domain/rehab/save-first-conversation";
import { updateRehabPlan } from "@/lib/domain/rehab/update-rehab-plan";
import { listCaseRehabPlans } from "@/lib/domain/rehab/list-case-rehab-plans";
import { listMyRehabPlans } from "@/lib/domain/rehab/list-my-rehab-plans";
import { listStartedReferralsWithoutPlan } from "@/lib/domain/rehab/list-plan-sources";
import { createRtwPlan } from "@/lib/domain/rtw/create-rtw-plan";
import { updateRtwPlan } from "@/lib/domain/rtw/update-rtw-plan";
import { saveRtwSchedule } from "@/lib/domain/rtw/save-rtw-schedule";
import { recordActualHours } from "@/lib/domain/rtw/record-actual-hours";
import { proposeRtw } from "@/lib/domain/rtw/propose-rtw";
import { decideRtwProposal } from "@/lib/domain/rtw/decide-rtw-proposal";
import { requestAid } from "@/lib/domain/rtw/request-aid";
import { decideAid } from "@/lib/domain/rtw/decide-aid";
import { managerDecideAid } from "@/lib/domain/rtw/manager-decide-aid";
import { listAidsAwaitingManager } from "@/lib/domain/rtw/list-aids-awaiting-manager";
import { getCaseRtw } from "@/lib/domain/rtw/get-case-rtw";
import { ZSaveRtwSchedule, type TCreateRtwPlan, type TUpdateRtwPlan } from "@/lib/validation/rtw";
import type { TCreateRehabPlan } from "@/lib/validation/rehab";

let a: OrgFixture;
let b: OrgFixture;
const day = today();
const planStart = addDays(day, -30);

/** createRehabPlan's input for a back plan from the referral `referralId`, starting planStart; `over` replaces fields. */
const fromReferral = (referralId: string, over: Partial<TCreateRehabPlan> = {}): TCreateRehabPlan => ({
  source: "REFERRAL",
  referralId,
  cpr: null,
  hospitalPlanReceivedOn: null,
  condition: "x",
  bodyRegion: "BACK",
  standardPackage: null,
  startOn: planStart,
  endOn: null,
  ...over,
});

/** createRtwPlan's input: six weeks from 6 to 37 hours (3 to 5 days) a week, from `startOn`, no note. */
const sixWeekPlan = (caseId: string, startOn: Date, employerContact: string): TCreateRtwPlan => ({
  caseId,
  startOn,
  employerContact,
  note: null,
  startHours: 6,
  targetHours: 37,
  weeks: 6,
  startDays: 3,
  targetDays: 5,
});

/** createRehabPlan's input for a knee plan from a hospital rehab plan for `cpr` received on `receivedOn`, starting today. */
const fromHospitalPlan = (cpr: string, receivedOn: Date, over: Partial<TCreateRehabPlan> = {}): TCreateRehabPlan => ({
  source: "HOSPITAL_PLAN",
  referralId: null,
  cpr,
  hospitalPlanReceivedOn: receivedOn,
  condition: "x",
  bodyRegion: "KNEE",
  standardPackage: null,
  startOn: day,
  endOn: null,
  ...over,
});

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Kommune A", "Kommune B");
});
afterAll(teardownTestDb);

/** `fn` is refused with `error` and the database is unchanged (every table; refusals' DENIED log rows aside). */
const nothingWritten = async <T>(fn: () => Promise<T>, error: unknown) => {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  await expect(fn()).rejects.toBeInstanceOf(error);
  expect(await databaseFingerprint(db)).toEqual(before);
};

async function lastLog() {
  return testDb().db.accessLog.findFirst({ orderBy: { id: "desc" } });
}

describe("creating a rehab plan", () => {
  it("therapist creates a plan from a started referral; it appears in their list", async () => {
    const { db } = testDb();
    const referral = await createReferral(db, a);
    const sources = await listStartedReferralsWithoutPlan(a.actors.therapist);
    expect(sources.map((s) => s.id)).toContain(referral.id);
    const plan = await createRehabPlan(
      a.actors.therapist,
      fromReferral(referral.id, { condition: "Lændesmerter", standardPackage: "BACK" }),
    );
    expect(await lastLog()).toMatchObject({ action: "CREATE", recordType: "RehabPlan", recordId: plan.id, citizenId: referral.citizenId });
    expect((await listMyRehabPlans(a.actors.therapist)).map((p) => p.id)).toContain(plan.id);
    expect((await listStartedReferralsWithoutPlan(a.actors.therapist)).map((s) => s.id)).not.toContain(referral.id);
    // A second plan for the same referral is refused.
    await nothingWritten(() => createRehabPlan(a.actors.therapist, fromReferral(referral.id)), DomainRuleError);
  });

  it("a referral that has not started cannot carry a plan", async () => {
    const referral = await createReferral(testDb().db, a, { status: "ACCEPTED" });
    await nothingWritten(() => createRehabPlan(a.actors.therapist, fromReferral(referral.id)), DomainRuleError);
  });

  it("from a hospital rehab plan, the citizen is found by CPR among those the health center works with", async () => {
    const { db } = testDb();
    const known = await createCitizen(db, a.org.id, { cpr: "0101801234" });
    await createReferral(db, a, { citizenId: known.id, status: "COMPLETED" });
    const plan = await createRehabPlan(
      a.actors.therapist,
      fromHospitalPlan("0101801234", addDays(day, -3), { condition: "Knæalloplastik", standardPackage: "KNEE" }),
    );
    const row = await db.rehabPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ citizenId: known.id, referralId: null, hospitalPlanReceivedOn: addDays(day, -3) });
    // A citizen the health center has nothing to do with is not found.
    await createCitizen(db, a.org.id, { cpr: "0202801234" });
    await nothingWritten(() => createRehabPlan(a.actors.therapist, fromHospitalPlan("0202801234", day)), DomainRuleError);
    // A plan received in the future is refused.
    await nothingWritten(() => createRehabPlan(a.actors.therapist, fromHospitalPlan("0101801234", addDays(day, 1))), DomainRuleError);
  });

  it("a caseworker cannot create a rehab plan", async () => {
    const referral = await createReferral(testDb().db, a);
    await nothingWritten(() => createRehabPlan(a.actors.caseworker, fromReferral(referral.id)), NotFoundError);
  });
});

describe("working on a rehab plan", () => {
  let planId: string;
  let citizenId: string;
  let caseId: string;
  beforeAll(async () => {
    const { db } = testDb();
    const referral = await createReferral(db, a);
    citizenId = referral.citizenId;
    caseId = referral.caseId;
    planId = (await createRehabPlanRow(db, a, { citizenId, referralId: referral.id, startOn: planStart })).id;
  });

  it("goals: add, correct with history, mark achieved", async () => {
    const { db } = testDb();
    const g = await addGoal(a.actors.therapist, { planId, text: "Gå 1 km uden smerter", baseline: "200 m", target: "1 km" });
    await updateGoal(a.actors.therapist, {
      planId,
      goalId: g.id,
      version: 1,
      text: "Gå 1 km uden smerter",
      baseline: "300 m",
      target: "1 km",
      achievedOn: null,
      reason: "Målt igen",
    });
    const v = await db.recordVersion.findFirst({ where: { recordType: "RehabGoal", recordId: g.id, action: "CORRECT" } });
    expect(await db.recordVersion.findFirst({ where: { recordType: "RehabGoal", recordId: g.id, action: "CREATE" } })).toMatchObject({
      version: 1,
    });
    expect(v).toMatchObject({ action: "CORRECT", version: 2, reason: "Målt igen", changes: { baseline: { from: "200 m", to: "300 m" } } });
    await markGoalAchieved(a.actors.therapist, { planId, goalId: g.id, version: 2, achievedOn: day });
    expect((await db.rehabGoal.findUniqueOrThrow({ where: { id: g.id } })).achievedOn).toEqual(day);
    await nothingWritten(
      () => markGoalAchieved(a.actors.therapist, { planId, goalId: g.id, version: 3, achievedOn: day }),
      DomainRuleError,
    );
  });

  it("home programme: five exercises are fine, the sixth is refused, removing one makes room", async () => {
    const { db } = testDb();
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++)
      ids.push(
        (await addExercise(a.actors.therapist, { planId, description: `Øvelse ${i}`, repetitions: "3 × 10", frequency: "Dagligt" })).id,
      );
    const sixth = addExercise(a.actors.therapist, { planId, description: "Øvelse 6", repetitions: "3 × 10", frequency: "Dagligt" });
    await expect(sixth).rejects.toMatchObject({ code: "rehab.errors.tooManyExercises", field: "description" });
    expect(await db.homeExercise.count({ where: { planId, removedAt: null } })).toBe(5);
    await removeExercise(a.actors.therapist, { planId, exerciseId: ids[0]!, version: 1 });
    expect(await db.homeExercise.count({ where: { planId } })).toBe(5);
    await addExercise(a.actors.therapist, { planId, description: "Øvelse 6", repetitions: "2 × 8", frequency: "3 gange om ugen" });
    expect(await db.homeExercise.count({ where: { planId, removedAt: null } })).toBe(5);
  });

  it("the five-exercise rule holds under simultaneous additions", async () => {
    const { db } = testDb();
    const other = (await createRehabPlanRow(db, a, { citizenId, startOn: planStart })).id;
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        addExercise(a.actors.therapist, { planId: other, description: `Øvelse ${i}`, repetitions: "10", frequency: "Dagligt" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await db.homeExercise.count({ where: { planId: other, removedAt: null } })).toBe(5);
  });

  it("adherence: one entry per day, a second one corrects it, future days are refused", async () => {
    const { db } = testDb();
    const d1 = addDays(day, -2);
    const first = await recordAdherence(a.actors.therapist, { planId, version: 0, date: d1, done: false, note: null });
    const again = await recordAdherence(a.actors.therapist, { planId, version: 1, date: d1, done: true, note: "Lavet om aftenen" });
    expect(again).toEqual({ id: first.id, corrected: true });
    expect(await db.adherenceEntry.count({ where: { planId, date: d1 } })).toBe(1);
    expect(await db.recordVersion.findFirst({ where: { recordType: "AdherenceEntry", recordId: first.id } })).toMatchObject({
      changes: { done: { from: false, to: true } },
    });
    await nothingWritten(
      () => recordAdherence(a.actors.therapist, { planId, version: 0, date: addDays(day, 1), done: true, note: null }),
      DomainRuleError,
    );
    await nothingWritten(
      () => recordAdherence(a.actors.therapist, { planId, version: 0, date: addDays(planStart, -1), done: true, note: null }),
      DomainRuleError,
    );
  });

  it("progress notes with scores; not in the future; the plan shows them in order", async () => {
    await addProgressNote(a.actors.therapist, {
      planId,
      writtenOn: addDays(day, -20),
      text: "Første status",
      selfRatedHealth: 2,
      pain: 7,
      workAbility: 3,
    });
    await addProgressNote(a.actors.therapist, {
      planId,
      writtenOn: addDays(day, -5),
      text: "Bedre",
      selfRatedHealth: 3,
      pain: 5,
      workAbility: 5,
    });
    await nothingWritten(
      () =>
        addProgressNote(a.actors.therapist, { planId, writtenOn: addDays(day, 1), text: "x", selfRatedHealth: 3, pain: 5, workAbility: 5 }),
      DomainRuleError,
    );
    const plan = await getRehabPlan(a.actors.therapist, planId);
    expect(plan.progressNotes.map((n) => n.pain)).toEqual([7, 5]);
    expect(plan.exercises).toHaveLength(5);
    expect(plan.adherenceSinceStart.done).toBe(1);
  });

  it("first-conversation guide is stored and corrections keep history", async () => {
    const { db } = testDb();
    const before = await db.rehabPlan.findUniqueOrThrow({ where: { id: planId } });
    // The same conversation saved twice; only the employer's response changes.
    const conversation = (version: number, employerResponse: string) =>
      saveFirstConversation(a.actors.therapist, {
        planId,
        version,
        heldOn: planStart,
        employerResponse,
        taskFlexibility: "Kan få lettere opgaver",
        keyWorkTasks: null,
        network: null,
        leisure: null,
        lifestyle: null,
        sickLeave: null,
        ownExpectation: "Tilbage om 6 uger",
      });
    const first = await conversation(before.version, "Arbejdsgiveren er forstående");
    await conversation(first.version, "Arbejdsgiveren presser på");
    const plan = await getRehabPlan(a.actors.therapist, planId);
    expect(plan.firstConversation.answers.employerResponse).toBe("Arbejdsgiveren presser på");
    const versions = await db.recordVersion.findMany({ where: { recordType: "RehabPlan", recordId: planId }, orderBy: { version: "asc" } });
    expect(versions.at(-1)?.changes).toMatchObject({
      employerResponse: { from: "Arbejdsgiveren er forstående", to: "Arbejdsgiveren presser på" },
    });
  });

  it("a caseworker cannot edit a rehab plan, not even with consent", async () => {
    const { db } = testDb();
    await grantConsent(db, a, citizenId, ["HEALTH_TO_JOBCENTER"]);
    const plan = await db.rehabPlan.findUniqueOrThrow({ where: { id: planId } });
    await nothingWritten(() => addGoal(a.actors.caseworker, { planId, text: "x", baseline: "x", target: "x" }), NotFoundError);
    await nothingWritten(
      () => addProgressNote(a.actors.caseworker, { planId, writtenOn: day, text: "x", selfRatedHealth: 3, pain: 3, workAbility: 3 }),
      NotFoundError,
    );
    await nothingWritten(
      () =>
        updateRehabPlan(a.actors.caseworker, {
          planId,
          version: plan.version,
          condition: "x",
          bodyRegion: "BACK",
          standardPackage: null,
          startOn: planStart,
          endOn: null,
          reason: null,
        }),
      NotFoundError,
    );
    // The full plan page is for the health center; the jobcenter reads through the case tab.
    await expect(getRehabPlan(a.actors.caseworker, planId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("another organisation gets not found for everything", async () => {
    await nothingWritten(() => addGoal(b.actors.therapist, { planId, text: "x", baseline: "x", target: "x" }), NotFoundError);
    await nothingWritten(
      () => addExercise(b.actors.therapist, { planId, description: "x", repetitions: "x", frequency: "x" }),
      NotFoundError,
    );
    await expect(getRehabPlan(b.actors.therapist, planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseRehabPlans(b.actors.caseworker, caseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the case tab: jobcenter reads rehab plans only with consent", () => {
  it("without consent: a clear 'consent missing' and nothing read or logged as a rehab read", async () => {
    const { db } = testDb();
    const referral = await createReferral(db, a);
    await createRehabPlanRow(db, a, { citizenId: referral.citizenId, referralId: referral.id });
    const before = await db.accessLog.count({ where: { recordType: "RehabPlan" } });
    const view = await listCaseRehabPlans(a.actors.caseworker, referral.caseId);
    expect(view).toEqual({ consentMissing: true, plans: [] });
    expect(await db.accessLog.count({ where: { recordType: "RehabPlan" } })).toBe(before);
  });

  it("with consent: goals and progress, each read logged cross-department with the consent id", async () => {
    const { db } = testDb();
    const referral = await createReferral(db, a);
    const plan = await createRehabPlanRow(db, a, { citizenId: referral.citizenId, referralId: referral.id, startOn: planStart });
    await addGoal(a.actors.therapist, { planId: plan.id, text: "Løfte 10 kg", baseline: "3 kg", target: "10 kg" });
    await addProgressNote(a.actors.therapist, {
      planId: plan.id,
      writtenOn: day,
      text: "Status",
      selfRatedHealth: 3,
      pain: 4,
      workAbility: 6,
    });
    const consent = await grantConsent(db, a, referral.citizenId, ["HEALTH_TO_JOBCENTER"]);
    const view = await listCaseRehabPlans(a.actors.caseworker, referral.caseId);
    if (view.consentMissing) throw new Error("expected plans");
    expect(view.plans).toHaveLength(1);
    expect(view.plans[0]!.goals.map((g) => g.text)).toEqual(["Løfte 10 kg"]);
    expect(view.plans[0]!.progress[0]).toMatchObject({ selfRatedHealth: 3, pain: 4, workAbility: 6 });
    expect(JSON.stringify(view)).not.toContain("Status"); // note texts and the guide stay in the health center
    expect(await lastLog()).toMatchObject({
      action: "VIEW",
      recordType: "RehabPlan",
      recordId: plan.id,
      actorId: a.actors.caseworker.userId,
      citizenId: referral.citizenId,
      crossDepartment: true,
      consentId: consent.id,
    });
  });

  it("a revoked consent stops the read", async () => {
    const { db } = testDb();
    const referral = await createReferral(db, a);
    await createRehabPlanRow(db, a, { citizenId: referral.citizenId, referralId: referral.id });
    const consent = await grantConsent(db, a, referral.citizenId, ["HEALTH_TO_JOBCENTER"]);
    await db.consent.update({
      where: { id: consent.id },
      data: { revokedAt: new Date(Date.now() - 1000), revokedById: a.actors.caseworker.userId },
    });
    expect((await listCaseRehabPlans(a.actors.caseworker, referral.caseId)).consentMissing).toBe(true);
  });
});

describe("graded return to work", () => {
  let caseId: string;
  let citizenId: string;
  let planId: string;
  beforeAll(async () => {
    const { db } = testDb();
    const c = await createCase(db, a, { firstAbsenceDay: addDays(day, -90) });
    caseId = c.id;
    citizenId = c.citizenId;
  });
  /** The plan's form as created (started 14 days ago, "Lone Berg" at the employer), saved with `status` on `version`. */
  const planForm = (status: TUpdateRtwPlan["status"], version: number): TUpdateRtwPlan => ({
    caseId,
    planId,
    version,
    status,
    startOn: addDays(day, -14),
    employerContact: "Lone Berg",
    note: null,
    reason: null,
  });

  it("caseworker creates a plan with a step-up schedule; a second open plan is refused", async () => {
    const { db } = testDb();
    const plan = await createRtwPlan(a.actors.caseworker, sixWeekPlan(caseId, addDays(day, -14), "Lone Berg"));
    planId = plan.id;
    const weeks = await db.rtwWeek.findMany({ where: { planId }, orderBy: { weekNumber: "asc" } });
    expect(weeks.map((w) => Number(w.plannedHours))).toEqual([6, 12, 18.5, 24.5, 31, 37]);
    expect(await lastLog()).toMatchObject({ action: "CREATE", recordType: "ReturnToWorkPlan", recordId: planId, citizenId });
    await nothingWritten(() => createRtwPlan(a.actors.caseworker, sixWeekPlan(caseId, day, "x")), DomainRuleError);
  });

  it("status moves forward with history; actual hours are recorded for started weeks only", async () => {
    const { db } = testDb();
    await updateRtwPlan(a.actors.caseworker, planForm("ACTIVE", 1));
    expect(
      await db.recordVersion.findFirst({ where: { recordType: "ReturnToWorkPlan", recordId: planId, action: "STATUS_CHANGE" } }),
    ).toMatchObject({ changes: { status: { from: "DRAFT", to: "ACTIVE" } } });
    await recordActualHours(a.actors.caseworker, { caseId, planId, version: 2, weekNumber: 1, actualHours: 5, note: "Syg en dag" });
    await nothingWritten(
      () => recordActualHours(a.actors.caseworker, { caseId, planId, version: 3, weekNumber: 4, actualHours: 5, note: null }),
      DomainRuleError,
    );
    await nothingWritten(() => updateRtwPlan(a.actors.caseworker, planForm("COMPLETED", 1)), DomainRuleError);
  });

  it("schedule edits keep recorded weeks and history; stale forms conflict", async () => {
    const { db } = testDb();
    const plan = await db.returnToWorkPlan.findUniqueOrThrow({ where: { id: planId } });
    const parsed = ZSaveRtwSchedule.parse({
      caseId,
      planId,
      version: String(plan.version),
      plannedHours: ["6", "10", "15"],
      plannedDays: ["3", "3", "4"],
      pattern: ["6 timer fordelt på 3 formiddage", "", ""],
    });
    await saveRtwSchedule(a.actors.caseworker, parsed);
    // Weeks dropped from the schedule are soft-removed, never deleted.
    const removed = await db.rtwWeek.findMany({ where: { planId, removedAt: { not: null } } });
    expect(removed.length).toBeGreaterThan(0);
    const weeks = await db.rtwWeek.findMany({ where: { planId, removedAt: null }, orderBy: { weekNumber: "asc" } });
    expect(weeks.map((w) => [Number(w.plannedHours), w.plannedDays, w.actualHours === null ? null : Number(w.actualHours)])).toEqual([
      [6, 3, 5],
      [10, 3, null],
      [15, 4, null],
    ]);
    expect(weeks[0]!.pattern).toBe("6 timer fordelt på 3 formiddage");
    await nothingWritten(() => saveRtwSchedule(a.actors.caseworker, parsed), DomainRuleError);
    // Removing a week with recorded hours is refused.
    const fresh = await db.returnToWorkPlan.findUniqueOrThrow({ where: { id: planId } });
    await nothingWritten(() => saveRtwSchedule(a.actors.caseworker, { ...parsed, version: fresh.version, weeks: [] }), DomainRuleError);
  });

  it("therapist cannot edit the plan; proposes only with consent; the caseworker accepts and the weeks apply", async () => {
    const { db } = testDb();
    const plan = await db.returnToWorkPlan.findUniqueOrThrow({ where: { id: planId } });
    const weeks = [1, 2, 3, 4].map((n) => ({ weekNumber: n, plannedHours: 6 + n, plannedDays: 3, pattern: null }));
    await nothingWritten(
      () => saveRtwSchedule(a.actors.therapist, { caseId, planId, version: plan.version, reason: null, weeks }),
      NotFoundError,
    );
    await nothingWritten(() => updateRtwPlan(a.actors.therapist, planForm("CANCELLED", plan.version)), NotFoundError);
    // No consent yet: the plan is not even visible to the therapist.
    await nothingWritten(() => proposeRtw(a.actors.therapist, { caseId, planId, note: "Langsommere optrapning", weeks }), NotFoundError);
    const consent = await grantConsent(db, a, citizenId, ["JOBCENTER_TO_HEALTH"]);
    // Consent alone is not enough: the health center must work with the citizen (a referral).
    await nothingWritten(() => proposeRtw(a.actors.therapist, { caseId, planId, note: "Langsommere optrapning", weeks }), NotFoundError);
    await createReferral(db, a, { caseId });
    const proposal = await proposeRtw(a.actors.therapist, { caseId, planId, note: "Langsommere optrapning", weeks });
    expect(await lastLog()).toMatchObject({
      action: "CREATE",
      recordType: "RtwProposal",
      recordId: proposal.id,
      crossDepartment: true,
      consentId: consent.id,
    });
    const seen = await getCaseRtw(a.actors.therapist, caseId);
    expect(seen.canEdit).toBe(false);
    expect(seen.canPropose).toBe(true);
    expect(seen.aids).toEqual([]);
    // The therapist cannot decide on their own proposal.
    await nothingWritten(
      () =>
        decideRtwProposal(a.actors.therapist, {
          caseId,
          planId,
          version: plan.version,
          proposalId: proposal.id,
          decision: "ACCEPT",
          reason: null,
        }),
      NotFoundError,
    );
    const accepted = await decideRtwProposal(a.actors.caseworker, {
      caseId,
      planId,
      version: plan.version,
      proposalId: proposal.id,
      decision: "ACCEPT",
      reason: null,
    });
    const after = await db.rtwWeek.findMany({ where: { planId, removedAt: null }, orderBy: { weekNumber: "asc" } });
    expect(after.map((w) => Number(w.plannedHours))).toEqual([7, 8, 9, 10]);
    expect(Number(after[0]!.actualHours)).toBe(5);
    expect(await db.rtwProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "ACCEPTED",
      decidedById: a.actors.caseworker.userId,
    });
    expect(
      await db.recordVersion.findFirst({ where: { recordType: "ReturnToWorkPlan", recordId: planId, action: "ACCEPT" } }),
    ).toBeTruthy();
    await nothingWritten(
      () =>
        decideRtwProposal(a.actors.caseworker, {
          caseId,
          planId,
          version: accepted.version,
          proposalId: proposal.id,
          decision: "DECLINE",
          reason: "for sent",
        }),
      DomainRuleError,
    );
    // A declined proposal changes nothing on the plan.
    const p2 = await proposeRtw(a.actors.therapist, { caseId, planId, note: "Endnu langsommere", weeks: weeks.slice(0, 2) });
    await decideRtwProposal(a.actors.caseworker, {
      caseId,
      planId,
      version: accepted.version,
      proposalId: p2.id,
      decision: "DECLINE",
      reason: "Arbejdsgiveren kan ikke",
    });
    expect(await db.rtwWeek.count({ where: { planId, removedAt: null } })).toBe(4);
    const view = await getCaseRtw(a.actors.caseworker, caseId);
    expect(view.currentPlan?.proposals.find((p) => p.id === p2.id)).toMatchObject({
      status: "DECLINED",
      declineReason: "Arbejdsgiveren kan ikke",
    });
  });

  it("another organisation gets not found", async () => {
    await expect(getCaseRtw(b.actors.caseworker, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await nothingWritten(() => createRtwPlan(b.actors.caseworker, sixWeekPlan(caseId, day, "x")), NotFoundError);
    await nothingWritten(() => requestAid(b.actors.caseworker, { caseId, item: "Hæve-sænkebord", amountDkk: 4000 }), NotFoundError);
  });
});

describe("workplace aids and the mandate", () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await createCase(testDb().db, a)).id;
  });
  const request = (item: string, amountDkk: number) => requestAid(a.actors.caseworker, { caseId, item, amountDkk });
  /** The caseworker's decision on an aid at its first version. */
  const caseworkerDecides = (aidId: string, decision: "APPROVE" | "REJECT", reason: string | null = null) =>
    decideAid(a.actors.caseworker, { caseId, aidId, version: 1, decision, reason });
  /** A manager's approval of an aid at its first version. */
  const managerApproves = (who: Actor, aidId: string) => managerDecideAid(who, { aidId, version: 1, decision: "APPROVE", reason: null });
  const stored = (id: string) => testDb().db.workplaceAid.findUniqueOrThrow({ where: { id } });

  it("caseworker approves within the mandate (10,000 DKK included)", async () => {
    const aid = await request("Kontorstol", 10_000);
    expect(aid.aboveMandate).toBe(false);
    await caseworkerDecides(aid.id, "APPROVE");
    expect(await stored(aid.id)).toMatchObject({
      status: "APPROVED",
      decidedRole: "CASEWORKER",
    });
  });

  it("above the mandate the caseworker is refused and the jobcenter manager approves without seeing the person", async () => {
    const { db } = testDb();
    const aid = await request("Hæve-sænkebord med el", 14_500);
    expect(aid.aboveMandate).toBe(true);
    await nothingWritten(() => caseworkerDecides(aid.id, "APPROVE"), DomainRuleError);
    const list = await listAidsAwaitingManager(a.actors.manager);
    const row = list.aids.find((x) => x.id === aid.id);
    expect(row).toEqual({
      id: aid.id,
      version: 1,
      item: "Hæve-sænkebord med el",
      amountDkk: 14_500,
      requestedAt: expect.any(Date),
      requestedByName: expect.any(String),
    });
    const citizen = await db.sickLeaveCase.findUniqueOrThrow({
      where: { id: caseId },
      select: { citizen: { select: { firstName: true, lastName: true } } },
    });
    expect(JSON.stringify(list)).not.toContain(citizen.citizen.lastName);
    expect(JSON.stringify(list)).not.toContain(caseId);
    await managerApproves(a.actors.manager, aid.id);
    expect(await stored(aid.id)).toMatchObject({
      status: "APPROVED",
      decidedRole: "MANAGER",
      decidedById: a.actors.manager.userId,
    });
    expect((await listAidsAwaitingManager(a.actors.manager)).aids.map((x) => x.id)).not.toContain(aid.id);
  });

  it("the caseworker may reject above the mandate, with a reason", async () => {
    const aid = await request("Ombygning af køretøj", 80_000);
    await caseworkerDecides(aid.id, "REJECT", "Arbejdsgiveren dækker");
    expect(await stored(aid.id)).toMatchObject({
      status: "REJECTED",
      decisionNote: "Arbejdsgiveren dækker",
    });
  });

  it("only a jobcenter manager may approve above the mandate; others get not found", async () => {
    const aid = await request("Løftehjælpemiddel", 25_000);
    const healthManager = await a.makeActor("MANAGER", "HEALTH_CENTER");
    await nothingWritten(() => managerApproves(healthManager, aid.id), NotFoundError);
    await nothingWritten(() => managerApproves(a.actors.therapist, aid.id), NotFoundError);
    await nothingWritten(() => managerApproves(b.actors.manager, aid.id), NotFoundError);
    await expect(listAidsAwaitingManager(healthManager)).rejects.toBeInstanceOf(NotFoundError);
    expect((await stored(aid.id)).status).toBe("REQUESTED");
  });

  it("the mandate is the organisation's setting", async () => {
    const { db } = testDb();
    await db.organisation.update({ where: { id: a.org.id }, data: { aidMandateDkk: 20_000 } });
    const aid = await request("Specialmåtte", 15_000);
    await caseworkerDecides(aid.id, "APPROVE");
    await db.organisation.update({ where: { id: a.org.id }, data: { aidMandateDkk: 10_000 } });
  });
});
