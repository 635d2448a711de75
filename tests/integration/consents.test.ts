// Consent (issue 9): recording, revoking, the automatic end with the citizen's last open case, and
// its history and access log, through the use cases. Every rule is tried from the wrong side too.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { expectEndedWithCase } from "./support/consent-ended";
import { createCase, createCitizen, databaseFingerprint, type OrgFixture } from "../factories";
import { consentForm, danishToday, dayFromToday, sharedCitizen } from "../factories/consents";
import { otherDepartmentActor } from "../factories/health";
import type { Actor } from "@/lib/auth/policy";
import { ConflictError, DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { ZRecordConsent, ZRevokeConsent } from "@/lib/validation/consents";
import { ZChangeCaseStatus } from "@/lib/validation/cases";
import { recordConsent } from "@/lib/domain/consents/record-consent";
import { revokeConsent } from "@/lib/domain/consents/revoke-consent";
import { getCitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { listCaseLooseEnds } from "@/lib/domain/cases/list-case-loose-ends";
import { decisionFieldName, decisionValue } from "@/lib/cases/loose-ends";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { validFromInstant, validUntilInstant } from "@/lib/consents/validity";
import { addDays } from "@/lib/time";

let a: OrgFixture;
let b: OrgFixture;
let shared: Awaited<ReturnType<typeof sharedCitizen>>;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Samtykke A", "Samtykke B");
  const { db } = testDb();
  shared = await sharedCitizen(db, a);
});
afterAll(teardownTestDb);

const record = (actor: Actor, citizenId: string, over: Record<string, unknown> = {}) =>
  recordConsent(actor, ZRecordConsent.parse(consentForm(citizenId, over)));
const revoke = (actor: Actor, citizenId: string, consentId: string, version: number, reason = "") =>
  revokeConsent(actor, ZRevokeConsent.parse({ citizenId, consentId, version: String(version), reason }));

/** Runs `fn`, expects it to fail with `error`, and proves that no table changed. */
async function refusedWithoutWriting(fn: () => Promise<unknown>, error: unknown, code?: string) {
  const { db } = testDb();
  const before = await databaseFingerprint(db);
  const e = await fn().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(error);
  if (code) expect((e as DomainRuleError).code).toBe(code);
  expect(await databaseFingerprint(db)).toEqual(before);
}

describe("recording consent", () => {
  it("a caseworker records consent: flags, Danish-day start, open end, history and access log", async () => {
    const { db } = testDb();
    const { id } = await record(a.actors.caseworker, shared.citizenId, {
      directions: ["HEALTH_TO_JOBCENTER", "SHARE_WITH_EMPLOYER"],
      employerDetails: "Arbejdstider og skånehensyn ved løft",
      method: "VERBAL",
    });
    const c = await db.consent.findUniqueOrThrow({ where: { id } });
    expect(c).toMatchObject({
      organisationId: a.org.id,
      citizenId: shared.citizenId,
      healthToJobcenter: true,
      jobcenterToHealth: false,
      shareWithEmployer: true,
      employerDetails: "Arbejdstider og skånehensyn ved løft",
      method: "VERBAL",
      purpose: "Koordineret indsats for tilbagevenden til arbejdet",
      recordedById: a.actors.caseworker.userId,
      validUntil: null,
      revokedAt: null,
      version: 1,
    });
    expect(c.validFrom).toEqual(validFromInstant(danishToday()));
    const history = await db.recordVersion.findMany({ where: { recordType: "Consent", recordId: id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "CREATE", version: 1, changedById: a.actors.caseworker.userId });
    expect(history[0]!.changes).toMatchObject({
      directions: { from: null, to: ["HEALTH_TO_JOBCENTER", "SHARE_WITH_EMPLOYER"] },
      method: { from: null, to: "VERBAL" },
      validFromDay: { from: null, to: dayFromToday(0) },
    });
    const log = await db.accessLog.findFirst({ orderBy: { id: "desc" } });
    expect(log).toMatchObject({
      action: "CREATE",
      recordType: "Consent",
      recordId: id,
      citizenId: shared.citizenId,
      crossDepartment: false,
    });
  });

  it("a last day ends the consent at 00:00 Danish time the day after; the page shows it in force until then", async () => {
    const { db } = testDb();
    const { id } = await record(a.actors.therapist, shared.citizenId, { validUntil: dayFromToday(30) });
    const c = await db.consent.findUniqueOrThrow({ where: { id } });
    expect(c.validUntil).toEqual(validUntilInstant(addDays(danishToday(), 30)));
    const view = await getCitizenConsents(a.actors.therapist, shared.citizenId);
    expect(view.consents.find((x) => x.id === id)).toMatchObject({ state: "ACTIVE", recordedByName: a.actors.therapist.name });
    const later = await getCitizenConsents(a.actors.therapist, shared.citizenId, { now: validUntilInstant(addDays(danishToday(), 30)) });
    expect(later.consents.find((x) => x.id === id)?.state).toBe("ENDED");
  });

  it("a therapist and a visitator record consent for a citizen their department works with", async () => {
    for (const actor of [a.actors.therapist, a.actors.visitator]) {
      const { id } = await record(actor, shared.citizenId, { directions: ["JOBCENTER_TO_HEALTH"] });
      expect((await testDb().db.consent.findUniqueOrThrow({ where: { id } })).recordedById).toBe(actor.userId);
    }
  });

  it("health-center staff without a relationship to the citizen get not found, and nothing is written", async () => {
    const { db } = testDb();
    const stranger = await createCase(db, a);
    const otherHealth = await otherDepartmentActor(db, a, "HEALTH_CENTER", "THERAPIST");
    await refusedWithoutWriting(() => record(a.actors.therapist, stranger.citizenId), NotFoundError);
    await refusedWithoutWriting(() => record(otherHealth, shared.citizenId), NotFoundError);
  });

  it("coordinators, managers and admins cannot record consent; another organisation gets not found", async () => {
    for (const actor of [a.actors.coordinator, a.actors.manager, a.actors.admin, b.actors.caseworker, b.actors.therapist]) {
      await refusedWithoutWriting(() => record(actor, shared.citizenId), NotFoundError);
    }
    await refusedWithoutWriting(() => record(a.actors.caseworker, randomUUID()), NotFoundError);
  });

  it("without an open case the consent needs a last day; a last day in the past is refused", async () => {
    const { db } = testDb();
    const free = await createCitizen(db, a.org.id);
    await refusedWithoutWriting(() => record(a.actors.caseworker, free.id), DomainRuleError, "consents.errors.untilRequired");
    const { id } = await record(a.actors.caseworker, free.id, { validUntil: dayFromToday(60) });
    expect(id).toBeTruthy();
    await refusedWithoutWriting(
      () => recordConsent(a.actors.caseworker, { ...ZRecordConsent.parse(consentForm(free.id)), validUntil: addDays(danishToday(), -1) }),
      DomainRuleError,
      "consents.errors.untilInPast",
    );
  });

  it("the schema refuses no direction, employer sharing without a text, and a last day before the first", () => {
    const issues = (over: Record<string, unknown>) => {
      const r = ZRecordConsent.safeParse(consentForm(shared.citizenId, over));
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(issues({ directions: undefined })).toEqual({ directions: "consents.errors.noDirection" });
    expect(issues({ directions: ["SHARE_WITH_EMPLOYER"] })).toEqual({ employerDetails: "consents.errors.employerDetailsRequired" });
    expect(issues({ validFrom: dayFromToday(5), validUntil: dayFromToday(4) })).toEqual({ validUntil: "consents.errors.untilBeforeFrom" });
    expect(issues({ validFrom: dayFromToday(-10), validUntil: dayFromToday(-3) })).toEqual({ validUntil: "consents.errors.untilInPast" });
    // A text for the employer without that direction is not kept.
    expect(ZRecordConsent.parse(consentForm(shared.citizenId, { employerDetails: "Noget" })).employerDetails).toBeNull();
  });
});

describe("revoking consent", () => {
  it("one action with an optional reason: revoked at once, with history and log; the state shows it", async () => {
    const { db } = testDb();
    const { id } = await record(a.actors.caseworker, shared.citizenId);
    const r = await revoke(a.actors.therapist, shared.citizenId, id, 1, "Borgeren trækker samtykket tilbage");
    expect(r.version).toBe(2);
    const c = await db.consent.findUniqueOrThrow({ where: { id } });
    expect(c.revokedById).toBe(a.actors.therapist.userId);
    expect(c.revokeReason).toBe("Borgeren trækker samtykket tilbage");
    expect(c.revokedAt).not.toBeNull();
    const history = await db.recordVersion.findMany({ where: { recordType: "Consent", recordId: id }, orderBy: { version: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["CREATE", "REVOKE"]);
    expect(history[1]).toMatchObject({ version: 2, reason: "Borgeren trækker samtykket tilbage", changedById: a.actors.therapist.userId });
    const view = await getCitizenConsents(a.actors.caseworker, shared.citizenId);
    expect(view.consents.find((x) => x.id === id)).toMatchObject({ state: "REVOKED", revokedByName: a.actors.therapist.name });
  });

  it("revoking twice is refused (stale form: conflict; fresh form: already revoked), nothing written", async () => {
    const { id } = await record(a.actors.caseworker, shared.citizenId);
    await revoke(a.actors.caseworker, shared.citizenId, id, 1);
    await refusedWithoutWriting(
      () => revoke(a.actors.caseworker, shared.citizenId, id, 1),
      DomainRuleError,
      "consents.errors.alreadyRevoked",
    );
    await refusedWithoutWriting(
      () => revoke(a.actors.caseworker, shared.citizenId, id, 2),
      DomainRuleError,
      "consents.errors.alreadyRevoked",
    );
  });

  it("a stale version is a conflict; an ended consent cannot be revoked", async () => {
    const { db } = testDb();
    const { id } = await record(a.actors.caseworker, shared.citizenId);
    await refusedWithoutWriting(() => revoke(a.actors.caseworker, shared.citizenId, id, 2), ConflictError);
    await db.consent.update({ where: { id }, data: { validUntil: new Date(Date.now() - 1000) } });
    await refusedWithoutWriting(
      () => revoke(a.actors.caseworker, shared.citizenId, id, 1),
      DomainRuleError,
      "consents.errors.alreadyEnded",
    );
  });

  it("another organisation's consent, another citizen's id, or a reader without the capability: not found", async () => {
    const { db } = testDb();
    const { id } = await record(a.actors.caseworker, shared.citizenId);
    const other = await createCitizen(db, a.org.id);
    for (const actor of [b.actors.caseworker, b.actors.therapist, a.actors.coordinator, a.actors.manager, a.actors.admin]) {
      await refusedWithoutWriting(() => revoke(actor, shared.citizenId, id, 1), NotFoundError);
    }
    await refusedWithoutWriting(() => revoke(a.actors.caseworker, other.id, id, 1), NotFoundError);
    await refusedWithoutWriting(() => revoke(a.actors.caseworker, shared.citizenId, randomUUID(), 1), NotFoundError);
  });
});

describe("a consent ends with the citizen's last open case", () => {
  // Closing decides every loose end (issue 8 item 6): the referral is returned, plans ended, follow-ups cancelled.
  const close = async (caseId: string, version: number, looseEnds?: Awaited<ReturnType<typeof listCaseLooseEnds>>) => {
    const ends = looseEnds ?? (await listCaseLooseEnds(a.actors.caseworker, caseId));
    const decisions = Object.fromEntries(ends.map((e) => [decisionFieldName(e.kind, e.id), decisionValue(e.allowed.at(-1)!, e.version)]));
    return changeCaseStatus(
      a.actors.caseworker,
      ZChangeCaseStatus.parse({
        caseId,
        version: String(version),
        status: "CLOSED",
        effectiveOn: dayFromToday(0),
        closingReason: "FULL_RETURN_TO_WORK",
        ...decisions,
      }),
    );
  };

  it("closing ends open-ended and later-ending consents (history, case id); revoked ones stay as they were", async () => {
    const { db } = testDb();
    const s = await sharedCitizen(db, a);
    const open = await record(a.actors.caseworker, s.citizenId);
    const dated = await record(a.actors.caseworker, s.citizenId, { validUntil: dayFromToday(90) });
    const revoked = await record(a.actors.caseworker, s.citizenId);
    await revoke(a.actors.caseworker, s.citizenId, revoked.id, 1);
    const revokedBefore = await db.consent.findUniqueOrThrow({ where: { id: revoked.id } });
    const before = Date.now();
    await close(s.caseId, 1);
    for (const id of [open.id, dated.id]) await expectEndedWithCase(db, id, s.caseId, a.actors.caseworker.userId, before);
    expect(await db.consent.findUniqueOrThrow({ where: { id: revoked.id } })).toEqual(revokedBefore);
    const view = await getCitizenConsents(a.actors.caseworker, s.citizenId);
    expect(view.summary.every((d) => d.active === null)).toBe(true);
    expect(view.consents.filter((c) => c.endedWithCase).map((c) => c.state)).toEqual(["ENDED", "ENDED"]);
  });

  it("reopening the case does not bring an ended consent back", async () => {
    const { db } = testDb();
    const s = await sharedCitizen(db, a);
    const { id } = await record(a.actors.caseworker, s.citizenId);
    await close(s.caseId, 1);
    await changeCaseStatus(
      a.actors.caseworker,
      ZChangeCaseStatus.parse({ caseId: s.caseId, version: "2", status: "ACTIVE", effectiveOn: dayFromToday(0) }),
    );
    const view = await getCitizenConsents(a.actors.caseworker, s.citizenId);
    expect(view.consents.find((c) => c.id === id)?.state).toBe("ENDED");
  });

  it("while another case of the citizen is still open, nothing ends", async () => {
    const { db } = testDb();
    const s = await sharedCitizen(db, a);
    // A second open case written directly (the use cases keep one open case per citizen).
    await createCase(db, a, { citizenId: s.citizenId });
    const { id } = await record(a.actors.caseworker, s.citizenId);
    await close(s.caseId, 1);
    expect(await db.consent.findUniqueOrThrow({ where: { id } })).toMatchObject({ validUntil: null, endedWithCaseId: null, version: 1 });
  });

  it("a refused closing (stale version) ends nothing", async () => {
    const { db } = testDb();
    const s = await sharedCitizen(db, a);
    await record(a.actors.caseworker, s.citizenId);
    const ends = await listCaseLooseEnds(a.actors.caseworker, s.caseId);
    await refusedWithoutWriting(() => close(s.caseId, 7, ends), DomainRuleError);
    expect(await db.consent.count({ where: { citizenId: s.citizenId, validUntil: { not: null } } })).toBe(0);
  });
});
