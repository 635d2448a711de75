// The access decisions that moved into the policy's capability table and scopes (issue 7):
// the coordinator's overdue list, the health center's consented cases, reading correction history
// across departments (consent) and of voided records (owning department only), and whom a case may
// be assigned to. Each rule is tried from the wrong side; the rows the runner logs are checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { createCase, grantConsent, type OrgFixture } from "../factories/core";
import { createCaseworker } from "../factories";
import { createReferral } from "../factories/rehab";
import { otherDepartmentActor } from "../factories/health";
import { NotFoundError } from "@/lib/domain/errors";
import { listOverdueCases } from "@/lib/domain/home/list-overdue-cases";
import { listConsentedCases } from "@/lib/domain/home/list-consented-cases";
import { listHistory } from "@/lib/domain/history/list-history";
import { listAssignableCaseworkers } from "@/lib/domain/cases/list-assignable-caseworkers";
import { voidCase } from "@/lib/domain/cases/void-case";
import { addDays, todayInDenmark } from "@/lib/time";

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Oversigt Kommune", "Nabo Kommune");
});
afterAll(teardownTestDb);

const today = () => todayInDenmark();

/** A case of the fixture's jobcenter with a stored next deadline `dueInDays` from today. */
async function caseDue(f: OrgFixture, dueInDays: number, over: { status?: "CLOSED"; departmentId?: string } = {}) {
  const { db } = testDb();
  const c = await createCase(db, f, { firstAbsenceDay: addDays(today(), -60) });
  return db.sickLeaveCase.update({
    where: { id: c.id },
    data: {
      nextDeadlineOn: addDays(today(), dueInDays),
      nextDeadlineKind: "FOLLOW_UP",
      ...(over.status ? { status: over.status, closedOn: today(), closingReason: "FULL_RETURN_TO_WORK" as const } : {}),
      ...(over.departmentId ? { departmentId: over.departmentId } : {}),
    },
  });
}

describe("the coordinator's overdue list", () => {
  it("lists the own department's open overdue cases only, logging one row per case shown", async () => {
    const { db } = testDb();
    const overdue = await caseDue(a, -3);
    const dueLater = await caseDue(a, 5);
    const closed = await caseDue(a, -3, { status: "CLOSED" });
    const otherJc = await otherDepartmentActor(db, a, "JOBCENTER", "CASEWORKER");
    const elsewhere = await caseDue(a, -3, { departmentId: otherJc.departmentId! });
    const neighbour = await caseDue(b, -3);
    const before = await db.accessLog.count();
    const ids = (await listOverdueCases(a.actors.coordinator)).map((r) => r.id);
    expect(ids).toContain(overdue.id);
    for (const hidden of [dueLater, closed, elsewhere, neighbour]) expect(ids).not.toContain(hidden.id);
    const rows = await db.accessLog.findMany({ where: { actorId: a.actors.coordinator.userId }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(ids.length);
    expect(await db.accessLog.count()).toBe(before + ids.length);
    expect(rows.every((r) => r.action === "VIEW" && r.recordType === "SickLeaveCase" && !r.crossDepartment)).toBe(true);
    expect(rows.map((r) => r.details)).toContainEqual({ list: "overdue", view: "list" });
  });

  it("is refused (404) to caseworkers, health-center staff, managers, admins and a health-center coordinator", async () => {
    const { db } = testDb();
    const hcCoordinator = await otherDepartmentActor(db, a, "HEALTH_CENTER", "COORDINATOR");
    for (const actor of [a.actors.caseworker, a.actors.therapist, a.actors.visitator, a.actors.manager, a.actors.admin, hcCoordinator]) {
      await expect(listOverdueCases(actor)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("the health center's consented cases", () => {
  it("are logged cross-department with the consent each is read under", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    await createReferral(db, a, { caseId: c.id });
    const consent = await grantConsent(db, a, c.citizenId, ["JOBCENTER_TO_HEALTH"]);
    const listed = await listConsentedCases(a.actors.visitator);
    expect(listed.map((r) => r.id)).toContain(c.id);
    const row = await db.accessLog.findFirstOrThrow({ where: { actorId: a.actors.visitator.userId, recordId: c.id } });
    expect(row).toMatchObject({ action: "VIEW", crossDepartment: true, consentId: consent.id, citizenId: c.citizenId });
  });

  it("are refused (404) to the jobcenter, managers and admins", async () => {
    for (const actor of [a.actors.caseworker, a.actors.coordinator, a.actors.manager, a.actors.admin]) {
      await expect(listConsentedCases(actor)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("correction history", () => {
  it("a therapist reads a case's history only with consent and a relationship, logged with the consent", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    const ref = { recordType: "SickLeaveCase" as const, recordId: c.id };
    await expect(listHistory(a.actors.therapist, ref)).rejects.toBeInstanceOf(NotFoundError);
    await createReferral(db, a, { caseId: c.id });
    await expect(listHistory(a.actors.therapist, ref)).rejects.toBeInstanceOf(NotFoundError);
    const consent = await grantConsent(db, a, c.citizenId, ["JOBCENTER_TO_HEALTH"]);
    await listHistory(a.actors.therapist, ref);
    const row = await db.accessLog.findFirstOrThrow({ where: { actorId: a.actors.therapist.userId, recordType: "SickLeaveCaseHistory" } });
    expect(row).toMatchObject({ recordId: c.id, crossDepartment: true, consentId: consent.id });
    const stranger = await otherDepartmentActor(db, a, "HEALTH_CENTER", "THERAPIST");
    await expect(listHistory(stranger, ref)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listHistory(b.actors.caseworker, ref)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("of a voided case stays readable by the owning department only", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    await createReferral(db, a, { caseId: c.id, status: "REJECTED" });
    await grantConsent(db, a, c.citizenId, ["JOBCENTER_TO_HEALTH"]);
    await listHistory(a.actors.therapist, { recordType: "SickLeaveCase", recordId: c.id });
    await voidCase(a.actors.caseworker, { caseId: c.id, version: 1, reason: "Oprettet på forkert borger" });
    const history = await listHistory(a.actors.caseworker, { recordType: "SickLeaveCase", recordId: c.id });
    expect(history.map((h) => h.action)).toContain("VOID");
    await expect(listHistory(a.actors.therapist, { recordType: "SickLeaveCase", recordId: c.id })).rejects.toBeInstanceOf(NotFoundError);
    const otherJc = await otherDepartmentActor(db, a, "JOBCENTER", "CASEWORKER");
    await expect(listHistory(otherJc, { recordType: "SickLeaveCase", recordId: c.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("of other record types is not read here (404)", async () => {
    const c = await createCase(testDb().db, a);
    await expect(listHistory(a.actors.caseworker, { recordType: "RehabPlan", recordId: c.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("assignable caseworkers", () => {
  it("are the active caseworkers of the actor's own department, and nobody for other roles", async () => {
    const { db } = testDb();
    const colleague = await createCaseworker(db, a, { name: "Aktiv Kollega" });
    const inactive = await createCaseworker(db, a, { name: "Fratrådt Kollega", active: false });
    const otherJc = await otherDepartmentActor(db, a, "JOBCENTER", "CASEWORKER");
    const ids = (await listAssignableCaseworkers(a.actors.caseworker)).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([a.actors.caseworker.userId, colleague.userId]));
    for (const hidden of [inactive.userId, otherJc.userId, a.actors.coordinator.userId, b.actors.caseworker.userId])
      expect(ids).not.toContain(hidden);
    for (const actor of [a.actors.therapist, a.actors.coordinator, a.actors.manager, a.actors.admin]) {
      expect(await listAssignableCaseworkers(actor)).toEqual([]);
    }
  });
});
