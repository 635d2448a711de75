// Legal days are Danish calendar days (ADR 0008). A conversation held 00:30 Danish time on the first
// absence day is still the day before in UTC; it used to be refused as "before the first absence
// day". The check is shared by recording a held conversation, correcting one and planning one, so
// each is tried at the edges of the first absence day (winter and summer time) and, for held
// conversations, of the closing day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { DomainRuleError } from "@/lib/domain/errors";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { correctFollowUp } from "@/lib/domain/followups/correct-follow-up";
import { planFollowUp } from "@/lib/domain/followups/plan-follow-up";
import { ZCorrectFollowUp, ZPlanFollowUp, ZRecordHeldFollowUp } from "@/lib/validation/followups";
import { utcDay } from "@/lib/time";

let f: OrgFixture;
beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Tidszone Kommune");
});
afterAll(teardownTestDb);

/** Long after every date below: nothing is "in the future". */
const LATER = { now: new Date("2026-11-01T12:00:00Z") };
const cw = () => f.actors.caseworker;

const held = (caseId: string, heldAt: string) =>
  ZRecordHeldFollowUp.parse({ caseId, heldAt, mode: "PHONE", participants: ["CITIZEN", "CASEWORKER"], summary: "Status på forløbet" });

/** A case whose first absence day is `first`, closed on `closedOn` when given. */
async function caseFrom(first: Date, closedOn?: Date) {
  const { db } = testDb();
  const c = await createCase(db, f, { firstAbsenceDay: first });
  if (closedOn) {
    await db.sickLeaveCase.update({ where: { id: c.id }, data: { status: "CLOSED", closedOn, closingReason: "FULL_RETURN_TO_WORK" } });
  }
  return c.id;
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string } | null> {
  return p.then(
    () => null,
    (e: unknown) => {
      expect(e).toBeInstanceOf(DomainRuleError);
      return { code: (e as DomainRuleError).code, field: (e as DomainRuleError).field };
    },
  );
}

async function followUpCount(caseId: string) {
  return testDb().db.followUp.count({ where: { caseId } });
}

describe("recording a held conversation counts Danish calendar days", () => {
  it("accepts 00:30 Danish winter time on the first absence day (23:30 UTC the day before)", async () => {
    const caseId = await caseFrom(utcDay(2026, 1, 15));
    const r = await recordHeldFollowUp(cw(), held(caseId, "2026-01-15T00:30"), LATER);
    const row = await testDb().db.followUp.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.heldAt!.toISOString()).toBe("2026-01-14T23:30:00.000Z");
  });

  it("accepts 01:30 Danish summer time on the first absence day (23:30 UTC the day before)", async () => {
    const caseId = await caseFrom(utcDay(2026, 6, 15));
    const r = await recordHeldFollowUp(cw(), held(caseId, "2026-06-15T01:30"), LATER);
    const row = await testDb().db.followUp.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.heldAt!.toISOString()).toBe("2026-06-14T23:30:00.000Z");
  });

  it("refuses 23:30 Danish time on the evening before the first absence day, and writes nothing", async () => {
    const caseId = await caseFrom(utcDay(2026, 1, 15));
    expect(await refusal(recordHeldFollowUp(cw(), held(caseId, "2026-01-14T23:30"), LATER))).toEqual({
      code: "followups.errors.beforeAbsence",
      field: "heldAt",
    });
    expect(await followUpCount(caseId)).toBe(0);
  });

  it("on a closed case accepts 23:30 Danish time on the closing day and refuses 00:30 the day after", async () => {
    const caseId = await caseFrom(utcDay(2026, 1, 5), utcDay(2026, 2, 10));
    // 00:30 on 11 February in Denmark is still 10 February in UTC: it is after the case closed.
    expect(await refusal(recordHeldFollowUp(cw(), held(caseId, "2026-02-11T00:30"), LATER))).toEqual({
      code: "followups.errors.caseClosed",
      field: undefined,
    });
    expect(await followUpCount(caseId)).toBe(0);
    await recordHeldFollowUp(cw(), held(caseId, "2026-02-10T23:30"), LATER);
    expect(await followUpCount(caseId)).toBe(1);
  });
});

describe("correcting a held conversation applies the same Danish-day check", () => {
  async function heldOn(caseId: string, heldAt: string) {
    const r = await recordHeldFollowUp(cw(), held(caseId, heldAt), LATER);
    let version = 1;
    const correct = (to: string) =>
      correctFollowUp(
        cw(),
        ZCorrectFollowUp.parse({
          caseId,
          followUpId: r.id,
          version,
          mode: "PHONE",
          heldAt: to,
          participants: ["CITIZEN", "CASEWORKER"],
          summary: "Status på forløbet",
          reason: "Forkert tidspunkt registreret",
        }),
        LATER,
      ).then((x) => {
        version = x.version;
        return x;
      });
    return { id: r.id, correct };
  }

  it("accepts a correction to 00:30 winter time and to 01:30 summer time on the first absence day", async () => {
    const winter = await heldOn(await caseFrom(utcDay(2026, 1, 15)), "2026-01-16T10:00");
    expect((await winter.correct("2026-01-15T00:30")).version).toBe(2);
    const summer = await heldOn(await caseFrom(utcDay(2026, 6, 15)), "2026-06-16T10:00");
    expect((await summer.correct("2026-06-15T01:30")).version).toBe(2);
    expect((await testDb().db.followUp.findUniqueOrThrow({ where: { id: summer.id } })).heldAt!.toISOString()).toBe(
      "2026-06-14T23:30:00.000Z",
    );
  });

  it("refuses a correction to the evening before the first absence day", async () => {
    const winter = await heldOn(await caseFrom(utcDay(2026, 1, 15)), "2026-01-16T10:00");
    expect(await refusal(winter.correct("2026-01-14T23:30"))).toEqual({ code: "followups.errors.beforeAbsence", field: "heldAt" });
    expect((await testDb().db.followUp.findUniqueOrThrow({ where: { id: winter.id } })).version).toBe(1);
  });

  it("on a closed case accepts 23:30 on the closing day and refuses 00:30 the day after", async () => {
    const caseId = await caseFrom(utcDay(2026, 1, 5), utcDay(2026, 2, 10));
    const fu = await heldOn(caseId, "2026-02-09T10:00");
    expect(await refusal(fu.correct("2026-02-11T00:30"))).toEqual({ code: "followups.errors.caseClosed", field: undefined });
    expect((await fu.correct("2026-02-10T23:30")).version).toBe(2);
  });
});

describe("planning a conversation applies the same Danish-day check", () => {
  const plan = (caseId: string, scheduledAt: string) =>
    planFollowUp(cw(), ZPlanFollowUp.parse({ caseId, scheduledAt, mode: "VIDEO" }), LATER);

  it("accepts 00:30 winter time and 01:30 summer time on the first absence day", async () => {
    const winter = await caseFrom(utcDay(2026, 1, 15));
    await plan(winter, "2026-01-15T00:30");
    const summer = await caseFrom(utcDay(2026, 6, 15));
    await plan(summer, "2026-06-15T01:30");
    expect(await followUpCount(winter)).toBe(1);
    expect(await followUpCount(summer)).toBe(1);
  });

  it("refuses 23:30 Danish time the evening before, next to the time field", async () => {
    const caseId = await caseFrom(utcDay(2026, 6, 15));
    expect(await refusal(plan(caseId, "2026-06-14T23:30"))).toEqual({ code: "followups.errors.beforeAbsence", field: "scheduledAt" });
    expect(await followUpCount(caseId)).toBe(0);
  });
});
