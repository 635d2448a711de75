// Every role × action × consent rule of the walking skeleton, tried from the wrong side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { createCase, createCitizen, grantConsent, type OrgFixture } from "../factories/core";
import { createReferral } from "../factories/rehab";
import { otherDepartmentActor } from "../factories/health";
import { getCase } from "@/lib/domain/cases/get-case";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { listConsentedCases } from "@/lib/domain/home/list-consented-cases";
import { activeCasesByGroup } from "@/lib/domain/kpi/active-cases-by-group";
import { NotFoundError } from "@/lib/domain/errors";
import { caseScope, citizenScope } from "@/lib/auth/policy";
import { voidCase } from "@/lib/domain/cases/void-case";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { DomainRuleError } from "@/lib/domain/errors";

let a: OrgFixture;
let b: OrgFixture;
let caseA: { id: string; citizenId: string };
let caseB: { id: string };

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Kommune A", "Kommune B");
  const { db } = testDb();
  caseA = await createCase(db, a);
  caseB = await createCase(db, b);
});
afterAll(teardownTestDb);

describe("sick-leave case access", () => {
  it("caseworker opens a case of their own jobcenter and the read is logged", async () => {
    const { db } = testDb();
    const before = await db.accessLog.count();
    const c = await getCase(a.actors.caseworker, caseA.id);
    expect(c.id).toBe(caseA.id);
    expect(c.citizen.cprMasked).toMatch(/^\d{6}-xxxx$/);
    const { decryptCpr } = await import("@/lib/crypto/cpr");
    const stored = await testDb().db.citizen.findUniqueOrThrow({ where: { id: caseA.citizenId } });
    const cpr = decryptCpr(stored.cprEncrypted);
    const json = JSON.stringify(c);
    expect(json).not.toContain(cpr);
    expect(json).not.toContain(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
    expect(json).not.toContain("cprEncrypted");
    const log = await db.accessLog.findFirst({ orderBy: { id: "desc" } });
    expect(await db.accessLog.count()).toBe(before + 1);
    expect(log).toMatchObject({
      action: "VIEW",
      recordType: "SickLeaveCase",
      recordId: caseA.id,
      citizenId: caseA.citizenId,
      crossDepartment: false,
      actorId: a.actors.caseworker.userId,
    });
  });

  it("caseworker of another organisation gets not found, exactly like a missing case", async () => {
    await expect(getCase(b.actors.caseworker, caseA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(a.actors.caseworker, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("caseworker of another jobcenter department in the same organisation gets not found", async () => {
    const { db } = testDb();
    const otherJc = await db.department.create({ data: { organisationId: a.org.id, kind: "JOBCENTER", name: "Andet jobcenter" } });
    const u = await db.user.create({
      data: { organisationId: a.org.id, departmentId: otherJc.id, email: "other-jc@test.dk", name: "Other", role: "CASEWORKER" },
    });
    const other = { ...a.actors.caseworker, userId: u.id, departmentId: otherJc.id };
    await expect(getCase(other, caseA.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("manager cannot open a case and gets aggregates only", async () => {
    await expect(getCase(a.actors.manager, caseA.id)).rejects.toBeInstanceOf(NotFoundError);
    const figures = await activeCasesByGroup(a.actors.manager);
    expect(figures.map((f) => f.group)).toEqual(["MENTAL", "MUSCULOSKELETAL", "OTHER"]);
    // One case only: fewer than 5 people, so the figure is suppressed.
    expect(figures.find((f) => f.group === "MUSCULOSKELETAL")!.count).toEqual({ suppressed: true });
  });

  it("admin cannot open a case and non-managers cannot read key figures", async () => {
    await expect(getCase(a.actors.admin, caseA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(activeCasesByGroup(a.actors.caseworker)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("therapist cannot read case facts without consent", async () => {
    await expect(getCase(a.actors.therapist, caseA.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listConsentedCases(a.actors.therapist)).toEqual([]);
  });

  it("therapist reads case facts while consent is active, read-only, logged cross-department with the consent", async () => {
    const { db } = testDb();
    const citizen = await createCitizen(db, a.org.id);
    const c = await createCase(db, a, { citizenId: citizen.id });
    await createReferral(db, a, { caseId: c.id });
    const consent = await grantConsent(db, a, citizen.id, ["JOBCENTER_TO_HEALTH"]);
    const detail = await getCase(a.actors.therapist, c.id);
    expect(detail.readOnly).toBe(true);
    const log = await db.accessLog.findFirst({ where: { actorId: a.actors.therapist.userId, recordId: c.id }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ crossDepartment: true, consentId: consent.id, action: "VIEW" });
    const listed = await listConsentedCases(a.actors.therapist);
    expect(listed.map((r) => r.id)).toContain(c.id);
  });

  it("consent in the wrong direction, expired or revoked gives no access", async () => {
    const { db } = testDb();
    const mk = async () => {
      const citizen = await createCitizen(db, a.org.id);
      const kase = await createCase(db, a, { citizenId: citizen.id });
      await createReferral(db, a, { caseId: kase.id });
      return { citizen, kase };
    };
    const wrong = await mk();
    await grantConsent(db, a, wrong.citizen.id, ["HEALTH_TO_JOBCENTER"]);
    await expect(getCase(a.actors.therapist, wrong.kase.id)).rejects.toBeInstanceOf(NotFoundError);

    const expired = await mk();
    await grantConsent(db, a, expired.citizen.id, ["JOBCENTER_TO_HEALTH"], {
      validFrom: new Date(Date.now() - 10 * 86_400_000),
      validUntil: new Date(Date.now() - 86_400_000),
    });
    await expect(getCase(a.actors.therapist, expired.kase.id)).rejects.toBeInstanceOf(NotFoundError);

    const revoked = await mk();
    const consent = await grantConsent(db, a, revoked.citizen.id, ["JOBCENTER_TO_HEALTH"]);
    await getCase(a.actors.therapist, revoked.kase.id);
    await db.consent.update({ where: { id: consent.id }, data: { revokedAt: new Date(), revokedById: a.actors.caseworker.userId } });
    await expect(getCase(a.actors.therapist, revoked.kase.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("consent alone is not enough: a health department that does not work with the citizen sees nothing", async () => {
    const { db } = testDb();
    const citizen = await createCitizen(db, a.org.id);
    const c = await createCase(db, a, { citizenId: citizen.id });
    await grantConsent(db, a, citizen.id, ["JOBCENTER_TO_HEALTH"]);
    await expect(getCase(a.actors.therapist, c.id)).rejects.toBeInstanceOf(NotFoundError);
    await createReferral(db, a, { caseId: c.id });
    await getCase(a.actors.therapist, c.id);
    const stranger = await otherDepartmentActor(db, a, "HEALTH_CENTER", "THERAPIST");
    await expect(getCase(stranger, c.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listConsentedCases(stranger)).map((r) => r.id)).not.toContain(c.id);
  });

  it("a therapist of another organisation never sees the case, even with consent", async () => {
    const { db } = testDb();
    await grantConsent(db, a, caseA.citizenId, ["JOBCENTER_TO_HEALTH"]);
    await expect(getCase(b.actors.therapist, caseA.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a case with referrals in progress cannot be voided; a voided case's referral disappears from the health center", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    const r = await createReferral(db, a, { caseId: c.id, status: "SUBMITTED" });
    await expect(voidCase(a.actors.caseworker, { caseId: c.id, version: 1, reason: "Oprettet på forkert borger" })).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    expect((await getReferral(a.actors.visitator, r.id)).id).toBe(r.id);
    await db.referral.update({ where: { id: r.id }, data: { status: "REJECTED", rejectedAt: new Date(), statusReason: "Ikke relevant" } });
    await voidCase(a.actors.caseworker, { caseId: c.id, version: 1, reason: "Oprettet på forkert borger" });
    await expect(getReferral(a.actors.visitator, r.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("my cases lists only the caseworker's own open cases", async () => {
    const rows = await getMyWorklist(a.actors.caseworker).then((w) => w.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.cprMasked.endsWith("-xxxx"))).toBe(true);
    expect(rows.map((r) => r.id)).not.toContain(caseB.id);
  });

  it("write scopes: only jobcenter caseworkers may write cases and citizens", () => {
    const nothing = { id: { in: [] } };
    expect(caseScope(a.actors.therapist, "write")).toEqual(nothing);
    expect(caseScope(a.actors.coordinator, "write")).toEqual(nothing);
    expect(caseScope(a.actors.manager, "write")).toEqual(nothing);
    expect(citizenScope(a.actors.visitator, "write")).toEqual(nothing);
    expect(caseScope(a.actors.caseworker, "write")).toMatchObject({ organisationId: a.org.id, departmentId: a.jobcenter.id });
  });
});
