// The weekly agenda's suggestion rules (issue 12, ADR 0017): each rule with fixtures just inside and
// just outside its threshold (the organisation's settings, defaults and a changed value), flags
// from caseworkers and therapists, and naming only under consent in both directions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createCitizen, createOrg, type OrgFixture } from "../factories";
import { consentInState, createMeeting, danishToday } from "../factories/consents";
import { createProgressNoteRow, createReferral, createRehabPlanRow, createRtwPlanRow } from "../factories/rehab";
import { addDays, startOfDanishDay } from "@/lib/time";
import { NotFoundError } from "@/lib/domain/errors";
import { SUGGESTIONS_PER_RULE, suggestAgendaItems, type AgendaSuggestion } from "@/lib/domain/meetings/suggest-agenda-items";
import { flagForConference } from "@/lib/domain/meetings/flag-for-conference";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";

const HOUR = 3_600_000;
beforeAll(setupTestDb);
afterAll(teardownTestDb);

/** A fresh organisation (so suggestions hold only this test's fixtures) with a weekly conference. */
async function world() {
  const { db } = testDb();
  const f = await createOrg(db);
  const meeting = await createMeeting(db, f.actors.coordinator);
  return { db, f, meetingId: meeting.id };
}

/** The coordinator's suggestions shown for the meeting. */
const suggest = async (f: OrgFixture, meetingId: string) => (await suggestAgendaItems(f.actors.coordinator, meetingId)).suggestions;
const keys = (s: AgendaSuggestion[]) => s.map((x) => x.key).sort();
const both = (db: ReturnType<typeof testDb>["db"], f: OrgFixture, citizenId: string) =>
  consentInState(db, f, citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);

/** Noon (Danish time) of the day `n` days before today. */
const noonDaysAgo = (n: number) => new Date(startOfDanishDay(addDays(danishToday(), -n)).getTime() + 12 * HOUR);

describe("DEADLINE: overdue or due within N days (default 7)", () => {
  it("suggests overdue and due-in-7-days cases, not due-in-8 nor closed cases", async () => {
    const { db, f, meetingId } = await world();
    const mk = async (inDays: number, status: "ACTIVE" | "CLOSED" = "ACTIVE") => {
      const c = await createCase(db, f);
      await db.sickLeaveCase.update({
        where: { id: c.id },
        data: { nextDeadlineOn: addDays(danishToday(), inDays), nextDeadlineKind: "FOLLOW_UP", status },
      });
      return c.id;
    };
    const overdue = await mk(-1);
    const inside = await mk(7);
    await mk(8);
    await mk(-3, "CLOSED");
    const s = await suggest(f, meetingId);
    expect(keys(s)).toEqual([`DEADLINE:${inside}`, `DEADLINE:${overdue}`].sort());
    expect(s.find((x) => x.key === `DEADLINE:${overdue}`)).toMatchObject({ days: -1, deadlineKind: "FOLLOW_UP" });
    // Most urgent first.
    expect(s[0]!.key).toBe(`DEADLINE:${overdue}`);
  });

  it("follows the organisation's setting (3 days: due-in-3 inside, due-in-4 outside)", async () => {
    const { db, f, meetingId } = await world();
    await db.organisationSetting.create({
      data: { organisationId: f.org.id, key: "meetingDeadlineDueWithinDays", value: 3, updatedById: f.actors.admin.userId },
    });
    const ids: string[] = [];
    for (const n of [3, 4]) {
      const c = await createCase(db, f);
      await db.sickLeaveCase.update({
        where: { id: c.id },
        data: { nextDeadlineOn: addDays(danishToday(), n), nextDeadlineKind: "FOLLOW_UP" },
      });
      ids.push(c.id);
    }
    expect(keys(await suggest(f, meetingId))).toEqual([`DEADLINE:${ids[0]}`]);
  });
});

describe("REFERRAL_WAITING: more than N days since submission (default 14)", () => {
  it("suggests 15 days waiting, not 14, nor a started referral", async () => {
    const { db, f, meetingId } = await world();
    const mk = async (days: number, status: "SUBMITTED" | "WAITLISTED" | "STARTED") => {
      const r = await createReferral(db, f, { status });
      await db.referral.update({ where: { id: r.id }, data: { submittedAt: noonDaysAgo(days) } });
      return r.id;
    };
    const inside = await mk(15, "SUBMITTED");
    const waitlisted = await mk(30, "WAITLISTED");
    await mk(14, "SUBMITTED");
    await mk(40, "STARTED");
    const s = await suggest(f, meetingId);
    expect(keys(s)).toEqual([`REFERRAL_WAITING:${inside}`, `REFERRAL_WAITING:${waitlisted}`].sort());
    expect(s.find((x) => x.key === `REFERRAL_WAITING:${inside}`)!.days).toBe(15);
  });

  it("follows the organisation's setting (20 days: 21 inside, 20 outside)", async () => {
    const { db, f, meetingId } = await world();
    await db.organisationSetting.create({
      data: { organisationId: f.org.id, key: "meetingReferralWaitingDays", value: 20, updatedById: f.actors.admin.userId },
    });
    const ids: string[] = [];
    for (const n of [21, 20]) {
      const r = await createReferral(db, f, { status: "SUBMITTED" });
      await db.referral.update({ where: { id: r.id }, data: { submittedAt: noonDaysAgo(n) } });
      ids.push(r.id);
    }
    expect(keys(await suggest(f, meetingId))).toEqual([`REFERRAL_WAITING:${ids[0]}`]);
  });
});

describe("REHAB_STALLED: no progress note or goal change for N weeks (default 4)", () => {
  it("suggests a plan whose last note is 28 days old, not 27; a recent goal, achievement or goal correction counts as activity", async () => {
    const { db, f, meetingId } = await world();
    const mk = async (noteDaysAgo: number, goal?: { createdDaysAgo: number; achievedDaysAgo?: number; correctedDaysAgo?: number }) => {
      const citizen = await createCitizen(db, f.org.id);
      const plan = await createRehabPlanRow(db, f, { citizenId: citizen.id, startOn: addDays(danishToday(), -60) });
      await createProgressNoteRow(db, f, { planId: plan.id, writtenOn: addDays(danishToday(), -noteDaysAgo) });
      const created = !goal
        ? null
        : await db.rehabGoal.create({
            data: {
              planId: plan.id,
              text: "Løfte 10 kg",
              baseline: "5 kg",
              target: "10 kg",
              position: 0,
              createdAt: noonDaysAgo(goal.createdDaysAgo),
              achievedOn: goal.achievedDaysAgo === undefined ? null : addDays(danishToday(), -goal.achievedDaysAgo),
            },
          });
      // A correction of the goal's text, from the correction history (as updateGoal writes it).
      if (created && goal?.correctedDaysAgo !== undefined)
        await db.recordVersion.create({
          data: {
            organisationId: f.org.id,
            recordType: "RehabGoal",
            recordId: created.id,
            version: 2,
            action: "CORRECT",
            changes: { text: { from: "Løfte 10 kg", to: "Løfte 12 kg" } },
            changedById: f.actors.therapist.userId,
            changedAt: noonDaysAgo(goal.correctedDaysAgo),
          },
        });
      return plan.id;
    };
    const inside = await mk(28);
    const oldGoal = await mk(40, { createdDaysAgo: 50 });
    await mk(27);
    await mk(40, { createdDaysAgo: 10 });
    await mk(40, { createdDaysAgo: 50, achievedDaysAgo: 5 });
    await mk(40, { createdDaysAgo: 50, correctedDaysAgo: 27 });
    const correctedLongAgo = await mk(40, { createdDaysAgo: 50, correctedDaysAgo: 28 });
    const s = await suggest(f, meetingId);
    expect(keys(s)).toEqual([`REHAB_STALLED:${inside}`, `REHAB_STALLED:${oldGoal}`, `REHAB_STALLED:${correctedLongAgo}`].sort());
  });
});

describe("RTW_BEHIND: actual hours below planned N weeks running (default 2)", () => {
  it("suggests two recorded weeks below plan in a row, not one, nor equal to plan, nor a draft plan", async () => {
    const { db, f, meetingId } = await world();
    // Planned hours per week: 6, 12, 18 (factory).
    const mk = async (actual: (number | null)[], status: "ACTIVE" | "DRAFT" = "ACTIVE") => {
      const c = await createCase(db, f);
      const p = await createRtwPlanRow(db, f, { caseId: c.id, status });
      for (const [i, h] of actual.entries())
        await db.rtwWeek.update({ where: { planId_weekNumber: { planId: p.id, weekNumber: i + 1 } }, data: { actualHours: h } });
      return p.id;
    };
    const inside = await mk([6, 11, 17]);
    await mk([5, 12, 17]); // only the last week below
    await mk([6, 11, 18]); // equal to plan in the last week
    await mk([5, 11, null]); // weeks 1–2 below: the last two recorded weeks
    await mk([6, 11, 17], "DRAFT");
    const s = await suggest(f, meetingId);
    const behind = s.filter((x) => x.source === "RTW_BEHIND");
    expect(behind.map((x) => x.key)).toHaveLength(2);
    expect(behind.find((x) => x.key === `RTW_BEHIND:${inside}`)!.weekNumbers).toEqual([2, 3]);
    expect(behind.find((x) => x.key !== `RTW_BEHIND:${inside}`)!.weekNumbers).toEqual([1, 2]);
  });
});

describe("FLAG and naming", () => {
  it("a caseworker's and a therapist's flags become suggestions until taken up", async () => {
    const { db, f, meetingId } = await world();
    const c = await createCase(db, f);
    const citizen = await createCitizen(db, f.org.id);
    const plan = await createRehabPlanRow(db, f, { citizenId: citizen.id, startOn: danishToday() });
    const byCaseworker = await flagForConference(f.actors.caseworker, {
      caseId: c.id,
      rehabPlanId: null,
      question: "Skal vi tilbyde mentor?",
    });
    const byTherapist = await flagForConference(f.actors.therapist, {
      caseId: null,
      rehabPlanId: plan.id,
      question: "Er delvis raskmelding realistisk?",
    });
    const s = await suggest(f, meetingId);
    expect(
      s
        .filter((x) => x.source === "FLAG")
        .map((x) => x.question)
        .sort(),
    ).toEqual(["Er delvis raskmelding realistisk?", "Skal vi tilbyde mentor?"]);
    // Neither citizen has consent in both directions: anonymised, no name.
    expect(s.every((x) => x.citizenId === null && x.citizenName === null)).toBe(true);
    await addAgendaItem(f.actors.coordinator, {
      meetingId,
      citizenId: null,
      flagId: byCaseworker,
      source: "FLAG",
      question: "Skal vi tilbyde mentor?",
    });
    const after = await suggest(f, meetingId);
    expect(after.filter((x) => x.source === "FLAG").map((x) => x.flagId)).toEqual([byTherapist]);
  });

  it("names the citizen only with consent in both directions, and logs the named suggestion", async () => {
    const { db, f, meetingId } = await world();
    const mk = async (consent: "both" | "one" | "revoked") => {
      const c = await createCase(db, f);
      await db.sickLeaveCase.update({ where: { id: c.id }, data: { nextDeadlineOn: danishToday(), nextDeadlineKind: "FOLLOW_UP" } });
      if (consent === "both") await both(db, f, c.citizenId);
      if (consent === "one") await consentInState(db, f, c.citizenId, "active", ["JOBCENTER_TO_HEALTH"]);
      if (consent === "revoked") await consentInState(db, f, c.citizenId, "revoked", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
      return c;
    };
    const named = await mk("both");
    await mk("one");
    await mk("revoked");
    const s = await suggest(f, meetingId);
    expect(s).toHaveLength(3);
    expect(s.filter((x) => x.citizenId).map((x) => x.citizenId)).toEqual([named.citizenId]);
    expect(s.find((x) => x.citizenId)!.citizenName).toMatch(/^Test Borger/);
    const log = await db.accessLog.findMany({ where: { actorId: f.actors.coordinator.userId, recordType: "AgendaSuggestion" } });
    expect(log.map((l) => l.citizenId)).toEqual([named.citizenId]);
  });

  it("only the meeting's coordinator gets suggestions; leadership meetings get none", async () => {
    const { db, f, meetingId } = await world();
    const c = await createCase(db, f);
    await db.sickLeaveCase.update({ where: { id: c.id }, data: { nextDeadlineOn: danishToday(), nextDeadlineKind: "FOLLOW_UP" } });
    const other = await f.makeActor("COORDINATOR", "HEALTH_CENTER");
    for (const who of [other, f.actors.caseworker, f.actors.manager, f.actors.admin])
      await expect(suggestAgendaItems(who, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    const leadership = await createMeeting(db, f.actors.coordinator, { kind: "LEADERSHIP" });
    expect(await suggestAgendaItems(f.actors.coordinator, leadership.id)).toEqual({ suggestions: [], more: {} });
  });
});

describe("a large municipality: at most SUGGESTIONS_PER_RULE per rule, the most urgent, the rest counted", () => {
  it("shows the 15 most overdue deadlines and the 15 longest waits, counts the others, and logs only the named ones shown", async () => {
    const { db, f, meetingId } = await world();
    expect(SUGGESTIONS_PER_RULE).toBe(15);
    // Deadlines overdue by 1..17 days; the two least overdue (1 and 2 days) are left out.
    const cases: { id: string; citizenId: string; overdue: number }[] = [];
    for (let overdue = 1; overdue <= 17; overdue++) {
      const c = await createCase(db, f);
      await db.sickLeaveCase.update({
        where: { id: c.id },
        data: { nextDeadlineOn: addDays(danishToday(), -overdue), nextDeadlineKind: "FOLLOW_UP" },
      });
      cases.push({ id: c.id, citizenId: c.citizenId, overdue });
    }
    // Named (consent in both directions): one shown (17 days overdue), one left out (1 day overdue).
    await both(db, f, cases[16]!.citizenId);
    await both(db, f, cases[0]!.citizenId);
    // Referrals waiting 15..30 days (16): the shortest wait (15 days) is left out.
    const waits: { id: string; days: number }[] = [];
    for (let days = 15; days <= 30; days++) {
      const r = await createReferral(db, f, { status: "SUBMITTED" });
      await db.referral.update({ where: { id: r.id }, data: { submittedAt: noonDaysAgo(days) } });
      waits.push({ id: r.id, days });
    }
    const { suggestions, more } = await suggestAgendaItems(f.actors.coordinator, meetingId);
    const deadlines = suggestions.filter((x) => x.source === "DEADLINE");
    expect(deadlines.map((x) => x.days)).toEqual([-17, -16, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3]);
    const referrals = suggestions.filter((x) => x.source === "REFERRAL_WAITING");
    expect(referrals.map((x) => x.days)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(more).toEqual({ DEADLINE: 2, REFERRAL_WAITING: 1 });
    expect(deadlines.filter((x) => x.citizenName).map((x) => x.citizenId)).toEqual([cases[16]!.citizenId]);
    const log = await db.accessLog.findMany({ where: { actorId: f.actors.coordinator.userId, recordType: "AgendaSuggestion" } });
    expect(log.map((l) => l.citizenId)).toEqual([cases[16]!.citizenId]);
  });

  it("stalled rehab plans: the 15 longest standstills of 16, one counted", async () => {
    const { db, f, meetingId } = await world();
    for (let n = 0; n < 16; n++) {
      const citizen = await createCitizen(db, f.org.id);
      await createRehabPlanRow(db, f, { citizenId: citizen.id, startOn: addDays(danishToday(), -40 - n) });
    }
    // A plan with a progress note 3 days ago is not stalled (left out by the query).
    const busy = await createCitizen(db, f.org.id);
    const busyPlan = await createRehabPlanRow(db, f, { citizenId: busy.id, startOn: addDays(danishToday(), -100) });
    await createProgressNoteRow(db, f, { planId: busyPlan.id, writtenOn: addDays(danishToday(), -3) });
    const { suggestions, more } = await suggestAgendaItems(f.actors.coordinator, meetingId);
    const stalled = suggestions.filter((x) => x.source === "REHAB_STALLED");
    expect(stalled.map((x) => x.days)).toEqual(Array.from({ length: 15 }, (_, i) => 55 - i));
    expect(more).toEqual({ REHAB_STALLED: 1 });
  });
});
