// A named agenda item after the citizen's consent is revoked (fix15 item 2, ADR 0017 addendum
// "consent revoked"): while the minutes are open it is shown to everyone without the citizen, the
// question, minutes and action items' text (the coordinator sees the mark and can take it off);
// nothing more is written under it; the coordinator's window closes; "My tasks" names the citizen
// only by the assignee's own scope; no VIEW row of the citizen for whoever was not shown them.
// Closed minutes keep what was shared while the consent held.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories";
import { consentInState, createMeeting, danishToday, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import { ZRevokeConsent } from "@/lib/validation/consents";
import { revokeConsent } from "@/lib/domain/consents/revoke-consent";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";
import { recordItemMinutes } from "@/lib/domain/meetings/record-item-minutes";
import { addMeetingTask } from "@/lib/domain/meetings/add-meeting-task";
import { listMyTasks } from "@/lib/domain/meetings/list-my-tasks";
import { removeAgendaItem } from "@/lib/domain/meetings/remove-agenda-item";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { NotFoundError } from "@/lib/domain/errors";
import { addDays } from "@/lib/time";

let a: OrgFixture;
let hcCoordinator: Actor;
const BOTH = ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"] as const;
const QUESTION = "Jobcenteret spørger: mentorordning før delvis raskmelding?";
const NOTES = "Jobcenteret oplyser, at arbejdsgiveren er positiv.";

beforeAll(async () => {
  await setupTestDb();
  a = await setupOrg();
  hcCoordinator = await a.makeActor("COORDINATOR", "HEALTH_CENTER");
});
afterAll(teardownTestDb);

async function setupOrg() {
  return createOrg(testDb().db, "Samtykke ophørt A");
}

/** A citizen on the agenda of an open joint meeting with consent both ways, minutes and a task for `assignee`; then the consent is revoked. */
async function namedItemThenRevoked(
  citizenId: string,
  assignee: Actor,
  over: { closeFirst?: boolean; co?: Actor; beforeRevoke?: () => Promise<void> } = {},
) {
  const { db } = testDb();
  const co = over.co ?? a.actors.coordinator;
  const consent = await consentInState(db, a, citizenId, "active", [...BOTH]);
  const meeting = await createMeeting(db, co, { startsInHours: -1 });
  const itemId = await addAgendaItem(co, { meetingId: meeting.id, citizenId, flagId: null, source: "MANUAL", question: QUESTION });
  const version = await recordItemMinutes(co, { itemId, version: 1, notes: NOTES, decision: null, employerShare: [], reason: null });
  const taskId = await addMeetingTask(co, {
    itemId,
    party: "STAFF",
    assigneeId: assignee.userId,
    assigneeText: null,
    description: "Kontakt mentorkorpset",
    dueOn: addDays(danishToday(), 3),
  });
  if (over.closeFirst)
    await db.meeting.update({ where: { id: meeting.id }, data: { minutesClosedAt: new Date(), version: { increment: 1 } } });
  await over.beforeRevoke?.();
  await revokeConsent(a.actors.caseworker, ZRevokeConsent.parse({ citizenId, consentId: consent!.id, version: "1", reason: "" }));
  return { meetingId: meeting.id, itemId, version, taskId };
}

const viewRows = (actor: Actor, citizenId: string, since: Date) =>
  testDb().db.accessLog.count({ where: { actorId: actor.userId, citizenId, action: "VIEW", at: { gte: since } } });

describe("a named item after the consent is revoked (minutes open)", () => {
  it("the visitator sees an item about a citizen without name, id, question, minutes or tasks; no VIEW row of the citizen", async () => {
    const w = await sharedCitizen(testDb().db, a);
    const { db } = testDb();
    const citizen = await db.citizen.findUniqueOrThrow({ where: { id: w.citizenId } });
    const r = await namedItemThenRevoked(w.citizenId, a.actors.visitator);
    const since = new Date();
    const view = await getMeeting(a.actors.visitator, r.meetingId);
    expect(view.items).toEqual([
      expect.objectContaining({ id: r.itemId, citizen: null, consentLapsed: true, question: "", notes: null, decision: null, tasks: [] }),
    ]);
    const text = JSON.stringify(view);
    for (const secret of [citizen.firstName, citizen.lastName, w.citizenId, QUESTION, NOTES, "Kontakt mentorkorpset"])
      expect(text).not.toContain(secret);
    expect(await viewRows(a.actors.visitator, w.citizenId, since)).toBe(0);
  });

  it("the coordinator sees the mark (with what it holds, for the remove step), the window is closed, and nothing more is written under it", async () => {
    const w = await sharedCitizen(testDb().db, a);
    const co = hcCoordinator;
    // ADR 0010's window: open while the citizen is on the agenda with consent both ways…
    const r = await namedItemThenRevoked(w.citizenId, a.actors.visitator, {
      co,
      beforeRevoke: async () => void (await getCaseForHealthCenter(co, w.caseId)),
    });
    const since = new Date();
    const view = await getMeeting(co, r.meetingId);
    expect(view.canEdit).toBe(true);
    expect(view.items).toEqual([
      expect.objectContaining({ id: r.itemId, citizen: null, consentLapsed: true, question: "", hasMinutes: true, hasTasks: true }),
    ]);
    expect(await viewRows(co, w.citizenId, since)).toBe(0);
    // … and closed with the consent.
    await expect(getCaseForHealthCenter(co, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordItemMinutes(co, { itemId: r.itemId, version: r.version, notes: "Mere", decision: null, employerShare: [], reason: null }),
    ).rejects.toMatchObject({ code: "meetings.errors.consentLapsed" });
    await expect(
      addMeetingTask(co, {
        itemId: r.itemId,
        party: "CITIZEN",
        assigneeId: null,
        assigneeText: "Borgeren",
        description: "Ring",
        dueOn: addDays(danishToday(), 3),
      }),
    ).rejects.toMatchObject({ code: "meetings.errors.consentLapsed" });
  });

  it("an item without tasks can be taken off by the coordinator", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    const consent = await consentInState(db, a, w.citizenId, "active", [...BOTH]);
    const meeting = await createMeeting(db, a.actors.coordinator, { startsInHours: -1 });
    const itemId = await addAgendaItem(a.actors.coordinator, {
      meetingId: meeting.id,
      citizenId: w.citizenId,
      flagId: null,
      source: "MANUAL",
      question: QUESTION,
    });
    await revokeConsent(
      a.actors.caseworker,
      ZRevokeConsent.parse({ citizenId: w.citizenId, consentId: consent!.id, version: "1", reason: "" }),
    );
    expect((await getMeeting(a.actors.coordinator, meeting.id)).items[0]).toMatchObject({ consentLapsed: true, hasTasks: false });
    await removeAgendaItem(a.actors.coordinator, { itemId, version: 1 });
    expect((await getMeeting(a.actors.coordinator, meeting.id)).items).toEqual([]);
  });

  it("My tasks: the assignee who works with the citizen (own scope) still sees the name", async () => {
    const w = await sharedCitizen(testDb().db, a);
    const r = await namedItemThenRevoked(w.citizenId, a.actors.visitator);
    const row = (await listMyTasks(a.actors.visitator)).find((t) => t.id === r.taskId);
    expect(row).toMatchObject({ description: "Kontakt mentorkorpset", citizen: { id: w.citizenId }, consentLapsed: false });
    expect(row?.meeting.canOpen).toBe(
      await getMeeting(a.actors.visitator, r.meetingId).then(
        () => true,
        () => false,
      ),
    );
  });

  it("My tasks: an assignee who does not (the jobcenter's citizen, a health-center visitator) sees 'consent ended', and no VIEW row", async () => {
    const { db } = testDb();
    const jcOnly = await createCase(db, a);
    const r = await namedItemThenRevoked(jcOnly.citizenId, a.actors.visitator);
    const since = new Date();
    const row = (await listMyTasks(a.actors.visitator)).find((t) => t.id === r.taskId);
    expect(row).toMatchObject({ description: "Kontakt mentorkorpset", citizen: null, consentLapsed: true });
    expect(await viewRows(a.actors.visitator, jcOnly.citizenId, since)).toBe(0);
    // The meeting is offered as a link only when its page opens for the assignee (walk11: a link to a 404).
    expect(row?.meeting.canOpen).toBe(false);
    await expect(getMeeting(a.actors.visitator, r.meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("closed minutes are not changed by a later revocation", () => {
  it("the visitator still sees the name, the question and the minutes of the closed meeting", async () => {
    const w = await sharedCitizen(testDb().db, a);
    const citizen = await testDb().db.citizen.findUniqueOrThrow({ where: { id: w.citizenId } });
    const r = await namedItemThenRevoked(w.citizenId, a.actors.visitator, { closeFirst: true });
    const view = await getMeeting(a.actors.visitator, r.meetingId);
    expect(view.items).toEqual([
      expect.objectContaining({
        citizen: { id: w.citizenId, name: `${citizen.firstName} ${citizen.lastName}` },
        consentLapsed: false,
        question: QUESTION,
        notes: NOTES,
      }),
    ]);
    const row = (await listMyTasks(a.actors.visitator)).find((t) => t.id === r.taskId);
    expect(row).toMatchObject({ citizen: { id: w.citizenId }, consentLapsed: false });
  });
});
