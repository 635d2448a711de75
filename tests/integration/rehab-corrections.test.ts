// Correcting an exercise of the home programme and a progress note (new in issue 8 item 1): the
// correction keeps the earlier values in the history with the reason, is logged, and nobody but a
// therapist of the plan's department reaches it (role × department × consent × organisation).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { databaseFingerprint, grantConsent, type OrgFixture } from "../factories";
import { createReferral, createRehabPlanRow } from "../factories/rehab";
import { otherDepartmentActor } from "../factories/health";
import type { Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/domain/errors";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/rules/dates";
import { addExercise } from "@/lib/domain/rehab/add-exercise";
import { updateExercise } from "@/lib/domain/rehab/update-exercise";
import { addProgressNote } from "@/lib/domain/rehab/add-progress-note";
import { correctProgressNote } from "@/lib/domain/rehab/correct-progress-note";

let a: OrgFixture;
let b: OrgFixture;
let planId: string;
let citizenId: string;
const day = today();

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Rettelse A", "Rettelse B");
  const { db } = testDb();
  const referral = await createReferral(db, a);
  citizenId = referral.citizenId;
  planId = (await createRehabPlanRow(db, a, { citizenId, referralId: referral.id, startOn: addDays(day, -30) })).id;
  // Consent both ways: even so, the jobcenter never writes health-center records.
  await grantConsent(db, a, citizenId, ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
});
afterAll(teardownTestDb);

async function lastLog() {
  return testDb().db.accessLog.findFirst({ orderBy: { id: "desc" } });
}

async function outsiders(): Promise<[string, Actor][]> {
  const { db } = testDb();
  return [
    ["caseworker with consent", a.actors.caseworker],
    ["visitator of the department", a.actors.visitator],
    ["coordinator", a.actors.coordinator],
    ["manager", a.actors.manager],
    ["admin", a.actors.admin],
    ["therapist of another health center", await otherDepartmentActor(db, a, "HEALTH_CENTER", "THERAPIST")],
    ["therapist of another organisation", b.actors.therapist],
  ];
}

describe("correcting the home programme and progress notes", () => {
  it("an exercise correction keeps the earlier values with the reason and is logged", async () => {
    const ex = await addExercise(a.actors.therapist, { planId, description: "Bækkenvip", repetitions: "3 × 10", frequency: "Dagligt" });
    const r = await updateExercise(a.actors.therapist, {
      planId,
      exerciseId: ex.id,
      version: 1,
      description: "Bækkenvip liggende",
      repetitions: "3 × 10",
      frequency: "3 gange om ugen",
      reason: "Borgeren fik ondt ved daglig træning",
    });
    expect(r).toEqual({ id: ex.id, version: 2 });
    const v = await testDb().db.recordVersion.findFirst({ where: { recordType: "HomeExercise", recordId: ex.id, action: "CORRECT" } });
    expect(v).toMatchObject({
      version: 2,
      reason: "Borgeren fik ondt ved daglig træning",
      changes: {
        description: { from: "Bækkenvip", to: "Bækkenvip liggende" },
        frequency: { from: "Dagligt", to: "3 gange om ugen" },
      },
    });
    expect(await lastLog()).toMatchObject({ action: "UPDATE", recordType: "HomeExercise", recordId: ex.id, citizenId });
  });

  it("a note correction keeps the earlier text and scores with the reason and is logged", async () => {
    const note = await addProgressNote(a.actors.therapist, {
      planId,
      writtenOn: addDays(day, -2),
      text: "Smerter i venstre side",
      selfRatedHealth: 2,
      pain: 7,
      workAbility: 3,
    });
    await correctProgressNote(a.actors.therapist, {
      planId,
      noteId: note.id,
      version: 1,
      writtenOn: addDays(day, -2),
      text: "Smerter i højre side",
      selfRatedHealth: 2,
      pain: 7,
      workAbility: 3,
      reason: "Forkert side noteret",
    });
    const v = await testDb().db.recordVersion.findFirst({ where: { recordType: "ProgressNote", recordId: note.id, action: "CORRECT" } });
    expect(v).toMatchObject({ version: 2, changes: { text: { from: "Smerter i venstre side", to: "Smerter i højre side" } } });
    expect(await lastLog()).toMatchObject({ action: "UPDATE", recordType: "ProgressNote", recordId: note.id, citizenId });
  });

  it("nobody but the plan's therapists reaches either correction: not found, nothing written", async () => {
    const { db } = testDb();
    const ex = await addExercise(a.actors.therapist, { planId, description: "Bro", repetitions: "10", frequency: "Dagligt" });
    const note = await addProgressNote(a.actors.therapist, {
      planId,
      writtenOn: day,
      text: "Status",
      selfRatedHealth: 3,
      pain: 4,
      workAbility: 5,
    });
    for (const [who, actor] of await outsiders()) {
      const before = await databaseFingerprint(db);
      await expect(
        updateExercise(actor, { planId, exerciseId: ex.id, version: 1, description: "x", repetitions: "x", frequency: "x", reason: null }),
        who,
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        correctProgressNote(actor, {
          planId,
          noteId: note.id,
          version: 1,
          writtenOn: day,
          text: "x",
          selfRatedHealth: 1,
          pain: 1,
          workAbility: 1,
          reason: "Forsøg",
        }),
        who,
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await databaseFingerprint(db), who).toEqual(before);
    }
  });

  it("a record of another plan cannot be reached through this plan's id", async () => {
    const { db } = testDb();
    const other = await createRehabPlanRow(db, a, { citizenId, startOn: addDays(day, -10) });
    const ex = await addExercise(a.actors.therapist, { planId: other.id, description: "Squat", repetitions: "10", frequency: "Dagligt" });
    await expect(
      updateExercise(a.actors.therapist, {
        planId,
        exerciseId: ex.id,
        version: 1,
        description: "x",
        repetitions: "x",
        frequency: "x",
        reason: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
