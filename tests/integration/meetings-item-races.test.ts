// Two tabs on the same agenda (fix13 item 1): the use cases that change an agenda item, or that act on its state,
// serialise on the meeting's lock (ctx.lock("meeting", id)), so what one checked ("the item has no tasks", "the item
// is not removed", "the minutes are open") still holds when it writes, and the other is refused with the existing
// message.
//
// Two ways to race them:
// - many rounds of Promise.allSettled (both databases; PGlite runs transactions one at a time, PostgreSQL overlaps
//   them on its pool, where the race is likely but not certain in a round);
// - PostgreSQL only, a fixed interleaving: an outside transaction holds a row lock that the first use case needs
//   only for its final write, so it stops after its checks (as if the other tab's request came in just then); the
//   second use case then runs. Without the meeting lock it commits at once on stale checks; with it, it waits for
//   the first and is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb, testDbKind } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import type { OrgFixture } from "../factories";
import { addToAgenda, createMeeting } from "../factories/consents";
import { addMeetingTask } from "@/lib/domain/meetings/add-meeting-task";
import { removeAgendaItem } from "@/lib/domain/meetings/remove-agenda-item";
import { recordItemMinutes } from "@/lib/domain/meetings/record-item-minutes";
import { closeMinutes } from "@/lib/domain/meetings/close-minutes";

const ROUNDS = 25;

let a: OrgFixture;

beforeAll(async () => {
  [a] = await setupTestDbWithOrgs("Mødeløb A");
});
afterAll(teardownTestDb);

const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === "rejected" ? ((r.reason as { code?: string }).code ?? String(r.reason)) : "ok";

const task = (itemId: string) => ({
  itemId,
  party: "STAFF" as const,
  assigneeId: a.actors.caseworker.userId,
  assigneeText: null,
  description: "Indhent lægeerklæring",
  dueOn: new Date(Date.UTC(2099, 0, 1)),
});

const minutes = (item: { id: string; version: number }) => ({
  itemId: item.id,
  version: item.version,
  notes: "Drøftet",
  decision: null,
  employerShare: [],
  reason: null,
});

/** PostgreSQL: how many sessions of the test database wait for a lock now. */
async function waitingOnLocks(): Promise<number> {
  const rows = await testDb().db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return Number(rows[0].n);
}

/** Polls until `n` sessions wait for a lock, or `settled()` says the awaited work finished (at most 10 s). */
async function untilWaitingOrSettled(n: number, settled: () => boolean): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (settled() || (await waitingOnLocks()) >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${n} session(s) waiting on a lock within 10 s`);
}

/**
 * Runs `first` until it waits on the row lock held by an outside transaction on `table` row `id` (its final write),
 * then `second`, until it either finished or waits too; then releases the row and settles both.
 */
async function interleave<A, B>(
  hold: { table: "Meeting" | "MeetingAgendaItem"; id: string },
  first: () => Promise<A>,
  second: () => Promise<B>,
): Promise<[PromiseSettledResult<A>, PromiseSettledResult<B>]> {
  const { exec } = testDb();
  await exec(`BEGIN; SELECT 1 FROM "${hold.table}" WHERE id = '${hold.id}' FOR NO KEY UPDATE`);
  let released = false;
  try {
    const one = first().then(
      (value) => ({ status: "fulfilled" as const, value }),
      (reason: unknown) => ({ status: "rejected" as const, reason }),
    );
    let oneDone = false;
    void one.then(() => (oneDone = true));
    await untilWaitingOrSettled(1, () => oneDone);
    expect(oneDone, "the first use case should stop at its write, behind the outside row lock").toBe(false);
    let twoDone = false;
    const two = second().then(
      (value) => ({ status: "fulfilled" as const, value }),
      (reason: unknown) => ({ status: "rejected" as const, reason }),
    );
    void two.then(() => (twoDone = true));
    await untilWaitingOrSettled(2, () => twoDone);
    await exec("COMMIT");
    released = true;
    return [await one, await two];
  } finally {
    if (!released) await exec("ROLLBACK");
  }
}

describe("adding a task while another tab removes the item", () => {
  it("concurrently, many times: never a task on a removed item; the loser is refused with the existing message", async () => {
    const { db } = testDb();
    const meeting = await createMeeting(db, a.actors.coordinator, { startsInHours: 24 });
    for (let i = 0; i < ROUNDS; i++) {
      const item = await addToAgenda(db, meeting.id, null);
      const [added, removed] = await Promise.allSettled([
        addMeetingTask(a.actors.coordinator, task(item.id)),
        removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version }),
      ]);
      const row = await db.meetingAgendaItem.findUniqueOrThrow({ where: { id: item.id }, select: { removedAt: true } });
      const tasks = await db.meetingTask.count({ where: { agendaItemId: item.id } });
      expect({ removed: row.removedAt !== null, tasks }, `round ${i}`).toEqual(
        row.removedAt ? { removed: true, tasks: 0 } : { removed: false, tasks: 1 },
      );
      expect([codeOf(added), codeOf(removed)]).toEqual(
        row.removedAt ? ["meetings.errors.itemRemoved", "ok"] : ["ok", "meetings.errors.itemHasTasks"],
      );
    }
  });

  it.skipIf(testDbKind() !== "postgres")("the removal has checked for tasks when the task comes in: the task is refused", async () => {
    const { db } = testDb();
    const meeting = await createMeeting(db, a.actors.coordinator, { startsInHours: 24 });
    const item = await addToAgenda(db, meeting.id, null);
    const [removed, added] = await interleave(
      { table: "MeetingAgendaItem", id: item.id },
      () => removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version }),
      () => addMeetingTask(a.actors.coordinator, task(item.id)),
    );
    expect([codeOf(removed), codeOf(added)]).toEqual(["ok", "meetings.errors.itemRemoved"]);
    expect(await db.meetingTask.count({ where: { agendaItemId: item.id } })).toBe(0);
  });
});

describe.skipIf(testDbKind() !== "postgres")("closing the minutes while another tab works on an item", () => {
  it("a task that comes in after the close has checked: refused, no task under closed minutes", async () => {
    const { db } = testDb();
    const meeting = await createMeeting(db, a.actors.coordinator, { startsInHours: -1 });
    const item = await addToAgenda(db, meeting.id, null);
    const [closed, added] = await interleave(
      { table: "Meeting", id: meeting.id },
      () => closeMinutes(a.actors.coordinator, { meetingId: meeting.id, version: meeting.version }),
      () => addMeetingTask(a.actors.coordinator, task(item.id)),
    );
    expect([codeOf(closed), codeOf(added)]).toEqual(["ok", "meetings.errors.minutesClosed"]);
    expect(await db.meetingTask.count({ where: { agendaItemId: item.id } })).toBe(0);
  });

  it("minutes saved after the close has checked: refused as a correction without a reason, the item unchanged", async () => {
    const { db } = testDb();
    const meeting = await createMeeting(db, a.actors.coordinator, { startsInHours: -1 });
    const item = await addToAgenda(db, meeting.id, null);
    const [closed, saved] = await interleave(
      { table: "Meeting", id: meeting.id },
      () => closeMinutes(a.actors.coordinator, { meetingId: meeting.id, version: meeting.version }),
      () => recordItemMinutes(a.actors.coordinator, minutes(item)),
    );
    expect([codeOf(closed), codeOf(saved)]).toEqual(["ok", "meetings.errors.correctionNeedsReason"]);
    expect(await db.meetingAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ notes: null, version: item.version });
  });

  it("minutes saved after a removal has checked: refused, the removed item's row unchanged", async () => {
    const { db } = testDb();
    const meeting = await createMeeting(db, a.actors.coordinator, { startsInHours: -1 });
    const item = await addToAgenda(db, meeting.id, null);
    const [removed, saved] = await interleave(
      { table: "MeetingAgendaItem", id: item.id },
      () => removeAgendaItem(a.actors.coordinator, { itemId: item.id, version: item.version }),
      () => recordItemMinutes(a.actors.coordinator, minutes(item)),
    );
    expect(codeOf(removed)).toBe("ok");
    expect(["meetings.errors.itemRemoved", "errors.conflict"]).toContain(codeOf(saved));
    expect(await db.meetingAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ notes: null });
  });
});
