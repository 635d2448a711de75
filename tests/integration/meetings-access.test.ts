// Meetings (issue 12, ADR 0017): consent gating and anonymisation of agenda items, the
// coordinator's window through the real use cases (before adding, while open, after closing),
// who sees which meeting and item (caseworker, therapist, manager, admin, other organisation → 404),
// minutes closed → corrections with history, employer sharing limited by the consent, tasks in
// "My tasks" and on the case timeline, weekly series.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCitizen, createOrg, type OrgFixture } from "../factories";
import { consentInState, createMeeting, createMeetingTask, danishToday, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import { addDays, instantToDanishLocal, danishLocalToInstant } from "@/lib/time";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";
import { listMeetings, MINUTES_OPEN_LIMIT, UPCOMING_LIMIT } from "@/lib/domain/meetings/list-meetings";
import { closeMinutes } from "@/lib/domain/meetings/close-minutes";
import { recordItemMinutes } from "@/lib/domain/meetings/record-item-minutes";
import { addMeetingTask } from "@/lib/domain/meetings/add-meeting-task";
import { listMyTasks } from "@/lib/domain/meetings/list-my-tasks";
import { completeTask } from "@/lib/domain/meetings/complete-task";
import { createMeeting as createMeetingUseCase } from "@/lib/domain/meetings/create-meeting";
import { moveAgendaItem } from "@/lib/domain/meetings/move-agenda-item";
import { removeAgendaItem } from "@/lib/domain/meetings/remove-agenda-item";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { getCaseTimeline } from "@/lib/domain/cases/get-case-timeline";
import { listMeetingStaff } from "@/lib/domain/meetings/list-meeting-staff";

let a: OrgFixture;
let b: OrgFixture;
let hcCoordinator: Actor;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  a = await createOrg(db, "Møder A");
  b = await createOrg(db, "Møder B");
  hcCoordinator = await a.makeActor("COORDINATOR", "HEALTH_CENTER");
});
afterAll(teardownTestDb);

const BOTH = ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"] as const;
const item = (meetingId: string, citizenId: string | null, question = "Hvad er næste skridt?") =>
  ({ meetingId, citizenId, flagId: null, source: "MANUAL", question }) as const;
const rejectsCode = async (p: Promise<unknown>, code: string) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainRuleError);
  expect((e as DomainRuleError).code).toBe(code);
};

/** A citizen both departments work with, consent in both directions, and a running conference of `coordinator`. */
async function world(
  coordinator: Actor = a.actors.coordinator,
  consent: "both" | "one" = "both",
  kind: "WEEKLY_CASE_CONFERENCE" | "ROUNDTABLE" = "WEEKLY_CASE_CONFERENCE",
) {
  const { db } = testDb();
  const w = await sharedCitizen(db, a);
  await consentInState(db, a, w.citizenId, "active", consent === "both" ? [...BOTH] : ["JOBCENTER_TO_HEALTH"]);
  const meeting = await createMeeting(db, coordinator, { startsInHours: -1, kind });
  return { ...w, meetingId: meeting.id };
}

describe("consent gating and anonymisation", () => {
  it("names a citizen only with consent in both directions; otherwise only anonymised", async () => {
    const w = await world(a.actors.coordinator, "one");
    await rejectsCode(addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId)), "meetings.errors.needsBothConsents");
    const id = await addAgendaItem(a.actors.coordinator, item(w.meetingId, null, "Borger med ventende henvisning: mentor?"));
    const { db } = testDb();
    expect(await db.meetingAgendaItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      citizenId: null,
      question: "Borger med ventende henvisning: mentor?",
    });
    const view = await getMeeting(a.actors.coordinator, w.meetingId);
    expect(view.items).toEqual([expect.objectContaining({ id, citizen: null, anonymised: true })]);
  });

  it("never names a citizen on a leadership meeting, and refuses the same citizen twice", async () => {
    const { db } = testDb();
    const w = await world();
    const leadership = await createMeeting(db, a.actors.coordinator, { kind: "LEADERSHIP" });
    await rejectsCode(addAgendaItem(a.actors.coordinator, item(leadership.id, w.citizenId)), "meetings.errors.noPersonsOnThisKind");
    await addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId));
    await rejectsCode(addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId)), "meetings.errors.alreadyOnAgenda");
  });

  it("refuses the same anonymised suggestion twice (same rule, same reason); a hand-written question may repeat", async () => {
    const w = await world();
    const suggested = {
      ...item(w.meetingId, null, "Opfølgning: Første opfølgningssamtale er overskredet med 221 dage"),
      source: "DEADLINE",
    } as const;
    await addAgendaItem(a.actors.coordinator, suggested);
    await rejectsCode(addAgendaItem(a.actors.coordinator, suggested), "meetings.errors.alreadyOnAgenda");
    // Another reason of the same rule is another item; manual questions are the coordinator's own.
    await addAgendaItem(a.actors.coordinator, {
      ...suggested,
      question: "Opfølgning: Første opfølgningssamtale er overskredet med 12 dage",
    });
    await addAgendaItem(a.actors.coordinator, item(w.meetingId, null, "Status?"));
    await addAgendaItem(a.actors.coordinator, item(w.meetingId, null, "Status?"));
  });

  it("another coordinator's meeting, another organisation's citizen: not found", async () => {
    const w = await world();
    await expect(addAgendaItem(hcCoordinator, item(w.meetingId, null))).rejects.toBeInstanceOf(NotFoundError);
    const foreign = await sharedCitizen(testDb().db, b);
    await expect(addAgendaItem(a.actors.coordinator, item(w.meetingId, foreign.citizenId))).rejects.toBeInstanceOf(NotFoundError);
    for (const who of [a.actors.caseworker, a.actors.therapist, a.actors.manager, a.actors.admin])
      await expect(addAgendaItem(who, item(w.meetingId, null))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the coordinator's window through the use cases", () => {
  it("opens when the named item is added, closes with the minutes (and with removal)", async () => {
    const w = await world(hcCoordinator);
    const sees = () =>
      getCaseForHealthCenter(hcCoordinator, w.caseId).then(
        () => true,
        (e) => (expect(e).toBeInstanceOf(NotFoundError), false),
      );
    expect(await sees()).toBe(false);
    const id = await addAgendaItem(hcCoordinator, item(w.meetingId, w.citizenId));
    expect(await sees()).toBe(true);
    const { db } = testDb();
    const created = await db.accessLog.findFirst({
      where: { actorId: hcCoordinator.userId, recordType: "MeetingAgendaItem", recordId: id },
    });
    expect(created).toMatchObject({ action: "CREATE", citizenId: w.citizenId });
    await closeMinutes(hcCoordinator, { meetingId: w.meetingId, version: 1 });
    expect(await sees()).toBe(false);
    // After closing, the minutes still list the item (the citizen's identity follows the coordinator's own department's scope).
    expect((await getMeeting(hcCoordinator, w.meetingId)).items.map((i) => i.id)).toEqual([id]);

    const w2 = await world(hcCoordinator);
    const id2 = await addAgendaItem(hcCoordinator, item(w2.meetingId, w2.citizenId));
    await removeAgendaItem(hcCoordinator, { itemId: id2, version: 1 });
    await expect(getCaseForHealthCenter(hcCoordinator, w2.caseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("who sees which meeting and item", () => {
  it("caseworker and therapist of the citizen see the item; others and other organisations get 404", async () => {
    const { db } = testDb();
    const w = await world();
    await addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId));
    for (const who of [a.actors.caseworker, a.actors.therapist]) {
      const v = await getMeeting(who, w.meetingId);
      expect(v.canEdit).toBe(false);
      expect(v.items.map((i) => i.citizen?.id)).toEqual([w.citizenId]);
    }
    // A therapist/visitator of the health center... a colleague of the same department works with the citizen too;
    // a meeting about a citizen nobody in the health center works with is out of reach for the therapist.
    const jcOnly = await createCitizen(db, a.org.id);
    await consentInState(db, a, jcOnly.id, "active", [...BOTH]);
    await db.sickLeaveCase.create({
      data: {
        organisationId: a.org.id,
        departmentId: a.jobcenter.id,
        citizenId: jcOnly.id,
        caseworkerId: a.actors.caseworker.userId,
        firstAbsenceDay: addDays(danishToday(), -30),
        diagnosisGroup: "MENTAL",
      },
    });
    const m2 = await createMeeting(db, a.actors.coordinator, { startsInHours: 24 });
    await addAgendaItem(a.actors.coordinator, item(m2.id, jcOnly.id));
    await expect(getMeeting(a.actors.therapist, m2.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getMeeting(a.actors.caseworker, m2.id)).items).toHaveLength(1);
    for (const who of [a.actors.manager, a.actors.admin, b.actors.caseworker, b.actors.coordinator, b.actors.therapist])
      await expect(getMeeting(who, w.meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a manager sees leadership and board meetings with their unnamed items, never a conference", async () => {
    const { db } = testDb();
    const leadership = await createMeeting(db, a.actors.coordinator, { kind: "LEADERSHIP" });
    const board = await createMeeting(db, a.actors.coordinator, { kind: "BOARD_MONTHLY" });
    await addAgendaItem(a.actors.coordinator, item(leadership.id, null, "Ventetider på rygforløb"));
    const v = await getMeeting(a.actors.manager, leadership.id);
    expect(v.items.map((i) => i.question)).toEqual(["Ventetider på rygforløb"]);
    expect((await getMeeting(a.actors.manager, board.id)).boardPackMonth).toMatch(/^\d{4}-\d{2}$/);
    const listed = (await listMeetings(a.actors.manager)).rows.map((m) => m.kind);
    expect(new Set(listed)).toEqual(new Set(["LEADERSHIP", "BOARD_MONTHLY"]));
    // A person-level item is never shown to a manager, even on a leadership meeting (written directly: the use case refuses it).
    const c = await sharedCitizen(db, a);
    await db.meetingAgendaItem.create({ data: { meetingId: leadership.id, citizenId: c.citizenId, position: 9, question: "x" } });
    expect((await getMeeting(a.actors.manager, leadership.id)).items).toHaveLength(1);
    await expect(listMeetings(a.actors.admin)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("upcoming meetings (small8 item 5)", () => {
  it("a meeting whose minutes are closed is held, also while still within its duration; upcoming is open and not yet over", async () => {
    const { db } = testDb();
    const co = await a.makeActor("COORDINATOR", "JOBCENTER");
    const later = await createMeeting(db, co, { startsInHours: 48 });
    // Began ten minutes ago, planned for an hour: under way.
    const underWay = await createMeeting(db, co, { startsInHours: -1 / 6 });
    // Began ten minutes ago, minutes closed at once (through the use case): held, although its hour is not over.
    const closedEarly = await createMeeting(db, co, { startsInHours: -1 / 6 });
    await closeMinutes(co, { meetingId: closedEarly.id, version: 1 });
    // Began three hours ago (an hour long), minutes still open: over, not upcoming.
    const over = await createMeeting(db, co, { startsInHours: -3 });
    const rows = (await listMeetings(co)).rows.filter((m) => m.mine);
    const phase = (id: string) => rows.find((m) => m.id === id)?.phase;
    expect([later, underWay, closedEarly, over].map((m) => phase(m.id))).toEqual(["UPCOMING", "UPCOMING", "HELD", "MINUTES_OPEN"]);
    expect(rows.filter((m) => m.phase === "UPCOMING").map((m) => m.id)).toEqual([underWay.id, later.id]);
  });
});

describe("the list's limits (fix10 item 6)", () => {
  it("old never-closed meetings do not push upcoming ones out: each phase has its own limit, and a cut is said", async () => {
    const { db } = testDb();
    const org = await createOrg(db, "Møder uden lukkede referater");
    const co = org.actors.coordinator;
    const HOUR = 3_600_000;
    const base = {
      organisationId: co.organisationId,
      kind: "WEEKLY_CASE_CONFERENCE" as const,
      coordinatorId: co.userId,
      createdById: co.userId,
    };
    // More old meetings with open minutes than the limit, a year ago and older.
    await db.meeting.createMany({
      data: Array.from({ length: MINUTES_OPEN_LIMIT + 5 }, (_, i) => ({ ...base, startsAt: new Date(Date.now() - (365 * 24 + i) * HOUR) })),
    });
    const recentOver = await createMeeting(db, co, { startsInHours: -3 });
    const next = await createMeeting(db, co, { startsInHours: 24 });
    const inAMonth = await createMeeting(db, co, { startsInHours: 30 * 24 });

    const { rows, cut } = await listMeetings(co);
    const upcoming = rows.filter((m) => m.phase === "UPCOMING").map((m) => m.id);
    const over = rows.filter((m) => m.phase === "MINUTES_OPEN");
    expect(upcoming).toEqual([next.id, inAMonth.id]);
    expect(over).toHaveLength(MINUTES_OPEN_LIMIT);
    // The most recent first: the one of three hours ago is listed, the oldest ones are cut.
    expect(over.map((m) => m.id)).toContain(recentOver.id);
    expect(cut).toEqual({ upcoming: false, minutesOpen: true });

    // A long series: upcoming ones are cut at their limit, soonest first.
    await db.meeting.createMany({
      data: Array.from({ length: UPCOMING_LIMIT }, (_, i) => ({
        ...base,
        startsAt: new Date(Date.now() + (48 + 24 * 7 * (i + 1)) * HOUR),
      })),
    });
    const after = await listMeetings(co);
    const soon = after.rows.filter((m) => m.phase === "UPCOMING");
    expect(soon).toHaveLength(UPCOMING_LIMIT);
    expect(soon.slice(0, 1).map((m) => m.id)).toEqual([next.id]);
    expect(soon.map((m) => m.id)).toContain(inAMonth.id);
    expect(after.cut).toEqual({ upcoming: true, minutesOpen: true });
    expect(after.rows.filter((m) => m.phase === "MINUTES_OPEN").map((m) => m.id)).toContain(recentOver.id);
  });
});

describe("the coordinator's own meetings (fix13 item 2)", () => {
  it("picked out in the query before the limit: other coordinators' sooner meetings do not push them out", async () => {
    const { db } = testDb();
    const org = await createOrg(db, "Mange møder");
    const co = org.actors.coordinator;
    const other = await org.makeActor("COORDINATOR", "HEALTH_CENTER");
    const HOUR = 3_600_000;
    // More upcoming meetings of another coordinator than the limit, all sooner than the actor's own, and more over
    // ones with open minutes, all more recent than the actor's.
    await db.meeting.createMany({
      data: Array.from({ length: UPCOMING_LIMIT + 5 }, (_, i) => ({
        organisationId: co.organisationId,
        kind: "WEEKLY_CASE_CONFERENCE" as const,
        coordinatorId: other.userId,
        createdById: other.userId,
        startsAt: new Date(Date.now() + (2 + i) * HOUR),
      })),
    });
    await db.meeting.createMany({
      data: Array.from({ length: MINUTES_OPEN_LIMIT + 5 }, (_, i) => ({
        organisationId: co.organisationId,
        kind: "WEEKLY_CASE_CONFERENCE" as const,
        coordinatorId: other.userId,
        createdById: other.userId,
        startsAt: new Date(Date.now() - (3 + i) * HOUR),
      })),
    });
    const mineSoon = await createMeeting(db, co, { startsInHours: 24 * 30 });
    const mineLater = await createMeeting(db, co, { startsInHours: 24 * 60 });
    const mineOver = await createMeeting(db, co, { startsInHours: -24 * 30 });

    // The organisation's list (/meetings) is cut, and the actor's meetings are beyond its limits.
    const all = await listMeetings(co);
    expect(all.cut).toEqual({ upcoming: true, minutesOpen: true });
    expect(all.rows.filter((m) => m.mine)).toEqual([]);

    // The coordinator's page reads the actor's own: all there, nothing cut.
    const own = await listMeetings(co, { mine: true });
    expect(own.rows.map((m) => [m.id, m.phase])).toEqual([
      [mineOver.id, "MINUTES_OPEN"],
      [mineSoon.id, "UPCOMING"],
      [mineLater.id, "UPCOMING"],
    ]);
    expect(own.rows.every((m) => m.mine)).toBe(true);
    expect(own.cut).toEqual({ upcoming: false, minutesOpen: false });
    expect(own.limits).toEqual({ upcoming: UPCOMING_LIMIT, minutesOpen: MINUTES_OPEN_LIMIT });

    // The cut note speaks of the actor's own meetings: with a lower limit, the soonest of them and a cut.
    const cutOwn = await listMeetings(co, { mine: true, limits: { upcoming: 1, minutesOpen: 1 } });
    expect(cutOwn.rows.map((m) => m.id)).toEqual([mineOver.id, mineSoon.id]);
    expect(cutOwn.cut).toEqual({ upcoming: true, minutesOpen: false });
    expect(cutOwn.limits).toEqual({ upcoming: 1, minutesOpen: 1 });
  });
});

describe("minutes, tasks and the timeline", () => {
  it("records a decision with a task for the therapist, who completes it from My tasks; the timeline shows it", async () => {
    const w = await world();
    const itemId = await addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId));
    await recordItemMinutes(a.actors.coordinator, {
      itemId,
      version: 1,
      notes: "Drøftet",
      decision: "Øget træning",
      employerShare: [],
      reason: null,
    });
    const due = addDays(danishToday(), 7);
    const taskId = await addMeetingTask(a.actors.coordinator, {
      itemId,
      party: "STAFF",
      assigneeId: a.actors.therapist.userId,
      assigneeText: null,
      description: "Revurdér træningsplanen",
      dueOn: due,
    });
    await addMeetingTask(a.actors.coordinator, {
      itemId,
      party: "EMPLOYER",
      assigneeId: null,
      assigneeText: "Lone Berg",
      description: "Skånejob afklares",
      dueOn: due,
    });
    // Overdue first: an older task due yesterday (written directly; the use case refuses a past due day).
    const { db } = testDb();
    const overdue = await createMeetingTask(
      db,
      { id: itemId, citizenId: w.citizenId },
      { organisationId: a.org.id, assigneeId: a.actors.therapist.userId, createdById: a.actors.coordinator.userId },
      { description: "Gammel opgave", dueOn: addDays(danishToday(), -1) },
    );
    const mine = await listMyTasks(a.actors.therapist);
    expect(mine.filter((t) => !t.completedAt).map((t) => [t.id, t.overdue])).toEqual([
      [overdue.id, true],
      [taskId, false],
    ]);
    expect(mine[0]!.citizen?.id).toBe(w.citizenId);
    await expect(completeTask(a.actors.visitator, { taskId, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(completeTask(b.actors.therapist, { taskId, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await completeTask(a.actors.therapist, { taskId, version: 1 });
    expect(await db.meetingTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ completedById: a.actors.therapist.userId });
    await rejectsCode(completeTask(a.actors.therapist, { taskId, version: 2 }), "meetings.errors.taskDone");
    const timeline = await getCaseTimeline(a.actors.caseworker, w.caseId);
    const entry = timeline.entries.find((e) => e.id === taskId);
    expect(entry).toMatchObject({ kind: "MEETING_TASK", description: "Revurdér træningsplanen", completedByName: a.actors.therapist.name });
    expect(timeline.entries.some((e) => e.kind === "MEETING_TASK" && e.description === "Skånejob afklares")).toBe(true);
  });

  it("closed minutes are read-only; a correction needs a reason and is kept in the history", async () => {
    const w = await world();
    const itemId = await addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId));
    await closeMinutes(a.actors.coordinator, { meetingId: w.meetingId, version: 1 });
    await rejectsCode(
      recordItemMinutes(a.actors.coordinator, { itemId, version: 1, notes: "x", decision: null, employerShare: [], reason: null }),
      "meetings.errors.correctionNeedsReason",
    );
    await rejectsCode(
      addMeetingTask(a.actors.coordinator, {
        itemId,
        party: "GP",
        assigneeId: null,
        assigneeText: "Egen læge",
        description: "x",
        dueOn: danishToday(),
      }),
      "meetings.errors.minutesClosed",
    );
    await rejectsCode(addAgendaItem(a.actors.coordinator, item(w.meetingId, null)), "meetings.errors.minutesClosed");
    await rejectsCode(closeMinutes(a.actors.coordinator, { meetingId: w.meetingId, version: 2 }), "meetings.errors.minutesClosed");
    await recordItemMinutes(a.actors.coordinator, {
      itemId,
      version: 1,
      notes: null,
      decision: "Rettet beslutning",
      employerShare: [],
      reason: "Stavefejl i beslutningen",
    });
    const { db } = testDb();
    const h = await db.recordVersion.findFirstOrThrow({ where: { recordType: "MeetingAgendaItem", recordId: itemId } });
    expect(h).toMatchObject({ action: "CORRECT", reason: "Stavefejl i beslutningen" });
    expect(h.changes).toMatchObject({ decision: { from: null, to: "Rettet beslutning" } });
  });

  it("roundtable: employer sharing only within the SHARE_WITH_EMPLOYER consent's topics", async () => {
    const { db } = testDb();
    const w = await world(a.actors.coordinator, "both", "ROUNDTABLE");
    const itemId = await addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId));
    const minutes = (employerShare: string[], version: number) =>
      recordItemMinutes(a.actors.coordinator, { itemId, version, notes: null, decision: null, employerShare, reason: null });
    await rejectsCode(minutes(["Arbejdstider"], 1), "meetings.errors.noEmployerConsent");
    await consentInState(db, a, w.citizenId, "active", ["SHARE_WITH_EMPLOYER"]); // "Arbejdstider og skånehensyn"
    expect((await getMeeting(a.actors.coordinator, w.meetingId)).items[0]!.employerTopics).toEqual(["Arbejdstider", "skånehensyn"]);
    await rejectsCode(minutes(["Arbejdstider", "Diagnose"], 1), "meetings.errors.beyondEmployerConsent");
    expect(await minutes(["Arbejdstider"], 1)).toBe(2);
    const conf = await world();
    const confItem = await addAgendaItem(a.actors.coordinator, item(conf.meetingId, conf.citizenId));
    await rejectsCode(
      recordItemMinutes(a.actors.coordinator, {
        itemId: confItem,
        version: 1,
        notes: null,
        decision: null,
        employerShare: ["Arbejdstider"],
        reason: null,
      }),
      "meetings.errors.employerShareRoundtableOnly",
    );
  });

  it("orders and removes items", async () => {
    const w = await world();
    const first = await addAgendaItem(a.actors.coordinator, item(w.meetingId, null, "Første"));
    const second = await addAgendaItem(a.actors.coordinator, item(w.meetingId, null, "Andet"));
    await moveAgendaItem(a.actors.coordinator, { itemId: second, direction: "UP" });
    expect((await getMeeting(a.actors.coordinator, w.meetingId)).items.map((i) => i.id)).toEqual([second, first]);
    await removeAgendaItem(a.actors.coordinator, { itemId: second, version: 1 });
    expect((await getMeeting(a.actors.coordinator, w.meetingId)).items.map((i) => i.id)).toEqual([first]);
    await expect(moveAgendaItem(hcCoordinator, { itemId: first, direction: "DOWN" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("weekly series", () => {
  it("creates N meetings a week apart at the same Danish wall-clock time", async () => {
    const start = addDays(danishToday(), 3);
    const startsAt = danishLocalToInstant(`${start.toISOString().slice(0, 10)}T09:00`);
    const r = await createMeetingUseCase(a.actors.coordinator, {
      kind: "WEEKLY_CASE_CONFERENCE",
      title: "Sagskonference",
      startsAt,
      durationMinutes: 60,
      place: "Mødelokale 2",
      videoLink: null,
      participantIds: [a.actors.caseworker.userId, a.actors.therapist.userId],
      externalParticipants: [],
      weeks: 10,
    });
    expect(r.ids).toHaveLength(10);
    const { db } = testDb();
    const rows = await db.meeting.findMany({ where: { id: { in: r.ids } }, orderBy: { startsAt: "asc" }, include: { participants: true } });
    expect(rows.every((m) => m.seriesId === r.seriesId && m.participants.length === 2)).toBe(true);
    expect(rows.map((m) => instantToDanishLocal(m.startsAt).slice(11))).toEqual(Array(10).fill("09:00"));
    expect(rows.map((m) => instantToDanishLocal(m.startsAt).slice(0, 10))).toEqual(
      rows.map((_, i) =>
        addDays(start, 7 * i)
          .toISOString()
          .slice(0, 10),
      ),
    );
    await rejectsCode(
      createMeetingUseCase(a.actors.coordinator, {
        kind: "WEEKLY_CASE_CONFERENCE",
        title: "x",
        startsAt: new Date(Date.now() - 60_000),
        durationMinutes: 60,
        place: "x",
        videoLink: null,
        participantIds: [],
        externalParticipants: [],
        weeks: 1,
      }),
      "meetings.errors.startsInPast",
    );
    await rejectsCode(
      createMeetingUseCase(a.actors.coordinator, {
        kind: "ROUNDTABLE",
        title: "x",
        startsAt,
        durationMinutes: 60,
        place: "x",
        videoLink: null,
        participantIds: [b.actors.caseworker.userId],
        externalParticipants: [],
        weeks: 1,
      }),
      "meetings.errors.unknownParticipant",
    );
  });
});

describe("who can be invited and given an action item (walk7 item 5)", () => {
  it("administrators are never offered nor accepted as participants; action items go only to staff who work with citizens", async () => {
    const w = await world();
    const staff = (await listMeetingStaff(a.actors.coordinator)).map((u) => u.id);
    expect(staff).toContain(a.actors.caseworker.userId);
    expect(staff).toContain(a.actors.manager.userId);
    expect(staff).not.toContain(a.actors.admin.userId);
    await rejectsCode(
      createMeetingUseCase(a.actors.coordinator, {
        kind: "LEADERSHIP",
        title: "Ledermøde",
        startsAt: new Date(Date.now() + 86_400_000),
        durationMinutes: 60,
        place: "Mødelokale 1",
        videoLink: null,
        participantIds: [a.actors.manager.userId, a.actors.admin.userId],
        externalParticipants: [],
        weeks: 1,
      }),
      "meetings.errors.unknownParticipant",
    );
    // A caseworker without a department (not yet placed) would never see the task (seesPersons): not offered either.
    const unplaced = await testDb().db.user.create({
      data: {
        organisationId: a.org.id,
        departmentId: null,
        email: `unplaced-${Date.now()}@test.dk`,
        name: "Uden afdeling",
        role: "CASEWORKER",
      },
    });
    const meeting = await getMeeting(a.actors.coordinator, w.meetingId);
    const assignable = meeting.staff.map((u) => u.id);
    expect(assignable).toContain(a.actors.therapist.userId);
    expect(assignable).not.toContain(a.actors.admin.userId);
    expect(assignable).not.toContain(a.actors.manager.userId);
    expect(assignable).not.toContain(unplaced.id);
    const itemId = await addAgendaItem(a.actors.coordinator, item(w.meetingId, w.citizenId));
    for (const who of [a.actors.admin, a.actors.manager, { userId: unplaced.id }])
      await expect(
        addMeetingTask(a.actors.coordinator, {
          itemId,
          party: "STAFF",
          assigneeId: who.userId,
          assigneeText: null,
          description: "Følg op",
          dueOn: addDays(danishToday(), 3),
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
  });
});
