// Bad input never writes: at least 100 generated invalid inputs into each mutating server action
// of rehab plans, return to work and workplace aids, through the real action (schema → domain),
// asserting that the action reports failure and that no row was written or changed. A final
// control shows that the valid inputs the generators start from are accepted.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import type { ActionState } from "@/lib/validation/form";
import { isoDay } from "@/lib/time";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/rules/dates";
import { createCase, createOrg, grantConsent, type OrgFixture } from "../factories/core";
import { createReferral, createRehabPlanRow, createRtwPlanRow } from "../factories/rehab";
import { badUnicodeText } from "../factories/unicode";
import { setupTestDb, teardownTestDb } from "./support/db";
import { toFormData, corruptFields } from "./support/invalid-input";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: () => undefined,
  notFound: () => {
    throw new Error("notFound");
  },
}));

const rehab = await import("@/app/(app)/rehab/actions");
const rtw = await import("@/app/(app)/cases/[caseId]/rtw/actions");
const { managerDecideAidAction } = await import("@/app/(app)/dashboard/aids/actions");

const RUNS = 100;
const day = today();
const TODAY = isoDay(day);
const TOMORROW = isoDay(addDays(day, 1));
const START = isoDay(addDays(day, -30));
const BEFORE_START = isoDay(addDays(day, -31));

let db: Db;
let f: OrgFixture;
const ids = {} as {
  startedReferral: string;
  acceptedReferral: string;
  plan: string;
  fullPlan: string;
  goal: string;
  exercise: string;
  note: string;
  adherenceDay: string;
  removedExercise: string;
  citizenCpr: string;
  rtwCase: string;
  openPlanCase: string;
  rtwPlan: string;
  draftPlan: string;
  proposal: string;
  aidWithin: string;
  aidAbove: string;
  aidCase: string;
};

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db, "Fejlby Kommune");
  const started = await createReferral(db, f);
  ids.startedReferral = started.id;
  ids.acceptedReferral = (await createReferral(db, f, { status: "ACCEPTED" })).id;
  const plan = await createRehabPlanRow(db, f, { citizenId: started.citizenId, startOn: addDays(day, -30) });
  ids.plan = plan.id;
  ids.goal = (await db.rehabGoal.create({ data: { planId: plan.id, text: "Gå 1 km", baseline: "200 m", target: "1 km", position: 1 } })).id;
  ids.exercise = (
    await db.homeExercise.create({
      data: { planId: plan.id, description: "Bro", repetitions: "3 × 10", frequency: "Dagligt", position: 1 },
    })
  ).id;
  ids.removedExercise = (
    await db.homeExercise.create({
      data: { planId: plan.id, description: "Gammel", repetitions: "1", frequency: "1", position: 2, removedAt: new Date() },
    })
  ).id;
  ids.note = (
    await db.progressNote.create({
      data: {
        planId: plan.id,
        authorId: f.actors.therapist.userId,
        writtenOn: addDays(day, -3),
        text: "Status",
        selfRatedHealth: 3,
        pain: 5,
        workAbility: 4,
      },
    })
  ).id;
  ids.adherenceDay = isoDay(addDays(day, -2));
  await db.adherenceEntry.create({ data: { planId: plan.id, date: addDays(day, -2), done: true } });
  const full = await createRehabPlanRow(db, f, { citizenId: started.citizenId });
  ids.fullPlan = full.id;
  for (let i = 1; i <= 5; i++)
    await db.homeExercise.create({
      data: { planId: full.id, description: `Øvelse ${i}`, repetitions: "10", frequency: "Dagligt", position: i },
    });

  const rtwCase = await createCase(db, f, { firstAbsenceDay: addDays(day, -120) });
  ids.rtwCase = rtwCase.id;
  await grantConsent(db, f, rtwCase.citizenId, ["JOBCENTER_TO_HEALTH"]);
  await createReferral(db, f, { caseId: rtwCase.id });
  const rtwPlan = await createRtwPlanRow(db, f, { caseId: rtwCase.id, status: "ACTIVE", startOn: addDays(day, -10) });
  ids.rtwPlan = rtwPlan.id;
  ids.proposal = (
    await db.rtwProposal.create({
      data: {
        planId: rtwPlan.id,
        proposedById: f.actors.therapist.userId,
        weeks: [{ week: 1, plannedHours: 4, plannedDays: 2, pattern: null }],
        note: "Forslag",
      },
    })
  ).id;
  const openPlanCase = await createCase(db, f, { firstAbsenceDay: addDays(day, -120) });
  ids.openPlanCase = openPlanCase.id;
  ids.draftPlan = (await createRtwPlanRow(db, f, { caseId: openPlanCase.id, status: "DRAFT" })).id;
  const aidCase = await createCase(db, f);
  ids.aidCase = aidCase.id;
  ids.aidWithin = (
    await db.workplaceAid.create({
      data: { organisationId: f.org.id, caseId: aidCase.id, item: "Stol", amountDkk: 3000, requestedById: f.actors.caseworker.userId },
    })
  ).id;
  ids.aidAbove = (
    await db.workplaceAid.create({
      data: {
        organisationId: f.org.id,
        caseId: aidCase.id,
        item: "Løftebord",
        amountDkk: 15000,
        requestedById: f.actors.caseworker.userId,
      },
    })
  ).id;
});
afterAll(teardownTestDb);

/** Row counts and the mutable columns of every table these actions write. */
async function snapshot() {
  return Promise.all([
    db.rehabPlan.findMany({ select: { id: true, version: true, condition: true, firstConversation: true }, orderBy: { id: "asc" } }),
    db.rehabGoal.findMany({ select: { id: true, text: true, achievedOn: true, version: true }, orderBy: { id: "asc" } }),
    db.homeExercise.findMany({ select: { id: true, description: true, removedAt: true, version: true }, orderBy: { id: "asc" } }),
    db.adherenceEntry.findMany({ select: { id: true, done: true, note: true, version: true }, orderBy: { id: "asc" } }),
    db.progressNote.findMany({ select: { id: true, text: true, pain: true, version: true }, orderBy: { id: "asc" } }),
    db.returnToWorkPlan.findMany({ select: { id: true, version: true, status: true }, orderBy: { id: "asc" } }),
    db.rtwWeek
      .findMany({ select: { id: true, plannedHours: true, actualHours: true }, orderBy: { id: "asc" } })
      .then((ws) => ws.map((w) => [w.id, String(w.plannedHours), String(w.actualHours)])),
    db.rtwProposal.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.workplaceAid.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
    db.recordVersion.count(),
    db.accessLog.count({ where: { outcome: { not: "DENIED" } } }),
  ]);
}

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

async function neverWrites(as: Actor, action: Action, valid: Record<string, unknown>, bad: Record<string, fc.Arbitrary<unknown>>) {
  actor = as;
  // Every domain write appends to the access log in the same transaction, so the log count is a
  // cheap per-input write detector; the full snapshot before and after all inputs catches the rest.
  const before = await snapshot();
  await fc.assert(
    fc.asyncProperty(corruptFields(valid, bad), async (input) => {
      const logRows = await db.accessLog.count({ where: { outcome: { not: "DENIED" } } });
      const result = await action({ ok: false }, toFormData(input));
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(await db.accessLog.count({ where: { outcome: { not: "DENIED" } } }), JSON.stringify(input)).toBe(logRows);
    }),
    { numRuns: RUNS },
  );
  expect(await snapshot()).toEqual(before);
}

// Pools of invalid values.
const missing = fc.constant(undefined);
const notUuid = fc.oneof(
  fc.constantFrom("", " ", "abc", "123", "00000000-0000-0000-0000-00000000000g", "'; DROP TABLE x;--"),
  fc.string({ maxLength: 40 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s.trim())),
);
const unknownId = fc.uuid({ version: 4 });
const badId = fc.oneof(notUuid, unknownId, missing);
const blank = fc.constantFrom("", "   ", "\t\n");
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 200 }).map((n) => "x".repeat(n));
const badText = (max: number) => fc.oneof(blank, tooLong(max), missing, badUnicodeText(max));
const badDay = fc.oneof(
  fc.constantFrom("", "2026-02-30", "31-12-2026", "i morgen", "1899-12-31", "2101-01-01", "2026-1-1", "20260101"),
  missing,
);
/** Repetitions that are not whole numbers above 0 (small8 item 4), besides blank, too long and bad text. */
const badRepetitions = fc.oneof(
  badText(100),
  fc.constantFrom("-1", "0", "3 × 0", "3 × -1", "−2", "1,5", "2.5 × 10", "x", "mange", "0 × 10"),
  fc.integer({ min: -10_000, max: 0 }).map(String),
  fc.integer({ min: 1, max: 50 }).map((n) => `${n},5 gange`),
);
const futureDay = fc.integer({ min: 1, max: 400 }).map((n) => isoDay(addDays(day, n)));
const badInt = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom("", "abc", "1,5", "2.5", "NaN", "Infinity", "1e400"),
    fc.integer({ min: -1000, max: min - 1 }).map(String),
    fc.integer({ min: max + 1, max: max + 100_000 }).map(String),
    missing,
  );
const badEnum = fc.oneof(fc.constantFrom("", "MAYBE", "done", "null"), missing);
/** A version that is no version, or not the one stored (stale or from the future). */
const badVersion = (current: number) =>
  fc.oneof(
    badInt(1, 1_000_000_000),
    fc
      .integer({ min: 1, max: 50 })
      .filter((v) => v !== current)
      .map(String),
  );

/**
 * The valid input of each action on the seeded records. The generators corrupt one to three of its
 * fields; the control at the end submits it as it is (with the versions its earlier steps produced).
 */
const valid = {
  createRehabPlan: () => ({
    source: "REFERRAL",
    referralId: ids.startedReferral,
    condition: "Lændesmerter",
    bodyRegion: "BACK",
    standardPackage: "",
    startOn: TODAY,
    endOn: "",
  }),
  updateRehabPlan: () => ({
    planId: ids.plan,
    version: "1",
    condition: "Ny tilstand",
    bodyRegion: "BACK",
    standardPackage: "BACK",
    startOn: START,
    endOn: "",
    reason: "",
  }),
  addGoal: () => ({ planId: ids.plan, text: "Løfte 10 kg", baseline: "3 kg", target: "10 kg" }),
  updateGoal: () => ({
    planId: ids.plan,
    goalId: ids.goal,
    version: "1",
    text: "Gå 2 km",
    baseline: "200 m",
    target: "2 km",
    achievedOn: "",
  }),
  markGoalAchieved: () => ({ planId: ids.plan, goalId: ids.goal, version: "1", achievedOn: TODAY }),
  saveFirstConversation: () => ({ planId: ids.plan, version: "1", heldOn: START, employerResponse: "Forstående", network: "Familie" }),
  addExercise: () => ({ planId: ids.plan, description: "Bækkenvip", repetitions: "3 × 10", frequency: "Dagligt" }),
  removeExercise: () => ({ planId: ids.plan, exerciseId: ids.exercise, version: "1" }),
  updateExercise: () => ({
    planId: ids.plan,
    exerciseId: ids.exercise,
    version: "1",
    description: "Bro med løft",
    repetitions: "3 × 12",
    frequency: "Dagligt",
    reason: "",
  }),
  recordAdherence: () => ({ planId: ids.plan, version: "0", date: TODAY, done: "DONE", note: "" }),
  correctAdherence: () => ({ planId: ids.plan, version: "1", date: ids.adherenceDay, done: "NOT_DONE", note: "Glemt" }),
  addProgressNote: () => ({ planId: ids.plan, writtenOn: TODAY, selfRatedHealth: "3", pain: "5", workAbility: "5", text: "Status" }),
  correctProgressNote: () => ({
    planId: ids.plan,
    noteId: ids.note,
    version: "1",
    writtenOn: isoDay(addDays(day, -3)),
    selfRatedHealth: "3",
    pain: "4",
    workAbility: "4",
    text: "Status, rettet",
    reason: "Forkert smertescore",
  }),
  createRtwPlan: () => ({
    caseId: ids.rtwCase,
    startOn: TODAY,
    employerContact: "Lone Berg",
    note: "",
    startHours: "6",
    targetHours: "37",
    weeks: "6",
    startDays: "3",
    targetDays: "5",
  }),
  updateRtwPlan: () => ({
    caseId: ids.rtwCase,
    planId: ids.rtwPlan,
    version: "1",
    status: "ACTIVE",
    startOn: isoDay(addDays(day, -10)),
    employerContact: "Ny kontakt",
    note: "",
    reason: "",
  }),
  saveRtwSchedule: () => ({
    caseId: ids.rtwCase,
    planId: ids.rtwPlan,
    version: "1",
    plannedHours: ["6", "12", "18"],
    plannedDays: ["3", "3", "4"],
    pattern: ["", "", ""],
  }),
  recordActualHours: () => ({ caseId: ids.rtwCase, planId: ids.rtwPlan, version: "1", weekNumber: "1", actualHours: "5", note: "" }),
  proposeRtw: () => ({
    caseId: ids.rtwCase,
    planId: ids.rtwPlan,
    plannedHours: ["4", "8"],
    plannedDays: ["2", "3"],
    pattern: ["", ""],
    note: "Langsommere optrapning",
  }),
  declineRtwProposal: () => ({
    caseId: ids.rtwCase,
    planId: ids.rtwPlan,
    version: "1",
    proposalId: ids.proposal,
    decision: "DECLINE",
    reason: "Arbejdsgiveren kan ikke",
  }),
  requestAid: () => ({ caseId: ids.aidCase, item: "Hæve-sænkebord", amountDkk: "4500" }),
  rejectAid: () => ({ caseId: ids.aidCase, aidId: ids.aidWithin, version: "1", decision: "REJECT", reason: "Dækkes af arbejdsgiveren" }),
  managerRejectAid: () => ({ aidId: ids.aidAbove, version: "1", decision: "REJECT", reason: "For dyrt" }),
};

describe("rehab actions never write on invalid input", () => {
  it("create plan", async () => {
    await neverWrites(f.actors.therapist, rehab.createRehabPlanAction, valid.createRehabPlan(), {
      source: badEnum,
      referralId: fc.oneof(badId, fc.constant(ids.acceptedReferral)),
      condition: badText(200),
      bodyRegion: badEnum,
      standardPackage: fc.constantFrom("KNÆ", "x"),
      startOn: badDay,
      endOn: fc.constantFrom("2000-01-01", "2026-02-30"),
    });
    await neverWrites(
      f.actors.therapist,
      rehab.createRehabPlanAction,
      { source: "HOSPITAL_PLAN", cpr: "0101801234", hospitalPlanReceivedOn: TODAY, condition: "Knæ", bodyRegion: "KNEE", startOn: TODAY },
      {
        cpr: fc.oneof(fc.constantFrom("", "123", "3113801234", "abcdefghij", "0202801234"), missing),
        hospitalPlanReceivedOn: fc.oneof(badDay, futureDay),
        condition: badText(200),
      },
    );
    // Neither a caseworker nor a visitator may create plans, whatever the input.
    await neverWrites(
      f.actors.caseworker,
      rehab.createRehabPlanAction,
      { source: "REFERRAL", referralId: ids.startedReferral, condition: "x", bodyRegion: "BACK", startOn: TODAY },
      { condition: fc.string({ minLength: 1, maxLength: 20 }), endOn: fc.constantFrom("", TODAY) },
    );
  });

  it("correct plan", async () => {
    await neverWrites(f.actors.therapist, rehab.updateRehabPlanAction, valid.updateRehabPlan(), {
      planId: badId,
      version: badVersion(1),
      condition: badText(200),
      bodyRegion: badEnum,
      startOn: badDay,
      endOn: fc.constant(BEFORE_START),
      reason: tooLong(500),
    });
  });

  it("goals", async () => {
    await neverWrites(f.actors.therapist, rehab.addGoalAction, valid.addGoal(), {
      planId: badId,
      text: badText(300),
      baseline: badText(300),
      target: badText(300),
    });
    await neverWrites(f.actors.therapist, rehab.updateGoalAction, valid.updateGoal(), {
      planId: badId,
      goalId: badId,
      version: badVersion(1),
      text: badText(300),
      achievedOn: fc.oneof(fc.constantFrom("2026-02-30", BEFORE_START), futureDay),
    });
    await neverWrites(f.actors.therapist, rehab.markGoalAchievedAction, valid.markGoalAchieved(), {
      planId: badId,
      goalId: badId,
      version: badVersion(1),
      achievedOn: fc.oneof(badDay, futureDay, fc.constant(BEFORE_START)),
    });
  });

  it("first-conversation guide", async () => {
    await neverWrites(f.actors.therapist, rehab.saveFirstConversationAction, valid.saveFirstConversation(), {
      planId: badId,
      version: badVersion(1),
      heldOn: fc.oneof(fc.constantFrom("2026-02-30", "x"), futureDay),
      employerResponse: tooLong(2000),
      ownExpectation: tooLong(2000),
    });
  });

  it("home programme", async () => {
    await neverWrites(f.actors.therapist, rehab.addExerciseAction, valid.addExercise(), {
      planId: fc.oneof(badId, fc.constant(ids.fullPlan)),
      description: badText(500),
      repetitions: badRepetitions,
      frequency: badText(100),
    });
    await neverWrites(f.actors.therapist, rehab.removeExerciseAction, valid.removeExercise(), {
      planId: fc.oneof(badId, fc.constant(ids.fullPlan)),
      exerciseId: fc.oneof(badId, fc.constant(ids.removedExercise)),
      version: badVersion(1),
    });
    await neverWrites(f.actors.therapist, rehab.updateExerciseAction, valid.updateExercise(), {
      planId: fc.oneof(badId, fc.constant(ids.fullPlan)),
      exerciseId: fc.oneof(badId, fc.constant(ids.removedExercise)),
      version: badVersion(1),
      description: badText(500),
      repetitions: badRepetitions,
      frequency: badText(100),
      reason: tooLong(500),
    });
    // A caseworker cannot change the home programme, whatever the input.
    await neverWrites(f.actors.caseworker, rehab.updateExerciseAction, valid.updateExercise(), {
      description: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
    });
  });

  it("adherence log", async () => {
    await neverWrites(f.actors.therapist, rehab.recordAdherenceAction, valid.recordAdherence(), {
      planId: badId,
      version: fc.oneof(badInt(0, 1_000_000_000), missing),
      date: fc.oneof(badDay, futureDay, fc.constant(BEFORE_START)),
      done: badEnum,
      note: tooLong(500),
    });
    // Correcting a recorded day on the basis of "no entry" (or a stale entry) is a conflict.
    await neverWrites(f.actors.therapist, rehab.recordAdherenceAction, valid.correctAdherence(), {
      version: fc.oneof(fc.constant("0"), fc.integer({ min: 2, max: 50 }).map(String)),
    });
  });

  it("progress notes", async () => {
    await neverWrites(f.actors.therapist, rehab.addProgressNoteAction, valid.addProgressNote(), {
      planId: badId,
      writtenOn: fc.oneof(badDay, futureDay, fc.constant(BEFORE_START)),
      selfRatedHealth: badInt(1, 5),
      pain: badInt(0, 10),
      workAbility: badInt(0, 10),
      text: badText(4000),
    });
    await neverWrites(f.actors.therapist, rehab.correctProgressNoteAction, valid.correctProgressNote(), {
      planId: badId,
      noteId: badId,
      version: badVersion(1),
      writtenOn: fc.oneof(badDay, futureDay, fc.constant(BEFORE_START)),
      pain: badInt(0, 10),
      text: badText(4000),
      reason: fc.oneof(blank, fc.constant("ok"), tooLong(500), missing),
    });
    // A caseworker cannot write a progress note, even with a perfectly valid input.
    await neverWrites(f.actors.caseworker, rehab.addProgressNoteAction, valid.addProgressNote(), {
      selfRatedHealth: fc.integer({ min: 1, max: 5 }).map(String),
      text: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
    });
  });
});

const badHours = fc.oneof(fc.constantFrom("", "abc", "-1", "48.5", "49", "6.25", "1e9"), missing);

describe("return-to-work actions never write on invalid input", () => {
  it("create plan", async () => {
    await neverWrites(f.actors.caseworker, rtw.createRtwPlanAction, valid.createRtwPlan(), {
      caseId: fc.oneof(badId, fc.constant(ids.openPlanCase)),
      startOn: fc.oneof(badDay, fc.constant("2000-01-01")),
      employerContact: badText(300),
      startHours: badHours,
      targetHours: fc.oneof(badHours, fc.constant("4")),
      weeks: badInt(1, 52),
      startDays: badInt(1, 7),
      targetDays: fc.oneof(badInt(1, 7), fc.constant("2")),
      note: tooLong(2000),
    });
  });

  it("correct plan and status", async () => {
    await neverWrites(f.actors.caseworker, rtw.updateRtwPlanAction, valid.updateRtwPlan(), {
      caseId: fc.oneof(badId, fc.constant(ids.openPlanCase)),
      planId: badId,
      version: badVersion(1),
      status: fc.oneof(badEnum, fc.constant("DRAFT")),
      startOn: badDay,
      employerContact: badText(300),
    });
    await neverWrites(f.actors.therapist, rtw.updateRtwPlanAction, valid.updateRtwPlan(), {
      employerContact: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
      status: fc.constantFrom("ACTIVE", "COMPLETED", "CANCELLED"),
    });
  });

  it("weekly schedule", async () => {
    const badRows = fc.oneof(
      fc.constant([]),
      fc.array(badHours.filter((v) => v !== undefined).map(String), { minLength: 1, maxLength: 3 }).map((hs) => [...hs, "6"]),
      fc.integer({ min: 53, max: 60 }).map((n) => Array.from({ length: n }, () => "6")),
    );
    await neverWrites(f.actors.caseworker, rtw.saveRtwScheduleAction, valid.saveRtwSchedule(), {
      planId: badId,
      version: badVersion(1),
      plannedHours: badRows,
      plannedDays: fc.oneof(
        fc.constant(["3", "3"]),
        fc.constant(["0", "3", "4"]),
        fc.constant(["8", "3", "4"]),
        fc.constant(["3", "3", "1"]),
      ),
      pattern: fc.constant(["x".repeat(201), "", ""]),
    });
  });

  it("actual hours", async () => {
    await neverWrites(f.actors.caseworker, rtw.recordActualHoursAction, valid.recordActualHours(), {
      planId: fc.oneof(badId, fc.constant(ids.draftPlan)),
      version: badVersion(1),
      weekNumber: fc.oneof(badInt(1, 52), fc.constantFrom("3", "4", "52")),
      actualHours: badHours,
      note: tooLong(500),
    });
  });

  it("proposals", async () => {
    await neverWrites(f.actors.therapist, rtw.proposeRtwAction, valid.proposeRtw(), {
      planId: badId,
      caseId: badId,
      plannedHours: fc.oneof(fc.constant([]), fc.constant(["4", "abc"]), fc.constant(["30", "8"])),
      plannedDays: fc.constant(["2"]),
      note: badText(2000),
    });
    // The caseworker does not propose (the therapist's capability), whatever the input.
    await neverWrites(f.actors.caseworker, rtw.proposeRtwAction, valid.proposeRtw(), {
      note: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
    });
    await neverWrites(f.actors.caseworker, rtw.decideRtwProposalAction, valid.declineRtwProposal(), {
      proposalId: badId,
      version: badVersion(1),
      planId: fc.oneof(badId, fc.constant(ids.draftPlan)),
      decision: badEnum,
      reason: fc.oneof(blank, fc.constant("ok"), tooLong(1000), missing),
    });
    await neverWrites(
      f.actors.therapist,
      rtw.decideRtwProposalAction,
      { caseId: ids.rtwCase, planId: ids.rtwPlan, version: "1", proposalId: ids.proposal, decision: "ACCEPT" },
      { decision: fc.constantFrom("ACCEPT", "DECLINE"), reason: fc.constantFrom("Fint", "Nej tak") },
    );
  });

  it("workplace aids", async () => {
    await neverWrites(f.actors.caseworker, rtw.requestAidAction, valid.requestAid(), {
      caseId: badId,
      item: badText(200),
      amountDkk: fc.oneof(badInt(1, 10_000_000), fc.constantFrom("4.500,50", "4500.5")),
    });
    // The decision's fields, the same for the caseworker (with the case) and the manager (ZDecideAid, ZManagerDecideAid).
    const badDecision = {
      aidId: badId,
      version: badVersion(1),
      decision: badEnum,
      reason: fc.oneof(blank, fc.constant("no"), tooLong(1000), missing),
    };
    await neverWrites(f.actors.caseworker, rtw.decideAidAction, valid.rejectAid(), { caseId: badId, ...badDecision });
    // Above the mandate the caseworker's approval is refused.
    await neverWrites(
      f.actors.caseworker,
      rtw.decideAidAction,
      { caseId: ids.aidCase, aidId: ids.aidAbove, version: "1", decision: "APPROVE" },
      { reason: fc.constantFrom("", "Nødvendigt") },
    );
    await neverWrites(f.actors.manager, managerDecideAidAction, valid.managerRejectAid(), badDecision);
    await neverWrites(
      f.actors.caseworker,
      managerDecideAidAction,
      { aidId: ids.aidAbove, version: "1", decision: "APPROVE" },
      { reason: fc.constantFrom("", "Godkendt") },
    );
  });
});

describe("control: the valid inputs the generators start from are accepted", () => {
  it("each base input succeeds", async () => {
    const ok = async (as: Actor, action: Action, input: Record<string, unknown>) => {
      actor = as;
      const r = await action({ ok: false }, toFormData(input));
      expect(r, JSON.stringify(input)).toMatchObject({ ok: true });
    };
    const th = f.actors.therapist;
    const cw = f.actors.caseworker;
    await ok(th, rehab.createRehabPlanAction, valid.createRehabPlan());
    await ok(th, rehab.updateRehabPlanAction, valid.updateRehabPlan());
    await ok(th, rehab.addGoalAction, valid.addGoal());
    await ok(th, rehab.updateGoalAction, valid.updateGoal());
    await ok(th, rehab.markGoalAchievedAction, { ...valid.markGoalAchieved(), version: "2" });
    await ok(th, rehab.saveFirstConversationAction, { ...valid.saveFirstConversation(), version: "2" });
    await ok(th, rehab.addExerciseAction, valid.addExercise());
    await ok(th, rehab.updateExerciseAction, valid.updateExercise());
    await ok(th, rehab.removeExerciseAction, { ...valid.removeExercise(), version: "2" });
    await ok(th, rehab.recordAdherenceAction, valid.recordAdherence());
    await ok(th, rehab.recordAdherenceAction, valid.correctAdherence());
    await ok(th, rehab.addProgressNoteAction, valid.addProgressNote());
    await ok(th, rehab.correctProgressNoteAction, valid.correctProgressNote());
    await ok(th, rtw.proposeRtwAction, valid.proposeRtw());
    await ok(cw, rtw.decideRtwProposalAction, valid.declineRtwProposal());
    const freshCase = await createCase(db, f, { firstAbsenceDay: addDays(day, -60) });
    await ok(cw, rtw.createRtwPlanAction, { ...valid.createRtwPlan(), caseId: freshCase.id });
    await ok(cw, rtw.updateRtwPlanAction, { ...valid.updateRtwPlan(), version: "2" });
    await ok(cw, rtw.saveRtwScheduleAction, { ...valid.saveRtwSchedule(), version: "3" });
    await ok(cw, rtw.recordActualHoursAction, { ...valid.recordActualHours(), version: "4" });
    await ok(cw, rtw.requestAidAction, valid.requestAid());
    await ok(cw, rtw.decideAidAction, valid.rejectAid());
    await ok(f.actors.manager, managerDecideAidAction, valid.managerRejectAid());
  });
});

describe("amounts typed the Danish way (walk9 item 1)", () => {
  it('an aid of "15.000" kr. is 15000 kr. and goes to the manager; "15,000" is refused, not guessed', async () => {
    actor = f.actors.caseworker;
    const r = await rtw.requestAidAction({ ok: false }, toFormData({ caseId: ids.aidCase, item: "Elevationsbord", amountDkk: "15.000" }));
    expect(r).toMatchObject({ ok: true, message: "rtw.aids.requestedAboveMandate" });
    const aid = await db.workplaceAid.findFirstOrThrow({ where: { caseId: ids.aidCase, item: "Elevationsbord" } });
    expect(aid.amountDkk).toBe(15000);
    const { listAidsAwaitingManager } = await import("@/lib/domain/rtw/list-aids-awaiting-manager");
    const { aids } = await listAidsAwaitingManager(f.actors.manager);
    expect(aids.map((a) => [a.id, a.amountDkk])).toContainEqual([aid.id, 15000]);

    const before = await db.workplaceAid.count();
    const unclear = await rtw.requestAidAction({ ok: false }, toFormData({ caseId: ids.aidCase, item: "Stol", amountDkk: "15,000" }));
    expect(unclear).toMatchObject({
      ok: false,
      fieldErrors: { amountDkk: ["errors.wholeNumberUnclear"] },
      values: { amountDkk: "15,000" },
    });
    expect(await db.workplaceAid.count()).toBe(before);
  });
});
