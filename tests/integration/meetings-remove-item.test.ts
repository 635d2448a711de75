// Removing an agenda item keeps the minutes trustworthy (walk9, fix12 item 1; the rule is in
// lib/domain/meetings/remove-agenda-item.ts): an item with action items is not removed; an item
// with minutes is removed (soft, its minutes stay on the row) only with the version the page showed,
// so minutes saved after the page was drawn refuse a removal the user did not confirm for them; an
// item without either goes at once; nothing is removed once the minutes are closed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { databaseFingerprint, type OrgFixture } from "../factories";
import { addToAgenda, createMeeting, createMeetingTask } from "../factories/consents";
import { removeAgendaItem } from "@/lib/domain/meetings/remove-agenda-item";
import { recordItemMinutes } from "@/lib/domain/meetings/record-item-minutes";
import { toFormData } from "./support/invalid-input";
import type { Actor } from "@/lib/auth/policy";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const actions = await import("@/app/(app)/meetings/actions");

let a: OrgFixture;
let meetingId: string;

beforeAll(async () => {
  [a] = await setupTestDbWithOrgs("Mødepunkter A");
  meetingId = (await createMeeting(testDb().db, a.actors.coordinator, { startsInHours: 24 })).id;
});
afterAll(teardownTestDb);

const row = (id: string) => testDb().db.meetingAgendaItem.findUniqueOrThrow({ where: { id } });

describe("removing an agenda item", () => {
  it("an item without minutes and tasks is removed at once", async () => {
    const item = await addToAgenda(testDb().db, meetingId, null);
    await removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version });
    expect((await row(item.id)).removedAt).not.toBeNull();
  });

  it("an item with minutes: refused with the version from before the minutes, removed with the current one, its minutes kept on the row", async () => {
    const item = await addToAgenda(testDb().db, meetingId, null);
    const version = await recordItemMinutes(a.actors.coordinator, {
      itemId: item.id,
      version: item.version,
      notes: "Drøftet",
      decision: "Afventer lægeerklæring",
      employerShare: [],
      reason: null,
    });
    const before = await databaseFingerprint(testDb().db);
    await expect(removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version, confirmed: true })).rejects.toMatchObject(
      {
        code: "errors.conflict",
      },
    );
    expect(await databaseFingerprint(testDb().db)).toEqual(before);

    await removeAgendaItem(a.actors.coordinator, { itemId: item.id, version, confirmed: true });
    const removed = await row(item.id);
    expect(removed.removedAt).not.toBeNull();
    expect(removed).toMatchObject({ notes: "Drøftet", decision: "Afventer lægeerklæring" });
  });

  it("an item with an action item is not removed: the task keeps its item", async () => {
    const { db } = testDb();
    const item = await addToAgenda(db, meetingId, null);
    const task = await createMeetingTask(db, item, {
      organisationId: a.org.id,
      assigneeId: a.actors.caseworker.userId,
      createdById: a.actors.coordinator.userId,
    });
    const before = await databaseFingerprint(db);
    await expect(removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version })).rejects.toMatchObject({
      code: "meetings.errors.itemHasTasks",
    });
    expect(await databaseFingerprint(db)).toEqual(before);
    expect((await row(item.id)).removedAt).toBeNull();
    expect(await db.meetingTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ agendaItemId: item.id });
  });

  it("once the minutes are closed nothing is removed", async () => {
    const { db } = testDb();
    const closed = await createMeeting(db, a.actors.coordinator, { startsInHours: -24, minutesClosed: true });
    const item = await addToAgenda(db, closed.id, null);
    await expect(removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version })).rejects.toMatchObject({
      code: "meetings.errors.minutesClosed",
    });
    expect((await row(item.id)).removedAt).toBeNull();
  });

  it("an item with minutes is not removed by a post without the confirmation step's `confirmed` (fix15 item 4a)", async () => {
    const { db } = testDb();
    actor = a.actors.coordinator;
    for (const minutes of [{ notes: "Drøftet" }, { decision: "Afventer" }, { employerShare: "Arbejdstider" }]) {
      const item = await addToAgenda(db, meetingId, null);
      const saved = await db.meetingAgendaItem.update({ where: { id: item.id }, data: { ...minutes, version: 2 } });
      const before = await databaseFingerprint(db);
      const r = await actions.removeAgendaItemAction({ ok: false }, toFormData({ itemId: item.id, version: String(saved.version) }));
      expect(r).toMatchObject({ ok: false, formError: "meetings.errors.removeNeedsConfirmation" });
      expect(await databaseFingerprint(db)).toEqual(before);
      const ok = await actions.removeAgendaItemAction(
        { ok: false },
        toFormData({ itemId: item.id, version: String(saved.version), confirmed: "true" }),
      );
      expect(ok).toMatchObject({ ok: true });
      expect((await row(item.id)).removedAt).not.toBeNull();
    }
  });
});
