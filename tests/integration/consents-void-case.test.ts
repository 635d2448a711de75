// Consent (issue 9): "a consent ends automatically when the citizen's last open case closes". A
// voided case is not open either, so voiding the last open case ends the citizen's consents the same
// way, in the same transaction, with history (ADR 0010, addendum 2026-11-30); voiding a case while
// another is open leaves them in force.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { expectEndedWithCase } from "./support/consent-ended";
import { createCase, createCitizen, createOrg, type OrgFixture } from "../factories";
import { consentForm, dayFromToday } from "../factories/consents";
import { ConflictError } from "@/lib/domain/errors";
import { ZRecordConsent } from "@/lib/validation/consents";
import { ZVoidCase } from "@/lib/validation/cases";
import { recordConsent } from "@/lib/domain/consents/record-consent";
import { getCitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { voidCase } from "@/lib/domain/cases/void-case";

let a: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  a = await createOrg(testDb().db, "Samtykke annullering");
});
afterAll(teardownTestDb);

const record = (citizenId: string, over: Record<string, unknown> = {}) =>
  recordConsent(a.actors.caseworker, ZRecordConsent.parse(consentForm(citizenId, over)));
const voidIt = (caseId: string, version = 1) =>
  voidCase(a.actors.caseworker, ZVoidCase.parse({ caseId, version: String(version), reason: "Oprettet ved en fejl" }));

/** A citizen of organisation A with one open case (no referrals, so it may be voided). */
async function citizenWithCase() {
  const { db } = testDb();
  const citizen = await createCitizen(db, a.org.id);
  const c = await createCase(db, a, { citizenId: citizen.id });
  return { citizenId: citizen.id, caseId: c.id };
}

describe("voiding a case and the citizen's consents", () => {
  it("voiding the last open case ends open-ended and later-ending consents on that day, with history", async () => {
    const { db } = testDb();
    const s = await citizenWithCase();
    const open = await record(s.citizenId);
    const dated = await record(s.citizenId, { validUntil: dayFromToday(60) });
    const before = Date.now();
    await voidIt(s.caseId);
    expect(await db.sickLeaveCase.findUniqueOrThrow({ where: { id: s.caseId } })).toMatchObject({ voidReason: "Oprettet ved en fejl" });
    for (const id of [open.id, dated.id]) {
      const h = await expectEndedWithCase(db, id, s.caseId, a.actors.caseworker.userId, before);
      expect(h.version).toBe(2);
      const log = await db.accessLog.findFirst({ where: { recordType: "Consent", recordId: id, action: "UPDATE" } });
      expect(log).not.toBeNull();
    }
    const view = await getCitizenConsents(a.actors.caseworker, s.citizenId);
    expect(view.summary.every((d) => d.active === null)).toBe(true);
    expect(view.consents.map((c) => c.state)).toEqual(["ENDED", "ENDED"]);
  });

  it("voiding a case while another case of the citizen is open leaves the consents in force", async () => {
    const { db } = testDb();
    const s = await citizenWithCase();
    // A second open case written directly (the use cases keep one open case per citizen).
    const second = await createCase(db, a, { citizenId: s.citizenId });
    const { id } = await record(s.citizenId);
    await voidIt(second.id);
    expect(await db.sickLeaveCase.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ voidReason: "Oprettet ved en fejl" });
    expect(await db.consent.findUniqueOrThrow({ where: { id } })).toMatchObject({ validUntil: null, endedWithCaseId: null, version: 1 });
    expect(await db.recordVersion.count({ where: { recordType: "Consent", recordId: id, action: "END_WITH_CASE" } })).toBe(0);
    const view = await getCitizenConsents(a.actors.caseworker, s.citizenId);
    expect(view.consents.map((c) => c.state)).toEqual(["ACTIVE"]);
  });

  it("a refused voiding (stale version) ends nothing", async () => {
    const { db } = testDb();
    const s = await citizenWithCase();
    const { id } = await record(s.citizenId);
    await expect(voidIt(s.caseId, 5)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.consent.findUniqueOrThrow({ where: { id } })).toMatchObject({ validUntil: null, endedWithCaseId: null, version: 1 });
    expect(await db.sickLeaveCase.findUniqueOrThrow({ where: { id: s.caseId } })).toMatchObject({ voidedAt: null });
  });
});
