// The 2014 rules wired into the product (issue 15 phase 2): the case facts they need are recorded
// through use cases (visitation category § 12, doctor's certificate § 11 a, early follow-up
// § 13 b, stk. 2, rehabilitation team § 13 d, reassessment § 24/§ 27), each with history, an access
// row, the case's version checked, and the deadlines recomputed; other organisations and other
// departments get 404. A case spanning the change of rule version is computed through the DB.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { setupTestDb, teardownTestDb } from "./support/db";
import { createCase, createOrg, createOtherJobcenter, type OrgFixture } from "../factories";
import { ConflictError, DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVisitation } from "@/lib/domain/cases/record-visitation";
import { recordDoctorCertificate } from "@/lib/domain/cases/record-doctor-certificate";
import { recordEarlyFollowUpRequest } from "@/lib/domain/cases/record-early-follow-up-request";
import { recordRehabilitationTeam } from "@/lib/domain/cases/record-rehabilitation-team";
import { recordReassessment } from "@/lib/domain/cases/record-reassessment";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { getCase } from "@/lib/domain/cases/get-case";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import { ruleSetRowData } from "@/lib/domain/rules/ruleset-rows";
import { DK_2009_VERSION, DK_2014_VERSION } from "@/lib/rules";
import { addDays } from "@/lib/rules/dates";
import { today } from "@/lib/clock";
import { ZRecordReassessment, type TRecordReassessment } from "@/lib/validation/case-rules";
import type { Actor } from "@/lib/auth/policy";

let db: Db;
let f: OrgFixture;
let other: OrgFixture;
let otherDept: Awaited<ReturnType<typeof createOtherJobcenter>>;
const T = () => today();
const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db);
  other = await createOrg(db);
  otherDept = await createOtherJobcenter(db, f);
});
afterAll(teardownTestDb);

const caseRow = (id: string) => db.sickLeaveCase.findUniqueOrThrow({ where: { id } });
const report = async (id: string) => (await db.$transaction((tx) => recomputeCaseDeadline(tx, id, T())))!;
const kindOf = async (id: string, kind: string) => (await report(id)).deadlines.find((d) => d.kind === kind);
const lastHistory = (id: string) => db.recordVersion.findFirst({ where: { recordId: id }, orderBy: { changedAt: "desc" } });
/** Everyone who must not change a jobcenter case of f's first department. */
const outsiders = () => [other.actors.caseworker, otherDept.caseworker, f.actors.therapist, f.actors.visitator, f.actors.manager];
/** A reassessment decided today on the case's version 1; ground, end day and note empty unless given. */
const reassess = (actor: Actor, caseId: string, outcome: TRecordReassessment["outcome"], more: Partial<TRecordReassessment> = {}) =>
  recordReassessment(actor, { caseId, version: 1, decidedOn: T(), outcome, ground: null, extendedUntil: null, note: null, ...more });

describe("visitation category (sygedagpengeloven § 12)", () => {
  it("category 3 brings the rehabilitation-team deadline (§ 13 d, stk. 3), with history, an access row and the version bumped", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -20) });
    expect(await kindOf(c.id, "REHABILITATION_TEAM")).toBeUndefined();
    const logRows = await db.accessLog.count();
    const r = await recordVisitation(f.actors.caseworker, {
      caseId: c.id,
      version: 1,
      category: 3,
      visitedOn: T(),
      note: "Flere udfordringer",
    });
    expect(r.version).toBe(2);
    const team = await kindOf(c.id, "REHABILITATION_TEAM");
    expect(iso(team?.dueOn)).toBe(iso(addDays(T(), 28)));
    expect(team?.legalParagraph).toContain("§ 13 d");
    expect((await caseRow(c.id)).version).toBe(2);
    const h = await lastHistory(c.id);
    expect(h?.action).toBe("VISITATION");
    expect(h?.changes).toMatchObject({ visitationCategory: { from: null, to: 3 }, visitedOn: { from: null, to: iso(T()) } });
    expect(await db.accessLog.count()).toBe(logRows + 1);
    // The case page shows the category.
    const page = await getCase(f.actors.caseworker, c.id);
    expect(page.visitations.map((v) => v.category)).toEqual([3]);
  });

  it("revisitation mid-course: 3 → 2 drops the team deadline; a stale form is refused and writes nothing", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -30) });
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 1, category: 3, visitedOn: addDays(T(), -5), note: null });
    expect(await kindOf(c.id, "REHABILITATION_TEAM")).toBeDefined();
    await expect(
      recordVisitation(f.actors.caseworker, { caseId: c.id, version: 1, category: 2, visitedOn: T(), note: null }),
    ).rejects.toBeInstanceOf(ConflictError);
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 2, category: 2, visitedOn: T(), note: null });
    expect(await kindOf(c.id, "REHABILITATION_TEAM")).toBeUndefined();
    expect(await db.caseVisitation.count({ where: { caseId: c.id } })).toBe(2);
    // The history shows the category in force before (walk6: "(empty) → 2" although it was 3).
    expect((await lastHistory(c.id))?.changes).toMatchObject({
      visitationCategory: { from: 3, to: 2 },
      visitedOn: { from: iso(addDays(T(), -5)), to: iso(T()) },
    });
    // Revisited to the same category: "2 → 2", not "(empty) → 2".
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 3, category: 2, visitedOn: T(), note: null });
    expect((await lastHistory(c.id))?.changes).toMatchObject({ visitationCategory: { from: 2, to: 2 } });
  });

  it("is set at the held follow-up conversation (the follow-up form asks for it)", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -40) });
    const held = await recordHeldFollowUp(f.actors.caseworker, {
      caseId: c.id,
      heldAt: new Date(Date.now() - 3_600_000),
      mode: "IN_PERSON",
      participants: ["CITIZEN", "CASEWORKER"],
      summary: "Første samtale; visiteret til kategori 2.",
      agreements: null,
      category: 2,
    });
    const v = await db.caseVisitation.findFirstOrThrow({ where: { caseId: c.id } });
    expect([v.category, v.followUpId]).toEqual([2, held.id]);
    // Category 2 after a held conversation: the next one within 4 weeks (§ 13 b, stk. 1).
    expect(held.nextDeadlineKind).toBe("FOLLOW_UP");
  });

  it("refuses a future day, a day before the absence, a closed case; outsiders get 404 and nothing is written", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -20) });
    const base = { caseId: c.id, version: 1, category: 2 as const, visitedOn: T(), note: null };
    await expect(recordVisitation(f.actors.caseworker, { ...base, visitedOn: addDays(T(), 1) })).rejects.toBeInstanceOf(DomainRuleError);
    await expect(recordVisitation(f.actors.caseworker, { ...base, visitedOn: addDays(T(), -21) })).rejects.toBeInstanceOf(DomainRuleError);
    for (const actor of outsiders()) await expect(recordVisitation(actor, base)).rejects.toBeInstanceOf(NotFoundError);
    await db.sickLeaveCase.update({ where: { id: c.id }, data: { status: "CLOSED", closedOn: T(), closingReason: "MOVED" } });
    await expect(recordVisitation(f.actors.caseworker, base)).rejects.toBeInstanceOf(DomainRuleError);
    expect(await db.caseVisitation.count({ where: { caseId: c.id } })).toBe(0);
    expect((await caseRow(c.id)).version).toBe(1);
  });
});

describe("doctor's certificate (§ 11 a)", () => {
  it("is flagged as missing near the first conversation, met when received; a correction keeps history", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -52) });
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 1, category: 2, visitedOn: addDays(T(), -3), note: null });
    const before = await report(c.id);
    expect(before.flags.map((x) => x.kind)).toContain("DOCTOR_CERTIFICATE_MISSING");
    await recordDoctorCertificate(f.actors.caseworker, { caseId: c.id, version: 2, requestedOn: addDays(T(), -10), receivedOn: null });
    const requested = (await report(c.id)).flags.find((x) => x.kind === "DOCTOR_CERTIFICATE_MISSING");
    expect(requested?.detail).toMatchObject({ requested: true });
    await recordDoctorCertificate(f.actors.caseworker, { caseId: c.id, version: 3, requestedOn: null, receivedOn: addDays(T(), -1) });
    const after = await report(c.id);
    expect(after.flags.map((x) => x.kind)).not.toContain("DOCTOR_CERTIFICATE_MISSING");
    expect(iso(after.deadlines.find((d) => d.kind === "DOCTOR_CERTIFICATE")?.satisfiedOn)).toBe(iso(addDays(T(), -1)));
    const row = await caseRow(c.id);
    expect([iso(row.doctorCertificateRequestedOn), iso(row.doctorCertificateReceivedOn)]).toEqual([
      iso(addDays(T(), -10)),
      iso(addDays(T(), -1)),
    ]);
    expect((await lastHistory(c.id))?.changes).toEqual({ doctorCertificateReceivedOn: { from: null, to: iso(addDays(T(), -1)) } });
  });

  it("refuses receipt before the request, no change, and outsiders (404)", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -30) });
    await recordDoctorCertificate(f.actors.caseworker, { caseId: c.id, version: 1, requestedOn: addDays(T(), -5), receivedOn: null });
    const bad = { caseId: c.id, version: 2, requestedOn: null, receivedOn: addDays(T(), -6) };
    await expect(recordDoctorCertificate(f.actors.caseworker, bad)).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      recordDoctorCertificate(f.actors.caseworker, { caseId: c.id, version: 2, requestedOn: addDays(T(), -5), receivedOn: null }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    for (const actor of outsiders())
      await expect(recordDoctorCertificate(actor, { ...bad, receivedOn: T() })).rejects.toBeInstanceOf(NotFoundError);
    expect((await caseRow(c.id)).doctorCertificateReceivedOn).toBeNull();
  });
});

describe("early follow-up on request (§ 13 b, stk. 2–3)", () => {
  it("the employee's request in week 3 makes the first conversation due 2 weeks later; the employer's declined request does not", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -16) });
    expect(iso((await kindOf(c.id, "FIRST_FOLLOW_UP"))?.dueOn)).toBe(iso(addDays(T(), -16 + 55)));
    await recordEarlyFollowUpRequest(f.actors.caseworker, {
      caseId: c.id,
      version: 1,
      requestedOn: addDays(T(), -2),
      requestedBy: "EMPLOYER",
      declinedByEmployeeOn: addDays(T(), -1),
      note: null,
    });
    expect(iso((await kindOf(c.id, "FIRST_FOLLOW_UP"))?.dueOn)).toBe(iso(addDays(T(), -16 + 55)));
    await recordEarlyFollowUpRequest(f.actors.caseworker, {
      caseId: c.id,
      version: 2,
      requestedOn: T(),
      requestedBy: "EMPLOYEE",
      declinedByEmployeeOn: null,
      note: "Ringede selv",
    });
    const first = await kindOf(c.id, "FIRST_FOLLOW_UP");
    expect(iso(first?.dueOn)).toBe(iso(addDays(T(), 14)));
    expect(first?.legalBasisKey).toBe("dk2014FastTrack");
    // The employer's own conversation (end of week 4, § 7 a) still comes first.
    expect((await caseRow(c.id)).nextDeadlineKind).toBe("EMPLOYER_CONVERSATION");
    expect((await lastHistory(c.id))?.action).toBe("EARLY_FOLLOW_UP_REQUEST");
    for (const actor of outsiders())
      await expect(
        recordEarlyFollowUpRequest(actor, {
          caseId: c.id,
          version: 3,
          requestedOn: T(),
          requestedBy: "EMPLOYEE",
          declinedByEmployeeOn: null,
          note: null,
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("rehabilitation team (§ 13 d, stk. 3)", () => {
  it("a presentation after the category-3 visitation meets the deadline; outsiders get 404", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -60) });
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 1, category: 3, visitedOn: addDays(T(), -35), note: null });
    const before = await kindOf(c.id, "REHABILITATION_TEAM");
    expect(before?.state).toBe("OVERDUE");
    expect(before?.daysOverdue).toBe(7);
    expect((await report(c.id)).overdue.map((d) => d.kind)).toContain("REHABILITATION_TEAM");
    for (const actor of outsiders())
      await expect(recordRehabilitationTeam(actor, { caseId: c.id, version: 2, presentedOn: T(), note: null })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    await recordRehabilitationTeam(f.actors.caseworker, {
      caseId: c.id,
      version: 2,
      presentedOn: T(),
      note: "Indstilling: ressourceforløb",
    });
    const after = await kindOf(c.id, "REHABILITATION_TEAM");
    expect(iso(after?.satisfiedOn)).toBe(iso(T()));
    expect((await report(c.id)).overdue.map((d) => d.kind)).not.toContain("REHABILITATION_TEAM");
    expect((await lastHistory(c.id))?.action).toBe("REHABILITATION_TEAM");
  });
});

describe("reassessment (revurdering, § 24; forlængelse § 27)", () => {
  it("a case past the limit is flagged; an extension with ground and end date meets it and keeps the case open", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -240) });
    const before = await report(c.id);
    expect(before.flags.map((x) => x.kind)).toContain("BENEFIT_LIMIT_PASSED_WITHOUT_DECISION");
    expect(before.worst).not.toBeNull();
    expect(before.overdue.map((d) => d.kind)).toContain("EXTENSION_ASSESSMENT");
    expect(ZRecordReassessment.safeParse({ caseId: c.id, version: "1", decidedOn: "2026-01-01", outcome: "EXTENDED" }).success).toBe(false);
    await expect(reassess(f.actors.caseworker, c.id, "EXTENDED")).rejects.toBeInstanceOf(DomainRuleError);
    const r = await reassess(f.actors.caseworker, c.id, "EXTENDED", {
      ground: "MEDICAL_TREATMENT",
      extendedUntil: addDays(T(), 90),
      note: "Afventer operation",
    });
    expect(r.closed).toBe(false);
    const after = await report(c.id);
    expect(after.flags.map((x) => x.kind)).not.toContain("BENEFIT_LIMIT_PASSED_WITHOUT_DECISION");
    // With an end date, the next reassessment falls on it.
    expect(after.deadlines.some((d) => d.kind === "EXTENSION_ASSESSMENT" && iso(d.dueOn) === iso(addDays(T(), 90)))).toBe(true);
    expect((await caseRow(c.id)).status).toBe("ACTIVE");
  });

  it("a job clarification course closes the case through the status rules (TRANSFERRED_TO_OTHER_BENEFIT)", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -200) });
    for (const actor of outsiders()) await expect(reassess(actor, c.id, "JOB_CLARIFICATION_COURSE")).rejects.toBeInstanceOf(NotFoundError);
    const r = await reassess(f.actors.caseworker, c.id, "JOB_CLARIFICATION_COURSE");
    expect(r).toMatchObject({ closed: true, version: 3 });
    const row = await caseRow(c.id);
    expect([row.status, row.closingReason, iso(row.closedOn), row.nextDeadlineOn]).toEqual([
      "CLOSED",
      "TRANSFERRED_TO_OTHER_BENEFIT",
      iso(T()),
      null,
    ]);
    expect(await db.caseStatusChange.count({ where: { caseId: c.id, status: "CLOSED" } })).toBe(1);
    const actions = (await db.recordVersion.findMany({ where: { recordId: c.id }, orderBy: { version: "asc" } })).map((h) => h.action);
    expect(actions).toEqual(["REASSESSMENT", "STATUS_CHANGE"]);
  });
});

describe("dated rule versions through the database (ADR 0006)", () => {
  it("a case spanning the change: each deadline under the version in force on its due date; an admin-entered future version moves it", async () => {
    const org = await createOrg(db);
    const store = (v: typeof DK_2009_VERSION, version: number) =>
      db.ruleSet.create({ data: ruleSetRowData(org.org.id, "DK", v, { revision: version }) });
    await store(DK_2009_VERSION, 1);
    await store(DK_2014_VERSION, 2);
    const D = (s: string) => new Date(`${s}T00:00:00Z`);
    const c = await createCase(db, org, { firstAbsenceDay: D("2014-11-17") });
    const r = (await db.$transaction((tx) => recomputeCaseDeadline(tx, c.id, D("2014-12-01"))))!;
    const byKind = Object.fromEntries(r.deadlines.map((d) => [d.kind, [iso(d.dueOn), d.versionKey]]));
    expect(byKind.EMPLOYER_CONVERSATION).toEqual(["2014-12-14", "DK-2009"]);
    expect(byKind.FIRST_FOLLOW_UP).toEqual(["2015-01-11", "DK-2014"]);
    expect(r.versionToday.key).toBe("DK-2009");
    expect(iso((await caseRow(c.id)).nextDeadlineOn)).toBe("2014-12-14");

    // A municipality's own stricter version from 1 January 2015 (first follow-up by week 6).
    await store(
      {
        ...DK_2014_VERSION,
        key: "KOMMUNE-2015",
        name: "Kommunens skærpelse",
        effectiveFrom: D("2015-01-06"),
        parameters: { ...(DK_2014_VERSION.parameters as object), firstFollowUpWeek: 6 },
      },
      3,
    );
    const r2 = (await db.$transaction((tx) => recomputeCaseDeadline(tx, c.id, D("2014-12-01"))))!;
    const first = r2.deadlines.find((d) => d.kind === "FIRST_FOLLOW_UP")!;
    // Week 6 ends 28 Dec 2014, before the version took effect: due on the day it took effect.
    expect([iso(first.dueOn), first.versionKey]).toEqual(["2015-01-06", "KOMMUNE-2015"]);
  });
});
