// Bad input to the meeting forms never writes (issue 12): ≥ 100 generated invalid inputs per
// action through the real server action (schema → use case), each refused without
// "errors.unexpected", a corrupted field's error next to that field, and the database unchanged.
// Inputs are only ever invalid: a corrupted field, a cross-field contradiction, or a well-formed
// request the rules or the policy refuse (closed minutes, missing consent, stale version, a
// foreign or someone else's record, a role without the capability).
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { corrupted, expectActionRefusesAll, type ActionAttempt, type FormAction, toFormData } from "./support/invalid-input";
import { createOrg, type OrgFixture } from "../factories";
import { consentInState, createMeeting, createMeetingTask, dayFromToday, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import { instantToDanishLocal } from "@/lib/time";
import { badUnicodeText } from "../factories/unicode";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const actions = await import("@/app/(app)/meetings/actions");

const RUNS = 110;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let a: OrgFixture;
let b: OrgFixture;
let otherCoordinator: Actor;
const fx = {} as Record<
  | "citizenId"
  | "oneWayCitizenId"
  | "foreignCitizenId"
  | "meetingId"
  | "futureMeetingId"
  | "closedMeetingId"
  | "leadershipId"
  | "itemId"
  | "closedItemId"
  | "taskId"
  | "doneTaskId"
  | "caseId"
  | "planId"
  | "foreignCaseId",
  string
>;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  a = await createOrg(db, "Mødefejl A");
  b = await createOrg(db, "Mødefejl B");
  otherCoordinator = await a.makeActor("COORDINATOR", "HEALTH_CENTER");
  const co = a.actors.coordinator;
  const w = await sharedCitizen(db, a);
  await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
  const oneWay = await sharedCitizen(db, a);
  await consentInState(db, a, oneWay.citizenId, "active", ["JOBCENTER_TO_HEALTH"]);
  const foreign = await sharedCitizen(db, b);
  const meeting = await createMeeting(db, co, { startsInHours: -1 });
  const future = await createMeeting(db, co, { startsInHours: 48 });
  const closed = await createMeeting(db, co, { startsInHours: -30 });
  const leadership = await createMeeting(db, co, { kind: "LEADERSHIP" });
  const item = await db.meetingAgendaItem.create({
    data: { meetingId: meeting.id, citizenId: w.citizenId, position: 0, question: "Næste skridt?" },
  });
  const closedItem = await db.meetingAgendaItem.create({
    data: { meetingId: closed.id, citizenId: w.citizenId, position: 0, question: "Status?" },
  });
  await db.meeting.update({ where: { id: closed.id }, data: { minutesClosedAt: new Date(), version: 2 } });
  const task = (completed: boolean) =>
    createMeetingTask(
      db,
      item,
      { organisationId: a.org.id, assigneeId: a.actors.therapist.userId, createdById: co.userId },
      { description: "Revurdér planen", completed },
    );
  Object.assign(fx, {
    citizenId: w.citizenId,
    oneWayCitizenId: oneWay.citizenId,
    foreignCitizenId: foreign.citizenId,
    meetingId: meeting.id,
    futureMeetingId: future.id,
    closedMeetingId: closed.id,
    leadershipId: leadership.id,
    itemId: item.id,
    closedItemId: closedItem.id,
    taskId: (await task(false)).id,
    doneTaskId: (await task(true)).id,
    caseId: w.caseId,
    planId: w.planId,
    foreignCaseId: foreign.caseId,
  });
});
afterAll(teardownTestDb);

/** Never a valid id, never empty (an empty optional id is valid: "none"). */
const badId = fc.oneof(
  fc.constantFrom("123", "not-an-id", "00000000-0000-4000-8000-00000000000"),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "" && !GUID.test(s.trim())),
);
const badRequiredId = fc.oneof(badId, fc.constantFrom("", undefined));
const badVersion = fc.constantFrom("0", "-1", "abc", "1.5", "", "1e12", undefined);
const badDay = fc.constantFrom("", "2026-02-30", "30-01-2026", "abc", "2026-13-01", "1899-12-31", undefined);
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 100 }).map((n) => "x".repeat(n));
/** Text a text field must refuse: too long, or with control, direction-override or only invisible characters (issue 8 item 4). */
const badText = (max: number) => fc.oneof(tooLong(max), badUnicodeText(max));
const emptyText = fc.constantFrom("", "   ", undefined);

type Attempt = ActionAttempt;

const attempt = (who: Actor, input: Record<string, unknown>, fields: string[] = []): Attempt => ({ who, input, fields });

/** Runs every attempt through `action` as its actor (support/invalid-input.ts). */
const assertAllRefused = (action: FormAction, attempts: fc.Arbitrary<Attempt>) =>
  expectActionRefusesAll(action, attempts, { runs: RUNS, signInAs: (who) => (actor = who), toFormData });

const mix = (fieldBad: fc.Arbitrary<Attempt>, refused: fc.Arbitrary<Attempt>) =>
  fc.oneof({ arbitrary: fieldBad, weight: 6 }, { arbitrary: refused, weight: 4 });
const co = () => a.actors.coordinator;
const strangers = () => [a.actors.caseworker, a.actors.therapist, a.actors.manager, a.actors.admin, b.actors.coordinator];

describe("meeting forms: invalid input writes nothing", () => {
  it("creating a meeting", async () => {
    const future = instantToDanishLocal(new Date(Date.now() + 3 * 86_400_000));
    const base = () => ({
      kind: "WEEKLY_CASE_CONFERENCE",
      title: "Sagskonference",
      startsAt: future,
      durationMinutes: "60",
      place: "Lokale 2",
      videoLink: "",
      externalParticipants: "",
      weeks: "1",
    });
    const fieldBad = corrupted(
      base,
      {
        kind: fc.constantFrom("", "MEETING", "weekly", undefined),
        title: fc.oneof(emptyText, badText(200)),
        startsAt: fc.constantFrom("", "2026-02-30T09:00", "abc", "2026-12-01 09:00", "2026-12-01T24:00", undefined),
        durationMinutes: fc.constantFrom("0", "14", "481", "abc", "1.5", ""),
        videoLink: fc.constantFrom("http://meet.example", "not a url", "ftp://x.dk"),
        weeks: fc.constantFrom("0", "27", "x", ""),
        participantIds: fc.array(badId, { minLength: 1, maxLength: 3 }),
      },
      co,
    );
    const refused = fc.constantFrom(
      attempt(co(), { ...base(), place: "", videoLink: "" }, ["place"]),
      attempt(co(), { ...base(), kind: "ROUNDTABLE", weeks: "3" }, ["weeks"]),
      attempt(co(), { ...base(), startsAt: instantToDanishLocal(new Date(Date.now() - 86_400_000)) }, ["startsAt"]),
      attempt(co(), { ...base(), participantIds: [b.actors.caseworker.userId] }, ["participantIds"]),
      attempt(co(), { ...base(), participantIds: [randomUUID()] }, ["participantIds"]),
      ...strangers()
        .slice(0, 4)
        .map((who) => attempt(who, base())),
    );
    await assertAllRefused(actions.createMeetingAction, mix(fieldBad, refused));
  }, 180_000);

  it("adding an agenda item", async () => {
    const base = () => ({ meetingId: fx.meetingId, citizenId: "", flagId: "", source: "MANUAL", question: "Hvad nu?" });
    const fieldBad = corrupted(
      base,
      {
        meetingId: badRequiredId,
        citizenId: badId,
        flagId: badId,
        source: fc.constantFrom("", "OTHER", "manual", undefined),
        question: fc.oneof(emptyText, badText(1000)),
      },
      co,
    );
    const refused = fc.constantFrom(
      attempt(co(), { ...base(), citizenId: fx.oneWayCitizenId }, ["citizenId"]),
      attempt(co(), { ...base(), citizenId: fx.citizenId }, ["citizenId"]), // already on the agenda
      attempt(co(), { ...base(), meetingId: fx.leadershipId, citizenId: fx.citizenId }, ["citizenId"]),
      attempt(co(), { ...base(), meetingId: fx.closedMeetingId }),
      attempt(co(), { ...base(), meetingId: randomUUID() }),
      attempt(co(), { ...base(), flagId: randomUUID() }),
      attempt(co(), { ...base(), meetingId: fx.futureMeetingId, citizenId: fx.foreignCitizenId }),
      attempt(otherCoordinator, base()),
      ...strangers().map((who) => attempt(who, base())),
    );
    await assertAllRefused(actions.addAgendaItemAction, mix(fieldBad, refused));
  }, 180_000);

  it("moving and removing an item", async () => {
    const move = () => ({ itemId: fx.itemId, direction: "DOWN" });
    await assertAllRefused(
      actions.moveAgendaItemAction,
      mix(
        corrupted(move, { itemId: badRequiredId, direction: fc.constantFrom("", "LEFT", "up", undefined) }, co),
        fc.constantFrom(
          attempt(co(), { ...move(), itemId: fx.closedItemId }),
          attempt(co(), { ...move(), itemId: randomUUID() }),
          attempt(otherCoordinator, move()),
          ...strangers().map((who) => attempt(who, move())),
        ),
      ),
    );
    const remove = () => ({ itemId: fx.itemId, version: "1" });
    await assertAllRefused(
      actions.removeAgendaItemAction,
      mix(
        corrupted(remove, { itemId: badRequiredId, version: badVersion }, co),
        fc.constantFrom(
          attempt(co(), { ...remove(), version: "2" }),
          attempt(co(), { itemId: fx.closedItemId, version: "1" }),
          attempt(otherCoordinator, remove()),
          ...strangers().map((who) => attempt(who, remove())),
        ),
      ),
    );
  }, 240_000);

  it("recording an item's minutes", async () => {
    const base = () => ({ itemId: fx.itemId, version: "1", notes: "Drøftet", decision: "Fortsæt", reason: "" });
    const fieldBad = corrupted(
      base,
      {
        itemId: badRequiredId,
        version: badVersion,
        notes: badText(5000),
        decision: badText(2000),
        employerShare: fc.constantFrom([""], ["   "], ["x".repeat(201)]),
        reason: badText(1000),
      },
      co,
    );
    const refused = fc.constantFrom(
      attempt(co(), { ...base(), itemId: fx.closedItemId }, ["reason"]),
      attempt(co(), { ...base(), employerShare: ["Arbejdstider"] }, ["employerShare"]),
      attempt(co(), { ...base(), version: "3" }),
      attempt(otherCoordinator, base()),
      ...strangers().map((who) => attempt(who, base())),
    );
    await assertAllRefused(actions.recordItemMinutesAction, mix(fieldBad, refused));
  }, 180_000);

  it("adding an action item", async () => {
    const base = () => ({
      itemId: fx.itemId,
      party: "STAFF",
      assigneeId: a.actors.therapist.userId,
      assigneeText: "",
      description: "Ring til arbejdsgiver",
      dueOn: dayFromToday(7),
    });
    const fieldBad = corrupted(
      base,
      {
        itemId: badRequiredId,
        party: fc.constantFrom("", "BOSS", "staff", undefined),
        assigneeId: badId,
        description: fc.oneof(emptyText, badText(1000)),
        dueOn: badDay,
      },
      co,
    );
    const refused = fc.constantFrom(
      attempt(co(), { ...base(), assigneeId: "" }, ["assigneeId"]),
      attempt(co(), { ...base(), party: "GP", assigneeId: "" }, ["assigneeText"]),
      attempt(co(), { ...base(), dueOn: dayFromToday(-1) }, ["dueOn"]),
      attempt(co(), { ...base(), itemId: fx.closedItemId }),
      attempt(co(), { ...base(), assigneeId: b.actors.therapist.userId }),
      attempt(otherCoordinator, base()),
      ...strangers().map((who) => attempt(who, base())),
    );
    await assertAllRefused(actions.addMeetingTaskAction, mix(fieldBad, refused));
  }, 180_000);

  it("closing the minutes", async () => {
    const base = () => ({ meetingId: fx.meetingId, version: "1" });
    const refused = fc.constantFrom(
      attempt(co(), { meetingId: fx.closedMeetingId, version: "2" }),
      attempt(co(), { meetingId: fx.futureMeetingId, version: "1" }),
      attempt(co(), { ...base(), version: "2" }),
      attempt(otherCoordinator, base()),
      ...strangers().map((who) => attempt(who, base())),
    );
    await assertAllRefused(
      actions.closeMinutesAction,
      mix(corrupted(base, { meetingId: badRequiredId, version: badVersion }, co), refused),
    );
  }, 180_000);

  it("completing a task", async () => {
    const th = () => a.actors.therapist;
    const base = () => ({ taskId: fx.taskId, version: "1" });
    const refused = fc.constantFrom(
      attempt(th(), { taskId: fx.doneTaskId, version: "2" }),
      attempt(th(), { ...base(), version: "2" }),
      attempt(a.actors.caseworker, base()),
      attempt(a.actors.visitator, base()),
      attempt(otherCoordinator, base()),
      attempt(a.actors.manager, base()),
      attempt(a.actors.admin, base()),
      attempt(b.actors.therapist, base()),
    );
    await assertAllRefused(actions.completeTaskAction, mix(corrupted(base, { taskId: badRequiredId, version: badVersion }, th), refused));
  }, 180_000);

  it("flagging for the case conference", async () => {
    const cw = () => a.actors.caseworker;
    const base = () => ({ caseId: fx.caseId, rehabPlanId: "", question: "Skal vi tilbyde mentor?" });
    const fieldBad = corrupted(base, { caseId: badId, rehabPlanId: badId, question: fc.oneof(emptyText, badText(1000)) }, cw);
    const refused = fc.constantFrom(
      attempt(cw(), { ...base(), caseId: "" }, ["question"]),
      attempt(cw(), { ...base(), rehabPlanId: fx.planId }, ["question"]),
      attempt(cw(), { ...base(), caseId: fx.foreignCaseId }),
      attempt(cw(), { ...base(), caseId: randomUUID() }),
      attempt(cw(), { caseId: "", rehabPlanId: fx.planId, question: "x" }),
      attempt(a.actors.therapist, base()),
      ...[a.actors.coordinator, a.actors.manager, a.actors.admin, a.actors.visitator, b.actors.caseworker].map((who) =>
        attempt(who, base()),
      ),
    );
    await assertAllRefused(actions.flagForConferenceAction, mix(fieldBad, refused));
  }, 180_000);
});
