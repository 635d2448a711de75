// Moving an agenda item (fix15 item 3): a move swaps the item with its neighbour; at the top (up) or the
// bottom (down) there is none, and the use case refuses instead of saying "moved" for nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { databaseFingerprint, type OrgFixture } from "../factories";
import { addToAgenda, consentInState, createMeeting, sharedCitizen } from "../factories/consents";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { removeAgendaItem } from "@/lib/domain/meetings/remove-agenda-item";
import { recordItemMinutes } from "@/lib/domain/meetings/record-item-minutes";
import { moveAgendaItem } from "@/lib/domain/meetings/move-agenda-item";

let a: OrgFixture;
let meetingId: string;
let ids: string[];

beforeAll(async () => {
  [a] = await setupTestDbWithOrgs("Flyt punkter A");
  meetingId = (await createMeeting(testDb().db, a.actors.coordinator, { startsInHours: 24 })).id;
  ids = [];
  for (let i = 0; i < 3; i++) ids.push((await addToAgenda(testDb().db, meetingId, null)).id);
});
afterAll(teardownTestDb);

const order = async () =>
  (await testDb().db.meetingAgendaItem.findMany({ where: { meetingId, removedAt: null }, orderBy: { position: "asc" } })).map((i) => i.id);

describe("moving an agenda item", () => {
  it("up on the first item and down on the last are refused, and nothing changes", async () => {
    const before = await databaseFingerprint(testDb().db);
    await expect(moveAgendaItem(a.actors.coordinator, { itemId: ids[0]!, direction: "UP" })).rejects.toMatchObject({
      code: "meetings.errors.alreadyFirst",
    });
    await expect(moveAgendaItem(a.actors.coordinator, { itemId: ids[2]!, direction: "DOWN" })).rejects.toMatchObject({
      code: "meetings.errors.alreadyLast",
    });
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });

  it("a real move swaps the item with its neighbour", async () => {
    await moveAgendaItem(a.actors.coordinator, { itemId: ids[1]!, direction: "UP" });
    expect(await order()).toEqual([ids[1], ids[0], ids[2]]);
    await moveAgendaItem(a.actors.coordinator, { itemId: ids[1]!, direction: "DOWN" });
    expect(await order()).toEqual(ids);
  });

  it("every change of a named item is in the citizen's access report: added, moved, minutes, removed (fix15 item 4b)", async () => {
    const { db } = testDb();
    const co = a.actors.coordinator;
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    const meeting = await createMeeting(db, co, { startsInHours: 24 });
    await addToAgenda(db, meeting.id, null);
    const itemId = await addAgendaItem(co, {
      meetingId: meeting.id,
      citizenId: w.citizenId,
      flagId: null,
      source: "MANUAL",
      question: "Næste skridt?",
    });
    await moveAgendaItem(co, { itemId, direction: "UP" });
    const version = await recordItemMinutes(co, { itemId, version: 1, notes: "Drøftet", decision: null, employerShare: [], reason: null });
    await removeAgendaItem(co, { itemId, version, confirmed: true });
    const rows = await db.accessLog.findMany({ where: { recordType: "MeetingAgendaItem", recordId: itemId }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.citizenId, (r.details as { moved?: string } | null)?.moved ?? null])).toEqual([
      ["CREATE", w.citizenId, null],
      ["UPDATE", w.citizenId, "UP"],
      ["UPDATE", w.citizenId, null],
      ["UPDATE", w.citizenId, null],
    ]);
  });
});
