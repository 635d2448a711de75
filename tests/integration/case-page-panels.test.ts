// The case overview's panels in one use case run (ADR 0027): getCasePagePanels returns exactly what
// the four separate use cases return (timeline with referral events and meeting tasks, study
// allocations, assignable caseworkers, loose ends) and writes the same access-log rows; readers of
// the other department and of another organisation are refused as before (404), with nothing logged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { grantConsent, type OrgFixture } from "../factories";
import { createReferral, createRtwPlanRow } from "../factories/rehab";
import { addToAgenda, createMeeting, createMeetingTask } from "../factories/consents";
import { caseWithFirstFollowUp, createTestStudy } from "../factories/studies";
import { NotFoundError } from "@/lib/domain/errors";
import { getCasePagePanels } from "@/lib/domain/cases/get-case-page-panels";
import { getCaseTimeline } from "@/lib/domain/cases/get-case-timeline";
import { listAssignableCaseworkers } from "@/lib/domain/cases/list-assignable-caseworkers";
import { listCaseLooseEnds } from "@/lib/domain/cases/list-case-loose-ends";
import { getCaseStudyAllocations } from "@/lib/domain/studies/get-case-study-allocations";
import { addDays, todayInDenmark } from "@/lib/time";

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Panels A", "Panels B");
});
afterAll(teardownTestDb);

/** A case with a study allocation, a referral with two events, a return-to-work plan and a meeting task. */
async function richCase() {
  const { db } = testDb();
  await createTestStudy(a.actors.manager);
  const w = await caseWithFirstFollowUp(db, a);
  const referral = await createReferral(db, a, { caseId: w.caseId, status: "STARTED" });
  for (const [fromStatus, toStatus] of [
    [null, "SUBMITTED"],
    ["SUBMITTED", "STARTED"],
  ] as const)
    await db.referralEvent.create({ data: { referralId: referral.id, fromStatus, toStatus, byId: a.actors.caseworker.userId } });
  await createRtwPlanRow(db, a, { caseId: w.caseId, status: "DRAFT" });
  const meeting = await db.meeting.update({
    where: { id: (await createMeeting(db, a.actors.coordinator)).id },
    data: { title: "Sagskonference uge 49" },
  });
  const item = await addToAgenda(db, meeting.id, w.citizenId);
  await createMeetingTask(
    db,
    item,
    { organisationId: a.org.id, assigneeId: a.actors.therapist.userId, createdById: a.actors.coordinator.userId },
    { description: "Skånejob afklares", dueOn: addDays(todayInDenmark(), 7) },
  );
  return w;
}

/** The access-log rows written after id `after`, without their ids and times. */
async function logSince(after: bigint) {
  const rows = await testDb().db.accessLog.findMany({
    where: { id: { gt: after } },
    orderBy: { id: "asc" },
    select: { actorId: true, recordType: true, recordId: true, citizenId: true, action: true, outcome: true, details: true },
  });
  return rows;
}
const lastLogId = async () => (await testDb().db.accessLog.aggregate({ _max: { id: true } }))._max.id ?? 0n;

describe("getCasePagePanels", () => {
  it("equals the four use cases run one by one, and logs the same rows", async () => {
    const w = await richCase();
    const cw = a.actors.caseworker;
    const q = { caseId: w.caseId, ownDepartment: true, canEdit: true, open: true };

    const before = await lastLogId();
    const panels = await getCasePagePanels(cw, q);
    const combinedLog = await logSince(before);

    const mid = await lastLogId();
    const separate = {
      timeline: await getCaseTimeline(cw, w.caseId),
      studies: await getCaseStudyAllocations(cw, { caseId: w.caseId }),
      caseworkers: await listAssignableCaseworkers(cw),
      looseEnds: await listCaseLooseEnds(cw, w.caseId),
    };
    const separateLog = await logSince(mid);

    expect(panels).toEqual(separate);
    expect(combinedLog).toEqual(separateLog);
    // The panels really hold the joined names (programme, meeting) and the allocation.
    const kinds = panels.timeline!.entries.map((e) => e.kind);
    expect(kinds.filter((k) => k === "REFERRAL")).toHaveLength(2);
    const task = panels.timeline!.entries.find((e) => e.kind === "MEETING_TASK");
    expect(task && task.kind === "MEETING_TASK" && task.meetingTitle).toBe("Sagskonference uge 49");
    const programme = await testDb().db.programme.findFirstOrThrow({ where: { referrals: { some: { caseId: w.caseId } } } });
    const referralNames = panels.timeline!.entries.flatMap((e) => (e.kind === "REFERRAL" ? [e.programmeName] : []));
    expect(referralNames).toEqual([programme.name, programme.name]);
    expect(panels.studies.length).toBeGreaterThan(0);
    expect(panels.looseEnds.length).toBeGreaterThan(0);
    expect(combinedLog.map((r) => r.recordType).sort()).toEqual([
      "CaseTimeline",
      "SickLeaveCase",
      ...panels.studies.map(() => "StudyAllocation"),
    ]);
  });

  it("skips what the flags leave out, without reading or logging it", async () => {
    const w = await richCase();
    const before = await lastLogId();
    const panels = await getCasePagePanels(a.actors.caseworker, { caseId: w.caseId, ownDepartment: true, canEdit: false, open: true });
    expect(panels.caseworkers).toEqual([]);
    expect(panels.looseEnds).toEqual([]);
    expect((await logSince(before)).map((r) => r.recordType).sort()).toEqual([
      "CaseTimeline",
      ...panels.studies.map(() => "StudyAllocation"),
    ]);
  });

  it("refuses the other department (even with consent and the flags set) and another organisation: 404, nothing logged as ALLOWED", async () => {
    const w = await richCase();
    const { db } = testDb();
    await grantConsent(db, a, w.citizenId, ["JOBCENTER_TO_HEALTH"]);
    const q = { caseId: w.caseId, ownDepartment: true, canEdit: true, open: true };
    for (const actor of [a.actors.therapist, b.actors.caseworker, b.actors.manager]) {
      const before = await lastLogId();
      await expect(getCasePagePanels(actor, q)).rejects.toBeInstanceOf(NotFoundError);
      const rows = await logSince(before);
      expect(rows.filter((r) => r.outcome === "ALLOWED")).toEqual([]);
      // The first refused panel ends the run: at most one DENIED row (separate runs log one per refused panel).
      expect(rows.filter((r) => r.outcome === "DENIED").length).toBeLessThanOrEqual(1);
    }
    // A health-center reader with consent reads the case itself (getCase); its page asks for no panels.
    expect(await getCasePagePanels(a.actors.therapist, { ...q, ownDepartment: false, canEdit: false })).toEqual({
      timeline: null,
      studies: [],
      caseworkers: [],
      looseEnds: [],
    });
  });
});
