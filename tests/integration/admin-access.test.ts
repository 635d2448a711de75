// The administrator's reach (issue 13, SPEC §2): users, settings and rules — never case content. Every
// person-level read is 404 (or an empty list) for an admin, even with consent in place; and what an
// admin may see of a staff member's access log is when, which kind of record and which action, never
// the citizen, the record or details.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/domain/errors";
import { getCase } from "@/lib/domain/cases/get-case";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { getCaseTimeline } from "@/lib/domain/cases/get-case-timeline";
import { getCitizen } from "@/lib/domain/citizens/get-citizen";
import { searchCitizens } from "@/lib/domain/citizens/search-citizens";
import { listHistory } from "@/lib/domain/history/list-history";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { listCaseReferrals } from "@/lib/domain/referrals/list-case-referrals";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { listCaseRehabPlans } from "@/lib/domain/rehab/list-case-rehab-plans";
import { getCaseRtw } from "@/lib/domain/rtw/get-case-rtw";
import { listStaffAccessLog } from "@/lib/domain/admin/list-staff-access-log";
import { grantConsent, type OrgFixture } from "../factories/core";
import { createReferral, createRehabPlanRow, createRtwPlanRow } from "../factories/rehab";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";

let f: OrgFixture;
let other: OrgFixture;
let ids: { caseId: string; citizenId: string; referralId: string; planId: string };

beforeAll(async () => {
  [f, other] = await setupTestDbWithOrgs("Randers Kommune", "Norddjurs Kommune");
  const { db } = testDb();
  const referral = await createReferral(db, f);
  const plan = await createRehabPlanRow(db, f, { citizenId: referral.citizenId, referralId: referral.id });
  await createRtwPlanRow(db, f, { caseId: referral.caseId });
  await grantConsent(db, f, referral.citizenId, ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
  ids = { caseId: referral.caseId, citizenId: referral.citizenId, referralId: referral.id, planId: plan.id };
});
afterAll(teardownTestDb);

/** A list read: refused outright, or answered with nothing. */
async function expectNothing(work: () => Promise<unknown>) {
  try {
    const r = await work();
    const rows = Array.isArray(r) ? r : ((r as { rows?: unknown[] } | null)?.rows ?? []);
    expect(rows).toEqual([]);
  } catch (e) {
    expect(e).toBeInstanceOf(NotFoundError);
  }
}

describe("an administrator never reads case content", () => {
  const reads: [string, (a: Actor) => Promise<unknown>][] = [
    ["the case", (a) => getCase(a, ids.caseId)],
    ["the case timeline", (a) => getCaseTimeline(a, ids.caseId)],
    ["the citizen", (a) => getCitizen(a, ids.citizenId)],
    ["the case history", (a) => listHistory(a, { recordType: "SickLeaveCase", recordId: ids.caseId })],
    ["the referral", (a) => getReferral(a, ids.referralId)],
    ["the case's referrals", (a) => listCaseReferrals(a, ids.caseId)],
    ["the rehab plan", (a) => getRehabPlan(a, ids.planId)],
    ["the case's rehab plans", (a) => listCaseRehabPlans(a, ids.caseId)],
    ["the return-to-work plan", (a) => getCaseRtw(a, ids.caseId)],
  ];
  for (const [what, read] of reads) {
    it(`${what}: 404 for the admin (and readable by the caseworker or therapist, so the test can fail)`, async () => {
      await expect(read(f.actors.admin)).rejects.toBeInstanceOf(NotFoundError);
      const owner = what.includes("rehab plan") && !what.includes("case's") ? f.actors.therapist : f.actors.caseworker;
      await expect(read(owner)).resolves.toBeDefined();
    });
  }

  it("worklists and searches show the admin nothing", async () => {
    await expectNothing(() => getMyWorklist(f.actors.admin));
    await expectNothing(() => searchCitizens(f.actors.admin, { q: "Test" }));
    expect((await getMyWorklist(f.actors.caseworker)).rows.length).toBeGreaterThan(0);
  });
});

describe("a staff member's access log, for the administrator", () => {
  it("shows when, which kind of record and which action — no citizen, record or details — and logs the look", async () => {
    const { db } = testDb();
    await getCase(f.actors.caseworker, ids.caseId);
    const r = await listStaffAccessLog(f.actors.admin, { userId: f.actors.caseworker.userId });
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) expect(Object.keys(row).sort()).toEqual(["action", "at", "id", "recordType"]);
    expect(r.rows[0]).toMatchObject({ recordType: "SickLeaveCase", action: "VIEW" });
    expect(JSON.stringify(r)).not.toContain(ids.citizenId);
    expect(JSON.stringify(r)).not.toContain(ids.caseId);
    const look = await db.accessLog.findFirstOrThrow({
      where: { actorId: f.actors.admin.userId, recordType: "StaffAccessLog" },
      orderBy: { id: "desc" },
    });
    expect(look).toMatchObject({ recordId: f.actors.caseworker.userId, citizenId: null, action: "VIEW" });
  });

  it("pages to older entries", async () => {
    for (let i = 0; i < 3; i++) await getCase(f.actors.caseworker, ids.caseId);
    const all = await listStaffAccessLog(f.actors.admin, { userId: f.actors.caseworker.userId });
    const older = await listStaffAccessLog(f.actors.admin, { userId: f.actors.caseworker.userId, before: all.rows[1]!.id });
    expect(older.rows[0]!.id).toBe(all.rows[2]!.id);
  });

  it("is 404 for another municipality's staff and for anyone but the administrator", async () => {
    await expect(listStaffAccessLog(f.actors.admin, { userId: other.actors.caseworker.userId })).rejects.toBeInstanceOf(NotFoundError);
    for (const who of [f.actors.manager, f.actors.coordinator, f.actors.caseworker]) {
      await expect(listStaffAccessLog(who, { userId: f.actors.caseworker.userId })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
