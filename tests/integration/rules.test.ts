// Deadline engine against the database, deliberately with the 2009 rules: the organisation stores
// only the DK-2009 version (a stored history replaces the built-in one), so these tests keep
// checking the 2009 reading (ADR 0006 § 5); the 2014 rules are in rules-2014-cases.test.ts.
// Deadline engine against the database: facts are read from the case's records (status changes,
// exemptions, held follow-ups, started referrals), the next deadline is stored on the case, and an
// administrator's parameter change is a new ruleset version that moves the open cases' deadlines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { loadCaseFacts, recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import { runSystemJob } from "@/lib/domain/run-system-job";
import { getActiveRuleset } from "@/lib/domain/rules/get-active-ruleset";
import { getRuleSettings } from "@/lib/domain/rules/get-rule-settings";
import { updateRuleParameters } from "@/lib/domain/rules/update-rule-parameters";
import { DK_DEFAULTS } from "@/lib/rules";
import { ZUpdateRuleParameters } from "@/lib/validation/rules";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { setupTestDb, teardownTestDb } from "./support/db";

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const TODAY = D("2026-03-10");
/** An instant on TODAY in Denmark (use cases take the instant; their Danish day is TODAY). */
const AT_TODAY = { now: new Date("2026-03-10T11:00:00Z") };
/** The organisation's active DK ruleset, read as the system does. */
const activeRuleset = (organisationId: string) => runSystemJob(organisationId, (sys) => getActiveRuleset(sys.read, "DK"));

let db: Db;
let f: OrgFixture;
let other: OrgFixture;
/** Held follow-up 20 Feb (00:30 Danish time), partially back at work from 2 Mar, a voided open exemption. */
let partialCaseId: string;
/** Held follow-up 20 Jan, a programme started 1 Mar. */
let programmeCaseId: string;
/** No follow-up yet: the employer's conversation (end of week 4 = 15 Mar) comes first. */
let newCaseId: string;
let closedCaseId: string;
let otherOrgCaseId: string;

const caseRow = (id: string) =>
  db.sickLeaveCase.findUniqueOrThrow({ where: { id }, select: { nextDeadlineOn: true, nextDeadlineKind: true } });

function input(over: Record<string, unknown> = {}) {
  const { version: _version, ...params } = DK_DEFAULTS;
  return ZUpdateRuleParameters.parse({ ...params, baseVersion: 1, reason: "Lovændring pr. 1. april", ...over });
}

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db);
  other = await createOrg(db);
  const cw = f.actors.caseworker.userId;
  await db.ruleSet.create({
    data: { organisationId: f.org.id, jurisdiction: "DK", version: 1, parameters: DK_DEFAULTS, note: "standardværdier" },
  });

  const a = await createCase(db, f, { firstAbsenceDay: D("2026-01-05") });
  partialCaseId = a.id;
  await db.caseStatusChange.create({
    data: { caseId: a.id, status: "PARTIAL_RETURN", effectiveOn: D("2026-03-02"), hoursPerWeek: 15, changedById: cw },
  });
  await db.sickLeaveCase.update({ where: { id: a.id }, data: { status: "PARTIAL_RETURN", partialHoursPerWeek: 15 } });
  await db.followUp.create({
    data: { caseId: a.id, mode: "IN_PERSON", status: "HELD", heldAt: new Date("2026-02-19T23:30:00Z"), createdById: cw },
  });
  await db.caseExemption.create({
    data: {
      caseId: a.id,
      reason: "IMMINENT_RETURN",
      fromOn: D("2026-03-01"),
      createdById: cw,
      voidedAt: new Date(),
      voidReason: "Registreret på forkert sag",
    },
  });

  const b = await createCase(db, f, { firstAbsenceDay: D("2026-01-05") });
  programmeCaseId = b.id;
  await db.followUp.create({
    data: { caseId: b.id, mode: "PHONE", status: "HELD", heldAt: new Date("2026-01-20T10:00:00Z"), createdById: cw },
  });
  const programme = await db.programme.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.healthCenter.id,
      name: "Ryghold",
      description: "Holdtræning for ryg",
      targetGroup: "Sygemeldte med rygsmerter",
      format: "GROUP",
      weeks: 8,
      hoursPerWeek: 2,
      capacity: 12,
      priceDkk: 6000,
    },
  });
  await db.referral.create({
    data: {
      organisationId: f.org.id,
      caseId: b.id,
      citizenId: b.citizenId,
      programmeId: programme.id,
      referredById: cw,
      reason: "Rygsmerter",
      answers: {},
      status: "STARTED",
      startedAt: new Date("2026-03-01T08:00:00Z"),
    },
  });

  newCaseId = (await createCase(db, f, { firstAbsenceDay: D("2026-02-16") })).id;

  const c = await createCase(db, f, { firstAbsenceDay: D("2026-01-05") });
  closedCaseId = c.id;
  await db.caseStatusChange.create({
    data: { caseId: c.id, status: "CLOSED", effectiveOn: D("2026-02-01"), closingReason: "FULL_RETURN_TO_WORK", changedById: cw },
  });
  await db.sickLeaveCase.update({
    where: { id: c.id },
    data: {
      status: "CLOSED",
      closedOn: D("2026-02-01"),
      closingReason: "FULL_RETURN_TO_WORK",
      nextDeadlineOn: D("2026-03-01"),
      nextDeadlineKind: "FIRST_FOLLOW_UP",
    },
  });

  otherOrgCaseId = (await createCase(db, other, { firstAbsenceDay: D("2026-01-05") })).id;
  await db.sickLeaveCase.update({
    where: { id: otherOrgCaseId },
    data: { nextDeadlineOn: D("2030-01-01"), nextDeadlineKind: "FOLLOW_UP" },
  });
});

afterAll(teardownTestDb);

describe("recomputing a case's deadline", () => {
  it("reads the case's facts: Danish day of held follow-ups, started referrals, no voided exemptions", async () => {
    const a = await loadCaseFacts(db, partialCaseId);
    expect(a.jurisdiction).toBe("DK");
    expect(a.facts.heldFollowUps.map(iso)).toEqual(["2026-02-20"]);
    expect(a.facts.exemptions).toEqual([]);
    expect(a.facts.statusChanges.map((s) => [s.status, iso(s.effectiveOn)])).toEqual([
      ["ACTIVE", "2026-01-05"],
      ["PARTIAL_RETURN", "2026-03-02"],
    ]);
    const b = await loadCaseFacts(db, programmeCaseId);
    expect(b.facts.programmePeriods.map((p) => [iso(p.fromOn), iso(p.untilOn)])).toEqual([["2026-03-01", null]]);
    await expect(loadCaseFacts(db, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stores the next deadline: 4 weeks after the follow-up once partially back at work", async () => {
    const deadlines = (await db.$transaction((tx) => recomputeCaseDeadline(tx, partialCaseId, TODAY)))!.deadlines;
    expect(await caseRow(partialCaseId)).toEqual({ nextDeadlineOn: D("2026-03-20"), nextDeadlineKind: "FOLLOW_UP" });
    const followUp = deadlines.find((d) => d.kind === "FOLLOW_UP");
    expect(followUp?.state).toBe("ON_TRACK");
    expect(followUp?.legalBasisKey).toBe("dkFollowUpPartialOrProgramme");
  });

  it("stores 4 weeks after a programme start when that is earlier than 3 months", async () => {
    await db.$transaction((tx) => recomputeCaseDeadline(tx, programmeCaseId, TODAY));
    expect(await caseRow(programmeCaseId)).toEqual({ nextDeadlineOn: D("2026-03-29"), nextDeadlineKind: "FOLLOW_UP" });
  });

  it("clears the stored deadline of a closed case", async () => {
    const report = await db.$transaction((tx) => recomputeCaseDeadline(tx, closedCaseId, TODAY));
    expect(report?.deadlines).toEqual([]);
    expect(await caseRow(closedCaseId)).toEqual({ nextDeadlineOn: null, nextDeadlineKind: null });
  });

  it("recomputes a whole organisation and leaves other organisations alone", async () => {
    const r = await runSystemJob(f.org.id, recomputeOrganisationDeadlines, { today: TODAY });
    expect(r.checked).toBe(3);
    expect(await caseRow(newCaseId)).toEqual({ nextDeadlineOn: D("2026-03-15"), nextDeadlineKind: "EMPLOYER_CONVERSATION" });
    expect((await caseRow(otherOrgCaseId)).nextDeadlineOn).toEqual(D("2030-01-01"));
  });
});

describe("changing the rule parameters", () => {
  it("refuses bad input before anything is written", () => {
    expect(ZUpdateRuleParameters.safeParse({ ...input(), firstFollowUpWeek: "53" }).success).toBe(false);
    expect(ZUpdateRuleParameters.safeParse({ ...input(), reason: "" }).success).toBe(false);
    const crossField = ZUpdateRuleParameters.safeParse({ ...input(), contactFromWeek: "9" });
    expect(crossField.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["contactFromWeek", "rules.errors.contactAfterFirstFollowUp"],
    ]);
  });

  it("a caseworker gets NotFoundError and nothing is written", async () => {
    const logsBefore = await db.accessLog.count();
    await expect(updateRuleParameters(f.actors.caseworker, input({ firstFollowUpWeek: 6 }), AT_TODAY)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateRuleParameters(f.actors.manager, input({ firstFollowUpWeek: 6 }), AT_TODAY)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRuleSettings(f.actors.caseworker)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.ruleSet.count()).toBe(1);
    expect(await db.accessLog.count()).toBe(logsBefore);
    expect(await caseRow(partialCaseId)).toEqual({ nextDeadlineOn: D("2026-03-20"), nextDeadlineKind: "FOLLOW_UP" });
  });

  it("refuses a change that changes nothing, and one made on an outdated version", async () => {
    await expect(updateRuleParameters(f.actors.admin, input(), AT_TODAY)).rejects.toMatchObject({ code: "rules.errors.noChange" });
    await expect(updateRuleParameters(f.actors.admin, input({ baseVersion: 7, dueSoonDays: 10 }), AT_TODAY)).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    expect(await db.ruleSet.count()).toBe(1);
  });

  it("an admin's change creates version 2 with history and moves the open cases' next deadlines", async () => {
    const result = await updateRuleParameters(
      f.actors.admin,
      input({ followUpIntervalWeeksPartialOrProgramme: 2, employerConversationWeek: 3 }),
      AT_TODAY,
    );
    expect(result.version).toBe(2);
    expect(result.casesChecked).toBe(3);

    const active = await activeRuleset(f.org.id);
    // The other municipality keeps its own rules.
    expect((await activeRuleset(other.org.id)).parameters).toEqual(DK_DEFAULTS);
    expect(active).toMatchObject({ id: result.id, version: 2, note: "Lovændring pr. 1. april", createdById: f.actors.admin.userId });
    expect(active.parameters).toEqual({
      ...DK_DEFAULTS,
      version: 2,
      followUpIntervalWeeksPartialOrProgramme: 2,
      employerConversationWeek: 3,
    });
    expect(await db.ruleSet.count()).toBe(2);

    // 20 Feb + 2 weeks = 6 Mar (partial from 2 Mar); programme from 1 Mar + 2 weeks = 15 Mar; week 3 ends 8 Mar.
    expect(await caseRow(partialCaseId)).toEqual({ nextDeadlineOn: D("2026-03-06"), nextDeadlineKind: "FOLLOW_UP" });
    expect(await caseRow(programmeCaseId)).toEqual({ nextDeadlineOn: D("2026-03-15"), nextDeadlineKind: "FOLLOW_UP" });
    expect(await caseRow(newCaseId)).toEqual({ nextDeadlineOn: D("2026-03-08"), nextDeadlineKind: "EMPLOYER_CONVERSATION" });
    expect(await caseRow(closedCaseId)).toEqual({ nextDeadlineOn: null, nextDeadlineKind: null });
    expect((await caseRow(otherOrgCaseId)).nextDeadlineOn).toEqual(D("2030-01-01"));

    const log = await db.accessLog.findFirstOrThrow({ where: { recordType: "RuleSet" }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ action: "UPDATE", recordId: result.id, actorId: f.actors.admin.userId, organisationId: f.org.id });
    expect(log.details).toMatchObject({
      version: 2,
      changes: { followUpIntervalWeeksPartialOrProgramme: { from: 4, to: 2 }, employerConversationWeek: { from: 4, to: 3 } },
    });

    const settings = await getRuleSettings(f.actors.admin);
    expect(settings.history.map((h) => h.version)).toEqual([2, 1]);
    expect(settings.history[0]).toMatchObject({ createdByName: f.actors.admin.name, note: "Lovændring pr. 1. april" });
    expect(settings.history[0]!.changes).toEqual([
      { key: "followUpIntervalWeeksPartialOrProgramme", from: 4, to: 2 },
      { key: "employerConversationWeek", from: 4, to: 3 },
    ]);
    expect(settings.history[1]!.changes).toEqual([]);
  });

  it("with no stored version yet, stores the built-in defaults as version 1 before the change", async () => {
    await db.ruleSet.deleteMany({});
    expect((await activeRuleset(f.org.id)).id).toBeNull();
    const result = await updateRuleParameters(f.actors.admin, input({ firstFollowUpWeek: 6, contactFromWeek: 5 }), AT_TODAY);
    expect(result.version).toBe(2);
    const rows = await db.ruleSet.findMany({ orderBy: { version: "asc" }, select: { version: true, createdById: true, parameters: true } });
    // Then the later built-in version (the 2014 reform), since a stored history replaces the built-in one (ADR 0006 § 7).
    expect(rows.map((r) => [r.version, r.createdById])).toEqual([
      [1, null],
      [2, f.actors.admin.userId],
      [3, null],
    ]);
    expect(rows[0]!.parameters).toEqual(DK_DEFAULTS);
  });
});
