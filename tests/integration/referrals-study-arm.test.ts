// walk6 item 2: a case in the control arm of a running randomised study whose intervention is a programme
// could be referred to that programme with no word of it. The case's referrals tab now tells its caseworker
// (listCaseReferrals.controlArms), and reading the allocation for it is logged like on the case page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { listCaseReferrals } from "@/lib/domain/referrals/list-case-referrals";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { createProgrammeWithCriteria } from "../factories/health";
import { createTestStudy } from "../factories/studies";
import { setupTestDb, teardownTestDb } from "./support/db";
import { todayInDenmark } from "@/lib/time";

let db: Db;
let f: OrgFixture;

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db, "Armkommune");
}, 120_000);
afterAll(teardownTestDb);

async function allocate(studyId: string, caseId: string, arm: "INTERVENTION" | "CONTROL", index: number) {
  const fu = await db.followUp.create({
    data: { caseId, mode: "IN_PERSON", status: "HELD", heldAt: new Date(), createdById: f.actors.caseworker.userId },
  });
  return db.studyAllocation.create({
    data: {
      organisationId: f.org.id,
      studyId,
      caseId,
      stratum: "all",
      index,
      arm,
      block: 0,
      entryDay: todayInDenmark(),
      followUpId: fu.id,
      allocatedById: f.actors.caseworker.userId,
    },
  });
}

describe("the referrals tab and a study's control arm", () => {
  it("names the study and its programmes for a control-arm case, logs the allocation read, and says nothing otherwise", async () => {
    const p = await createProgrammeWithCriteria(db, f, { name: "Rygskole" });
    const withProgramme = await createTestStudy(f.actors.manager, { programmeIds: [p.id], intervention: "" });
    const wayOfWorking = await createTestStudy(f.actors.manager);
    const control = await createCase(db, f);
    const intervention = await createCase(db, f);
    const a = await allocate(withProgramme.id, control.id, "CONTROL", 0);
    await allocate(wayOfWorking.id, control.id, "CONTROL", 0); // no programme: nothing to warn about
    await allocate(withProgramme.id, intervention.id, "INTERVENTION", 1);

    const r = await listCaseReferrals(f.actors.caseworker, control.id);
    expect(r.controlArms).toEqual([{ studyName: expect.any(String), programmes: [{ id: p.id, name: "Rygskole" }] }]);
    const logged = await db.accessLog.findFirst({ where: { recordType: "StudyAllocation", recordId: a.id }, orderBy: { id: "desc" } });
    expect(logged).toMatchObject({ action: "VIEW", citizenId: control.citizenId, actorId: f.actors.caseworker.userId });

    expect((await listCaseReferrals(f.actors.caseworker, intervention.id)).controlArms).toEqual([]);
    // Once the study is closed its arms no longer steer referrals.
    await db.effectStudy.update({ where: { id: withProgramme.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await listCaseReferrals(f.actors.caseworker, control.id)).controlArms).toEqual([]);
  });
});
