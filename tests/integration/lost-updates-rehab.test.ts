// No lost updates on rehab plans (issue 8 item 1): two tabs (or two therapists) load the same plan;
// tab A saves first; tab B, loaded before A's save, saves on the basis of what it showed and is
// refused with ConflictError ("errors.conflict"), nothing of B is written, and A's change stays.
// One test per write to an existing record: first-conversation guide, plan facts, goal correction,
// goal achieved, exercise correction and removal, adherence (new day and correction), note correction.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { createReferral, createRehabPlanRow } from "../factories/rehab";
import { ConflictError } from "@/lib/domain/errors";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/rules/dates";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { saveFirstConversation } from "@/lib/domain/rehab/save-first-conversation";
import { updateRehabPlan } from "@/lib/domain/rehab/update-rehab-plan";
import { addGoal } from "@/lib/domain/rehab/add-goal";
import { updateGoal } from "@/lib/domain/rehab/update-goal";
import { markGoalAchieved } from "@/lib/domain/rehab/mark-goal-achieved";
import { addExercise } from "@/lib/domain/rehab/add-exercise";
import { updateExercise } from "@/lib/domain/rehab/update-exercise";
import { removeExercise } from "@/lib/domain/rehab/remove-exercise";
import { recordAdherence } from "@/lib/domain/rehab/record-adherence";
import { addProgressNote } from "@/lib/domain/rehab/add-progress-note";
import { correctProgressNote } from "@/lib/domain/rehab/correct-progress-note";
import { isoDay } from "@/lib/time";

let f: OrgFixture;
let planId: string;
const day = today();
const planStart = addDays(day, -30);

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Samtidig Kommune");
});
afterAll(teardownTestDb);

beforeEach(async () => {
  const { db } = testDb();
  const referral = await createReferral(db, f);
  planId = (await createRehabPlanRow(db, f, { citizenId: referral.citizenId, referralId: referral.id, startOn: planStart })).id;
});

/** Tab B's stale write is refused as a conflict and changes nothing at all (every table's fingerprint). */
async function refusedAsConflict(write: () => Promise<unknown>) {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  await expect(write()).rejects.toBeInstanceOf(ConflictError);
  await expect(write()).rejects.toThrow("errors.conflict");
  expect(await databaseFingerprint(db)).toEqual(before);
}

const loadTab = () => getRehabPlan(f.actors.therapist, planId);
const noAnswers = {
  employerResponse: null,
  taskFlexibility: null,
  keyWorkTasks: null,
  network: null,
  leisure: null,
  lifestyle: null,
  sickLeave: null,
  ownExpectation: null,
};

describe("two tabs on one rehab plan: the stale save is refused and the first one kept", () => {
  it("first-conversation guide: A answers question 1, B (loaded before) answers question 2", async () => {
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    await saveFirstConversation(f.actors.therapist, {
      planId,
      version: tabA.version,
      heldOn: planStart,
      ...noAnswers,
      employerResponse: "Arbejdsgiveren er forstående",
    });
    await refusedAsConflict(() =>
      saveFirstConversation(f.actors.therapist, {
        planId,
        version: tabB.version,
        heldOn: planStart,
        ...noAnswers,
        taskFlexibility: "Kan få lettere opgaver",
      }),
    );
    const after = await loadTab();
    expect(after.firstConversation.answers).toEqual({ employerResponse: "Arbejdsgiveren er forstående" });
  });

  it("plan facts", async () => {
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    const facts = { planId, bodyRegion: "BACK" as const, standardPackage: "BACK" as const, startOn: planStart, endOn: null, reason: null };
    await updateRehabPlan(f.actors.therapist, { ...facts, version: tabA.version, condition: "Lændesmerter med udstråling" });
    await refusedAsConflict(() => updateRehabPlan(f.actors.therapist, { ...facts, version: tabB.version, condition: "Diskusprolaps" }));
    expect((await loadTab()).condition).toBe("Lændesmerter med udstråling");
  });

  it("goal correction", async () => {
    await addGoal(f.actors.therapist, { planId, text: "Gå 1 km", baseline: "200 m", target: "1 km" });
    const [goalA, goalB] = [(await loadTab()).goals[0]!, (await loadTab()).goals[0]!];
    const base = { planId, goalId: goalA.id, text: goalA.text, target: goalA.target, achievedOn: null, reason: null };
    await updateGoal(f.actors.therapist, { ...base, version: goalA.version, baseline: "300 m" });
    await refusedAsConflict(() => updateGoal(f.actors.therapist, { ...base, version: goalB.version, baseline: "250 m" }));
    expect((await loadTab()).goals[0]!.baseline).toBe("300 m");
  });

  it("goal marked achieved after a correction it did not see", async () => {
    await addGoal(f.actors.therapist, { planId, text: "Løfte 10 kg", baseline: "3 kg", target: "10 kg" });
    const [goalA, goalB] = [(await loadTab()).goals[0]!, (await loadTab()).goals[0]!];
    await updateGoal(f.actors.therapist, {
      planId,
      goalId: goalA.id,
      version: goalA.version,
      text: goalA.text,
      baseline: goalA.baseline,
      target: "12 kg",
      achievedOn: null,
      reason: "Nyt mål",
    });
    await refusedAsConflict(() =>
      markGoalAchieved(f.actors.therapist, { planId, goalId: goalB.id, version: goalB.version, achievedOn: day }),
    );
    expect((await loadTab()).goals[0]).toMatchObject({ target: "12 kg", achievedOn: null });
  });

  it("exercise correction, and removal of an exercise someone else corrected", async () => {
    await addExercise(f.actors.therapist, { planId, description: "Bækkenvip", repetitions: "3 × 10", frequency: "Dagligt" });
    const [exA, exB] = [(await loadTab()).exercises[0]!, (await loadTab()).exercises[0]!];
    const base = { planId, exerciseId: exA.id, description: exA.description, frequency: exA.frequency, reason: null };
    await updateExercise(f.actors.therapist, { ...base, version: exA.version, repetitions: "3 × 12" });
    await refusedAsConflict(() => updateExercise(f.actors.therapist, { ...base, version: exB.version, repetitions: "2 × 8" }));
    await refusedAsConflict(() => removeExercise(f.actors.therapist, { planId, exerciseId: exB.id, version: exB.version }));
    expect((await loadTab()).exercises.map((e) => e.repetitions)).toEqual(["3 × 12"]);
  });

  it("exercise removed in one tab, corrected or removed again in the other", async () => {
    await addExercise(f.actors.therapist, { planId, description: "Bro", repetitions: "3 × 10", frequency: "Dagligt" });
    const [exA, exB] = [(await loadTab()).exercises[0]!, (await loadTab()).exercises[0]!];
    await removeExercise(f.actors.therapist, { planId, exerciseId: exA.id, version: exA.version });
    await refusedAsConflict(() => removeExercise(f.actors.therapist, { planId, exerciseId: exB.id, version: exB.version }));
    await refusedAsConflict(() =>
      updateExercise(f.actors.therapist, {
        planId,
        exerciseId: exB.id,
        version: exB.version,
        description: "Bro",
        repetitions: "1",
        frequency: "1",
        reason: null,
      }),
    );
    expect((await loadTab()).removedExercises.map((e) => e.id)).toEqual([exA.id]);
  });

  it("adherence: both tabs record the same new day; the second one is refused", async () => {
    const d = addDays(day, -2);
    const [tabA, tabB] = [await loadTab(), await loadTab()];
    const versionIn = (tab: Awaited<ReturnType<typeof loadTab>>) => tab.adherence.find((a) => isoDay(a.date) === isoDay(d))?.version ?? 0;
    await recordAdherence(f.actors.therapist, { planId, version: versionIn(tabA), date: d, done: true, note: "Lavet om morgenen" });
    await refusedAsConflict(() =>
      recordAdherence(f.actors.therapist, { planId, version: versionIn(tabB), date: d, done: false, note: null }),
    );
    expect((await loadTab()).adherence).toMatchObject([{ done: true, note: "Lavet om morgenen" }]);
  });

  it("adherence: a correction based on an older entry is refused", async () => {
    const d = addDays(day, -3);
    await recordAdherence(f.actors.therapist, { planId, version: 0, date: d, done: false, note: null });
    const [entryA, entryB] = [(await loadTab()).adherence[0]!, (await loadTab()).adherence[0]!];
    await recordAdherence(f.actors.therapist, { planId, version: entryA.version, date: d, done: true, note: "Lavet alligevel" });
    await refusedAsConflict(() =>
      recordAdherence(f.actors.therapist, { planId, version: entryB.version, date: d, done: false, note: "Syg" }),
    );
    expect((await loadTab()).adherence[0]).toMatchObject({ done: true, note: "Lavet alligevel", version: 2 });
  });

  it("progress-note correction", async () => {
    await addProgressNote(f.actors.therapist, {
      planId,
      writtenOn: addDays(day, -1),
      text: "Status",
      selfRatedHealth: 3,
      pain: 6,
      workAbility: 4,
    });
    const [noteA, noteB] = [(await loadTab()).progressNotes[0]!, (await loadTab()).progressNotes[0]!];
    const base = { planId, noteId: noteA.id, writtenOn: noteA.writtenOn, text: noteA.text, selfRatedHealth: 3, workAbility: 4 };
    await correctProgressNote(f.actors.therapist, { ...base, version: noteA.version, pain: 5, reason: "Forkert smertescore" });
    await refusedAsConflict(() =>
      correctProgressNote(f.actors.therapist, { ...base, version: noteB.version, pain: 7, reason: "Borgeren ringede" }),
    );
    expect((await loadTab()).progressNotes[0]).toMatchObject({ pain: 5, version: 2 });
    const history = await testDb().db.recordVersion.findFirst({
      where: { recordType: "ProgressNote", recordId: noteA.id, action: "CORRECT" },
    });
    expect(history).toMatchObject({ version: 2, reason: "Forkert smertescore", changes: { pain: { from: 6, to: 5 } } });
  });
});
