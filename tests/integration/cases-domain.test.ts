// Jobcenter case work through the domain functions (as the server actions call them, after the
// shared schema): citizens, cases, status, exemptions, follow-ups, corrections with history,
// voiding, the worklist and the timeline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { citizenForm, createCaseworker, createOrg, dayField, daysAgo, nextCpr, type OrgFixture } from "../factories";
import { createReferral } from "../factories/rehab";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { actionError } from "@/lib/actions/run-action";
import { ZCorrectCitizen, ZCreateCitizen, ZSearchCitizens, ZVoidCitizen } from "@/lib/validation/citizens";
import {
  ZChangeCaseStatus,
  ZCorrectCase,
  ZGrantExemption,
  ZOpenCase,
  ZReassignCase,
  ZVoidCase,
  ZVoidExemption,
} from "@/lib/validation/cases";
import { ZCancelFollowUp, ZCorrectFollowUp, ZPlanFollowUp, ZRecordHeldFollowUp, ZVoidFollowUp } from "@/lib/validation/followups";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";
import { correctCitizen } from "@/lib/domain/citizens/correct-citizen";
import { voidCitizen } from "@/lib/domain/citizens/void-citizen";
import { searchCitizens } from "@/lib/domain/citizens/search-citizens";
import { getCitizen } from "@/lib/domain/citizens/get-citizen";
import { openCase } from "@/lib/domain/cases/open-case";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { grantExemption } from "@/lib/domain/cases/grant-exemption";
import { voidExemption } from "@/lib/domain/cases/void-exemption";
import { reassignCase } from "@/lib/domain/cases/reassign-case";
import { correctCase } from "@/lib/domain/cases/correct-case";
import { voidCase } from "@/lib/domain/cases/void-case";
import { getCase } from "@/lib/domain/cases/get-case";
import { getCaseTimeline } from "@/lib/domain/cases/get-case-timeline";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { planFollowUp } from "@/lib/domain/followups/plan-follow-up";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { cancelFollowUp } from "@/lib/domain/followups/cancel-follow-up";
import { correctFollowUp } from "@/lib/domain/followups/correct-follow-up";
import { voidFollowUp } from "@/lib/domain/followups/void-follow-up";
import { listHistory } from "@/lib/domain/history/list-history";
import { instantToDanishLocal } from "@/lib/time";

let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Sagsrup Kommune");
});
afterAll(teardownTestDb);

const cw = () => f.actors.caseworker;
const parse = <T>(schema: { parse: (v: unknown) => T }, v: unknown): T => schema.parse(v);

async function newCitizen(over: Record<string, unknown> = {}) {
  return createCitizen(cw(), parse(ZCreateCitizen, citizenForm(nextCpr(), over)));
}

async function newCase(absenceDaysAgo = 20, over: Record<string, unknown> = {}) {
  const citizen = await newCitizen();
  const c = await openCase(
    cw(),
    parse(ZOpenCase, {
      citizenId: citizen.id,
      firstAbsenceDay: dayField(daysAgo(absenceDaysAgo)),
      diagnosisGroup: "MUSCULOSKELETAL",
      diagnosisDetail: "Lændesmerter",
      caseworkerId: cw().userId,
      ...over,
    }),
  );
  return { citizenId: citizen.id, caseId: c.id };
}

async function version(caseId: string) {
  return (await testDb().db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } })).version;
}

async function expectRule(p: Promise<unknown>, code: string, field?: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainRuleError);
  expect((e as DomainRuleError).code).toBe(code);
  if (field) expect((e as DomainRuleError).field).toBe(field);
}

describe("citizens", () => {
  it("registers a citizen with encrypted CPR, blind index, history and an access-log row", async () => {
    const { db } = testDb();
    const cpr = nextCpr();
    const logBefore = await db.accessLog.count();
    const { id } = await createCitizen(cw(), parse(ZCreateCitizen, citizenForm(`${cpr.slice(0, 6)}-${cpr.slice(6)}`)));
    const row = await db.citizen.findUniqueOrThrow({ where: { id } });
    expect(row.cprEncrypted).not.toContain(cpr);
    expect(row.cprIndex).toMatch(/^[0-9a-f]{64}$/);
    expect(row.employerName).toBe("Havnens Lager A/S");
    const history = await db.recordVersion.findMany({ where: { recordId: id } });
    expect(history).toHaveLength(1);
    expect(history[0]!.action).toBe("CREATE");
    expect(JSON.stringify(history[0]!.changes)).not.toContain(cpr);
    expect((history[0]!.changes as Record<string, { to: string }>).cpr!.to).toBe(`${cpr.slice(0, 6)}-xxxx`);
    expect(await db.accessLog.count()).toBe(logBefore + 1);
  });

  it("refuses a duplicate CPR number next to the CPR field, whatever the formatting", async () => {
    const cpr = nextCpr();
    await createCitizen(cw(), parse(ZCreateCitizen, citizenForm(cpr)));
    await expectRule(
      createCitizen(cw(), parse(ZCreateCitizen, citizenForm(`${cpr.slice(0, 6)}-${cpr.slice(6)}`, { firstName: "Anden" }))),
      "citizens.errors.duplicateCpr",
      "cpr",
    );
  });

  it("finds a citizen by full CPR number (exact) or by part of the name, masked", async () => {
    const cpr = nextCpr();
    const { id } = await createCitizen(cw(), parse(ZCreateCitizen, citizenForm(cpr, { firstName: "Søren", lastName: "Kierkegaard" })));
    const byCpr = await searchCitizens(cw(), parse(ZSearchCitizens, { q: `${cpr.slice(0, 6)}-${cpr.slice(6)}` }));
    expect(byCpr.by).toBe("cpr");
    expect(byCpr.rows.map((r) => r.id)).toEqual([id]);
    expect(byCpr.rows[0]!.cprMasked).toBe(`${cpr.slice(0, 6)}-xxxx`);
    const byName = await searchCitizens(cw(), parse(ZSearchCitizens, { q: "kierke søren" }));
    expect(byName.rows.map((r) => r.id)).toContain(id);
    const partialCpr = await searchCitizens(cw(), parse(ZSearchCitizens, { q: cpr.slice(0, 6) }));
    expect(partialCpr.rows.map((r) => r.id)).not.toContain(id);
  });

  it("corrects facts with a reason: history shows old → new, masked CPR, and a stale form is refused", async () => {
    const { db } = testDb();
    const cpr = nextCpr();
    const { id } = await createCitizen(cw(), parse(ZCreateCitizen, citizenForm(cpr)));
    const newCpr = nextCpr();
    const r = await correctCitizen(
      cw(),
      parse(ZCorrectCitizen, {
        ...citizenForm(newCpr, { lastName: "Jensen-Holm" }),
        citizenId: id,
        version: "1",
        reason: "Forkert efternavn og CPR",
      }),
    );
    expect(r.version).toBe(2);
    const history = await listHistory(cw(), { recordType: "Citizen", recordId: id });
    expect(history[0]).toMatchObject({ action: "CORRECT", reason: "Forkert efternavn og CPR", version: 2 });
    expect(history[0]!.changes.lastName).toEqual({ from: "Jensen", to: "Jensen-Holm" });
    expect(history[0]!.changes.cpr).toEqual({ from: `${cpr.slice(0, 6)}-xxxx`, to: `${newCpr.slice(0, 6)}-xxxx` });
    expect(JSON.stringify(history)).not.toContain(newCpr);

    const before = await db.recordVersion.count();
    await expectRule(
      correctCitizen(
        cw(),
        parse(ZCorrectCitizen, { ...citizenForm("", { lastName: "Forældet" }), citizenId: id, version: "1", reason: "Gammel formular" }),
      ),
      "errors.conflict",
    );
    expect(await db.recordVersion.count()).toBe(before);
    expect((await db.citizen.findUniqueOrThrow({ where: { id } })).lastName).toBe("Jensen-Holm");
  });

  it("refuses a correction that changes nothing", async () => {
    const { id } = await newCitizen();
    await expectRule(
      correctCitizen(cw(), parse(ZCorrectCitizen, { ...citizenForm(""), citizenId: id, version: "1", reason: "Ingen ændring" })),
      "citizens.errors.noChanges",
    );
  });

  it("voids a wrongly created citizen: gone from search and from the register, history kept; the CPR can be registered again", async () => {
    const cpr = nextCpr();
    const { id } = await createCitizen(cw(), parse(ZCreateCitizen, citizenForm(cpr)));
    await voidCitizen(cw(), parse(ZVoidCitizen, { citizenId: id, version: "1", reason: "Oprettet ved en fejl" }));
    expect((await searchCitizens(cw(), { q: cpr })).rows).toEqual([]);
    await expect(getCitizen(cw(), id)).rejects.toBeInstanceOf(NotFoundError);
    const history = await listHistory(cw(), { recordType: "Citizen", recordId: id });
    expect(history.map((h) => h.action)).toEqual(["VOID", "CREATE"]);
    const again = await createCitizen(cw(), parse(ZCreateCitizen, citizenForm(cpr)));
    expect(again.id).not.toBe(id);
  });

  it("does not void a citizen who has a case", async () => {
    const { citizenId } = await newCase();
    await expectRule(voidCitizen(cw(), parse(ZVoidCitizen, { citizenId, version: "1", reason: "Forsøg" })), "citizens.errors.hasCases");
  });
});

describe("sick-leave cases", () => {
  it("opens a case with a status row, history, a computed next deadline and an access-log row", async () => {
    const { db } = testDb();
    const logBefore = await db.accessLog.count();
    const { caseId } = await newCase(20);
    const c = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId }, include: { statusChanges: true } });
    expect(c.status).toBe("ACTIVE");
    expect(c.statusChanges).toHaveLength(1);
    expect(c.nextDeadlineOn).not.toBeNull();
    expect(c.nextDeadlineKind).toBeTruthy();
    expect(await db.accessLog.count()).toBe(logBefore + 2); // citizen + case
  });

  it("allows at most one open case per citizen", async () => {
    const { citizenId } = await newCase();
    await expectRule(
      openCase(
        cw(),
        parse(ZOpenCase, { citizenId, firstAbsenceDay: dayField(daysAgo(3)), diagnosisGroup: "MENTAL", caseworkerId: cw().userId }),
      ),
      "cases.errors.openCaseExists",
    );
  });

  it("serialises concurrent openings for the same citizen: exactly one succeeds", async () => {
    const citizen = await newCitizen();
    const input = parse(ZOpenCase, {
      citizenId: citizen.id,
      firstAbsenceDay: dayField(daysAgo(5)),
      diagnosisGroup: "OTHER",
      caseworkerId: cw().userId,
    });
    const results = await Promise.allSettled([openCase(cw(), input), openCase(cw(), input), openCase(cw(), input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as DomainRuleError).code).toBe("cases.errors.openCaseExists");
  });

  it("refuses a first absence day in the future and a caseworker from outside the department", async () => {
    const citizen = await newCitizen();
    const opening = { citizenId: citizen.id, firstAbsenceDay: dayField(daysAgo(3)), diagnosisGroup: "OTHER", caseworkerId: cw().userId };
    await expectRule(
      openCase(cw(), parse(ZOpenCase, { ...opening, firstAbsenceDay: dayField(daysAgo(-3)) })),
      "errors.dateInFuture",
      "firstAbsenceDay",
    );
    await expectRule(
      openCase(cw(), parse(ZOpenCase, { ...opening, caseworkerId: f.actors.therapist.userId })),
      "cases.errors.caseworkerNotInDepartment",
      "caseworkerId",
    );
  });

  it("changes status ACTIVE → PARTIAL_RETURN → CLOSED, writing a status row each time, and reopens when no other case is open", async () => {
    const { db } = testDb();
    const { caseId, citizenId } = await newCase(60);
    await changeCaseStatus(
      cw(),
      parse(ZChangeCaseStatus, {
        caseId,
        version: "1",
        status: "PARTIAL_RETURN",
        effectiveOn: dayField(daysAgo(10)),
        hoursPerWeek: "18,5",
      }),
    );
    let c = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("PARTIAL_RETURN");
    expect(Number(c.partialHoursPerWeek)).toBe(18.5);
    await expectRule(
      changeCaseStatus(
        cw(),
        parse(ZChangeCaseStatus, {
          caseId,
          version: "2",
          status: "CLOSED",
          effectiveOn: dayField(daysAgo(11)),
          closingReason: "FULL_RETURN_TO_WORK",
        }),
      ),
      "cases.errors.beforeLastStatusChange",
      "effectiveOn",
    );
    await changeCaseStatus(
      cw(),
      parse(ZChangeCaseStatus, {
        caseId,
        version: "2",
        status: "CLOSED",
        effectiveOn: dayField(daysAgo(1)),
        closingReason: "FULL_RETURN_TO_WORK",
        hoursPerWeek: "20",
      }),
    );
    c = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", closingReason: "FULL_RETURN_TO_WORK", partialHoursPerWeek: null, nextDeadlineOn: null });
    expect(dayField(c.closedOn!)).toBe(dayField(daysAgo(1)));
    expect(await db.caseStatusChange.count({ where: { caseId } })).toBe(3);

    // A new case for the citizen blocks reopening the old one.
    const second = await openCase(
      cw(),
      parse(ZOpenCase, { citizenId, firstAbsenceDay: dayField(daysAgo(0)), diagnosisGroup: "MENTAL", caseworkerId: cw().userId }),
    );
    await expectRule(
      changeCaseStatus(cw(), parse(ZChangeCaseStatus, { caseId, version: "3", status: "ACTIVE", effectiveOn: dayField(daysAgo(0)) })),
      "cases.errors.openCaseExists",
    );
    await voidCase(cw(), parse(ZVoidCase, { caseId: second.id, version: "1", reason: "Oprettet ved en fejl" }));
    await changeCaseStatus(cw(), parse(ZChangeCaseStatus, { caseId, version: "3", status: "ACTIVE", effectiveOn: dayField(daysAgo(0)) }));
    c = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "ACTIVE", closedOn: null, closingReason: null, version: 4 });
  });

  it("requires hours for a partial return and a reason for closing (schema, next to the field)", () => {
    const r1 = ZChangeCaseStatus.safeParse({
      caseId: "00000000-0000-4000-8000-000000000001",
      version: "1",
      status: "PARTIAL_RETURN",
      effectiveOn: "2026-01-05",
    });
    expect(r1.success).toBe(false);
    expect(r1.error!.issues[0]).toMatchObject({ path: ["hoursPerWeek"], message: "cases.errors.hoursRequired" });
    const r2 = ZChangeCaseStatus.safeParse({
      caseId: "00000000-0000-4000-8000-000000000001",
      version: "1",
      status: "CLOSED",
      effectiveOn: "2026-01-05",
    });
    expect(r2.error!.issues[0]).toMatchObject({ path: ["closingReason"], message: "cases.errors.closingReasonRequired" });
  });

  it("validates the hours only for a status that uses them: closing with the field blank or holding a leftover value is accepted", async () => {
    const { db } = testDb();
    const base = { version: "1", status: "CLOSED", effectiveOn: dayField(daysAgo(1)), closingReason: "MOVED" };
    // The same schema the browser runs: no error on the hours field for closing, whatever it holds.
    for (const hoursPerWeek of [undefined, "", "abc", "40", "0", "-3"]) {
      const r = ZChangeCaseStatus.safeParse({ caseId: "00000000-0000-4000-8000-000000000001", ...base, hoursPerWeek });
      expect(r.success, `closing with hours ${String(hoursPerWeek)}`).toBe(true);
      expect(r.data!.hoursPerWeek).toBeNull();
    }
    // For a partial return the same values are refused next to the hours field.
    for (const [hoursPerWeek, message] of [
      ["", "cases.errors.hoursRequired"],
      ["40", "errors.numberTooLarge"],
      ["abc", "errors.invalidNumber"],
    ] as const) {
      const r = ZChangeCaseStatus.safeParse({
        caseId: "00000000-0000-4000-8000-000000000001",
        ...base,
        status: "PARTIAL_RETURN",
        hoursPerWeek,
      });
      expect(r.success).toBe(false);
      expect(r.error!.issues).toEqual([expect.objectContaining({ path: ["hoursPerWeek"], message })]);
    }
    // Closed for real with a leftover value in the hours field: the case closes, no hours are stored.
    const { caseId } = await newCase(30);
    await changeCaseStatus(cw(), parse(ZChangeCaseStatus, { caseId, ...base, hoursPerWeek: "40" }));
    const c = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", closingReason: "MOVED", partialHoursPerWeek: null });
    const row = await db.caseStatusChange.findFirstOrThrow({ where: { caseId, status: "CLOSED" } });
    expect(row.hoursPerWeek).toBeNull();
  });

  it("exempts a case from follow-up (no deadline while exempt), refuses overlaps, and voids the exemption again", async () => {
    const { db } = testDb();
    const { caseId } = await newCase(30);
    const { id: exemptionId } = await grantExemption(
      cw(),
      parse(ZGrantExemption, { caseId, version: "1", exemptionReason: "TERMINAL_ILLNESS", fromOn: dayField(daysAgo(25)) }),
    );
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } })).nextDeadlineKind).not.toMatch(/FOLLOW_UP/);
    await expectRule(
      grantExemption(
        cw(),
        parse(ZGrantExemption, {
          caseId,
          version: "2",
          exemptionReason: "PREGNANCY_RELATED",
          fromOn: dayField(daysAgo(5)),
          untilOn: dayField(daysAgo(-5)),
        }),
      ),
      "cases.errors.exemptionOverlaps",
      "fromOn",
    );
    await voidExemption(cw(), parse(ZVoidExemption, { caseId, exemptionId, version: "2", reason: "Registreret på forkert sag" }));
    const e = await db.caseExemption.findUniqueOrThrow({ where: { id: exemptionId } });
    expect(e.voidReason).toBe("Registreret på forkert sag");
    const c = await getCase(cw(), caseId);
    expect(c.exemptions).toEqual([]);
    expect(c.nextDeadlineOn).not.toBeNull();
  });

  it("hands a case over to another caseworker of the same jobcenter", async () => {
    const { caseId } = await newCase();
    const colleague = await createCaseworker(testDb().db, f, { name: "Kollega Hansen" });
    await expectRule(
      reassignCase(cw(), parse(ZReassignCase, { caseId, version: "1", caseworkerId: cw().userId })),
      "cases.errors.sameCaseworker",
      "caseworkerId",
    );
    await reassignCase(cw(), parse(ZReassignCase, { caseId, version: "1", caseworkerId: colleague.userId, note: "Ferie" }));
    expect((await getCase(colleague, caseId)).caseworker.name).toBe("Kollega Hansen");
    const history = await listHistory(cw(), { recordType: "SickLeaveCase", recordId: caseId });
    expect(history[0]).toMatchObject({ action: "REASSIGN", reason: "Ferie", changes: { caseworker: { to: "Kollega Hansen" } } });
  });

  it("corrects the first absence day with a reason; the initial status row follows; a stale version is refused", async () => {
    const { db } = testDb();
    const { caseId } = await newCase(40);
    await correctCase(
      cw(),
      parse(ZCorrectCase, {
        caseId,
        version: "1",
        firstAbsenceDay: dayField(daysAgo(45)),
        diagnosisGroup: "MENTAL",
        diagnosisDetail: "Stress",
        reason: "Forkert dato fra lægeerklæring",
      }),
    );
    const first = await db.caseStatusChange.findFirstOrThrow({ where: { caseId } });
    expect(dayField(first.effectiveOn)).toBe(dayField(daysAgo(45)));
    const history = await listHistory(cw(), { recordType: "SickLeaveCase", recordId: caseId });
    expect(history[0]).toMatchObject({ action: "CORRECT", reason: "Forkert dato fra lægeerklæring", version: 2 });
    expect(history[0]!.changes).toMatchObject({
      firstAbsenceDay: { from: dayField(daysAgo(40)), to: dayField(daysAgo(45)) },
      diagnosisGroup: { from: "MUSCULOSKELETAL", to: "MENTAL" },
    });
    await expectRule(
      correctCase(
        cw(),
        parse(ZCorrectCase, {
          caseId,
          version: "1",
          firstAbsenceDay: dayField(daysAgo(44)),
          diagnosisGroup: "MENTAL",
          reason: "Gammel formular",
        }),
      ),
      "errors.conflict",
    );
    expect(await version(caseId)).toBe(2);
  });

  it("voids a wrongly created case: gone from the worklist and the case page, history kept", async () => {
    const { caseId } = await newCase();
    await voidCase(cw(), parse(ZVoidCase, { caseId, version: "1", reason: "Forkert borger" }));
    expect((await getMyWorklist(cw(), { status: "OPEN" })).rows.map((r) => r.id)).not.toContain(caseId);
    await expect(getCase(cw(), caseId)).rejects.toBeInstanceOf(NotFoundError);
    const history = await listHistory(cw(), { recordType: "SickLeaveCase", recordId: caseId });
    expect(history.map((h) => h.action)).toEqual(["VOID", "CREATE"]);
  });

  it("refuses to void a case with a referral in progress, as a message for the whole form, writing nothing", async () => {
    const { db } = testDb();
    const { caseId } = await newCase();
    await createReferral(db, f, { caseId, status: "SUBMITTED" });
    const refused = await voidCase(cw(), parse(ZVoidCase, { caseId, version: "1", reason: "Forkert borger" })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainRuleError);
    // Not blamed on the reason typed: the form's message (lib/actions/run-action.ts actionError).
    expect(actionError(refused)).toEqual({ ok: false, formError: "cases.errors.voidWithOpenReferrals" });
    expect(await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ voidedAt: null, version: 1 });
  });
});

describe("follow-up conversations", () => {
  it("records a held follow-up and the next deadline moves on", async () => {
    const { db } = testDb();
    const { caseId } = await newCase(50);
    const before = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: caseId } });
    const r = await recordHeldFollowUp(
      cw(),
      parse(ZRecordHeldFollowUp, {
        caseId,
        heldAt: instantToDanishLocal(new Date(Date.now() - 3_600_000)),
        mode: "IN_PERSON",
        participants: ["CITIZEN", "CASEWORKER"],
        summary: "Borgeren har det bedre og går til fysioterapi.",
        agreements: "Ny samtale om 4 uger.",
      }),
    );
    expect(r.nextDeadlineOn).not.toBeNull();
    expect(r.nextDeadlineOn!.getTime()).toBeGreaterThan(before.nextDeadlineOn!.getTime());
    const f = await db.followUp.findUniqueOrThrow({ where: { id: r.id } });
    expect(f).toMatchObject({ status: "HELD", participants: ["CITIZEN", "CASEWORKER"], version: 1 });
  });

  it("refuses a held time in the future", async () => {
    const { caseId } = await newCase(50);
    await expectRule(
      recordHeldFollowUp(
        cw(),
        parse(ZRecordHeldFollowUp, {
          caseId,
          heldAt: instantToDanishLocal(new Date(Date.now() + 86_400_000)),
          mode: "PHONE",
          participants: ["CITIZEN"],
          summary: "x",
        }),
      ),
      "followups.errors.heldInFuture",
      "heldAt",
    );
  });

  it("plans a conversation, records it as missed with a reason, corrects and voids one; voided ones leave the list but not the timeline", async () => {
    const { caseId } = await newCase(30);
    const inAWeek = instantToDanishLocal(new Date(Date.now() + 7 * 86_400_000));
    const planned = await planFollowUp(cw(), parse(ZPlanFollowUp, { caseId, scheduledAt: inAWeek, mode: "VIDEO" }));
    await cancelFollowUp(
      cw(),
      parse(ZCancelFollowUp, { caseId, followUpId: planned.id, version: "1", outcome: "MISSED", reason: "Borgeren mødte ikke op" }),
    );
    await expectRule(
      cancelFollowUp(cw(), parse(ZCancelFollowUp, { caseId, followUpId: planned.id, version: "2", outcome: "CANCELLED", reason: "Igen" })),
      "followups.errors.notPlanned",
    );

    const held = await recordHeldFollowUp(
      cw(),
      parse(ZRecordHeldFollowUp, {
        caseId,
        heldAt: instantToDanishLocal(new Date(Date.now() - 86_400_000)),
        mode: "PHONE",
        participants: ["CITIZEN"],
        summary: "Kort telefonsamtale.",
      }),
    );
    await correctFollowUp(
      cw(),
      parse(ZCorrectFollowUp, {
        caseId,
        followUpId: held.id,
        version: "1",
        mode: "VIDEO",
        heldAt: instantToDanishLocal(new Date(Date.now() - 86_400_000)),
        participants: ["CITIZEN", "EMPLOYER"],
        summary: "Videosamtale med arbejdsgiver.",
        reason: "Forkert samtaleform",
      }),
    );
    const history = await listHistory(cw(), { recordType: "FollowUp", recordId: held.id });
    expect(history[0]!.changes).toMatchObject({
      mode: { from: "PHONE", to: "VIDEO" },
      participants: { from: ["CITIZEN"], to: ["CITIZEN", "EMPLOYER"] },
    });

    await voidFollowUp(cw(), parse(ZVoidFollowUp, { caseId, followUpId: held.id, version: "2", reason: "Registreret på forkert sag" }));
    const c = await getCase(cw(), caseId);
    expect(c.followUps.map((x) => x.id)).toEqual([planned.id]);
    const timeline = await getCaseTimeline(cw(), caseId);
    const voided = timeline.entries.find((e) => e.kind === "FOLLOW_UP" && e.id === held.id);
    expect(voided).toMatchObject({ voided: true, voidReason: "Registreret på forkert sag" });
    expect(timeline.entries.some((e) => e.kind === "CORRECTION" && e.entry.action === "VOID")).toBe(true);
  });

  it("loads a follow-up only together with its own case id", async () => {
    const a = await newCase(30);
    const b = await newCase(30);
    const planned = await planFollowUp(
      cw(),
      parse(ZPlanFollowUp, { caseId: a.caseId, scheduledAt: instantToDanishLocal(new Date(Date.now() + 86_400_000)), mode: "PHONE" }),
    );
    await expect(
      cancelFollowUp(
        cw(),
        parse(ZCancelFollowUp, { caseId: b.caseId, followUpId: planned.id, version: "1", outcome: "CANCELLED", reason: "Forkert sag" }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("timeline and worklist", () => {
  it("lists the course of a case newest first: absence, status, exemption, follow-ups, corrections, referral events, RTW plans", async () => {
    const { db } = testDb();
    const { caseId, citizenId } = await newCase(70);
    await changeCaseStatus(
      cw(),
      parse(ZChangeCaseStatus, { caseId, version: "1", status: "PARTIAL_RETURN", effectiveOn: dayField(daysAgo(20)), hoursPerWeek: "15" }),
    );
    await recordHeldFollowUp(
      cw(),
      parse(ZRecordHeldFollowUp, {
        caseId,
        heldAt: instantToDanishLocal(new Date(Date.now() - 2 * 86_400_000)),
        mode: "AT_WORKPLACE",
        participants: ["CITIZEN", "EMPLOYER"],
        summary: "Samtale på arbejdspladsen.",
      }),
    );
    await correctCase(
      cw(),
      parse(ZCorrectCase, {
        caseId,
        version: "2",
        firstAbsenceDay: dayField(daysAgo(70)),
        diagnosisGroup: "MUSCULOSKELETAL",
        diagnosisDetail: "Skulderlidelse",
        reason: "Præciseret diagnose",
      }),
    );
    const programme = await db.programme.create({
      data: {
        organisationId: f.org.id,
        departmentId: f.healthCenter.id,
        name: "Skulderhold",
        description: "d",
        targetGroup: "t",
        format: "GROUP",
        weeks: 8,
        hoursPerWeek: 2,
        capacity: 10,
        priceDkk: 5000,
      },
    });
    const referral = await db.referral.create({
      data: {
        organisationId: f.org.id,
        caseId,
        citizenId,
        programmeId: programme.id,
        referredById: cw().userId,
        reason: "Skulder",
        answers: {},
      },
    });
    await db.referralEvent.create({ data: { referralId: referral.id, toStatus: "SUBMITTED", byId: cw().userId } });
    await db.returnToWorkPlan.create({
      data: { organisationId: f.org.id, caseId, employerContact: "Per", startOn: daysAgo(1), createdById: cw().userId },
    });

    const { entries, history } = await getCaseTimeline(cw(), caseId);
    const kinds = entries.map((e) => e.kind);
    for (const k of ["ABSENCE_START", "STATUS_CHANGE", "FOLLOW_UP", "CORRECTION", "REFERRAL", "RTW_PLAN"]) expect(kinds).toContain(k);
    expect(kinds.at(-1)).toBe("ABSENCE_START");
    const times = entries.map((e) => e.at.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(history.some((h) => h.action === "CORRECT" && h.reason === "Præciseret diagnose")).toBe(true);
  });

  it("sorts the worklist by urgency, counts per deadline state, filters and searches by full CPR", async () => {
    const { db } = testDb();
    const own = await createOrg(db, "Listerup Kommune");
    const me = own.actors.caseworker;
    const make = async (absence: number, group: "MENTAL" | "OTHER") => {
      const cpr = nextCpr();
      const citizen = await createCitizen(me, parse(ZCreateCitizen, citizenForm(cpr)));
      const c = await openCase(
        me,
        parse(ZOpenCase, {
          citizenId: citizen.id,
          firstAbsenceDay: dayField(daysAgo(absence)),
          diagnosisGroup: group,
          caseworkerId: me.userId,
        }),
      );
      return { ...c, cpr };
    };
    const overdue = await make(100, "MENTAL");
    const fresh = await make(2, "OTHER");
    const middle = await make(40, "OTHER");
    const list = await getMyWorklist(me, {});
    const order = ["OVERDUE", "DUE_SOON", "ON_TRACK", "NONE"];
    const ranks = list.rows.map((r) => order.indexOf(r.urgency));
    expect([...ranks].sort()).toEqual(ranks);
    expect(list.rows[0]!.id).toBe(overdue.id);
    expect(Object.values(list.counts).reduce((a, b) => a + b, 0)).toBe(3);
    expect(list.counts.OVERDUE).toBeGreaterThanOrEqual(1);
    expect((await getMyWorklist(me, { group: "MENTAL" })).rows.map((r) => r.id)).toEqual([overdue.id]);
    expect((await getMyWorklist(me, { state: "OVERDUE" })).rows.every((r) => r.urgency === "OVERDUE")).toBe(true);
    expect((await getMyWorklist(me, { q: middle.cpr })).rows.map((r) => r.id)).toEqual([middle.id]);
    expect((await getMyWorklist(me, { status: "CLOSED" })).rows).toEqual([]);
    expect(list.rows.map((r) => r.id)).toContain(fresh.id);
  });
});
