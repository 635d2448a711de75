// Issue 8 item 15: the stored next deadline never goes stale on a long-running server. The server
// process runs the refresh after every Danish midnight (instrumentation.ts → lib/jobs); it runs once
// per day between all instances (advisory lock + day marker) and recomputes every organisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { createCase, daysAgo, type OrgFixture } from "../factories";
import { msUntilNextRun, refreshDeadlinesIfDue } from "@/lib/jobs/daily-deadline-refresh";
import { today } from "@/lib/clock";

let f: OrgFixture;
let g: OrgFixture;
const DAY = 86_400_000;
const start = new Date();
const at = (days: number) => new Date(start.getTime() + days * DAY);

beforeAll(async () => {
  [f, g] = await setupTestDbWithOrgs("Fristby Kommune", "Andenfrist Kommune");
});
afterAll(teardownTestDb);

const stored = async (id: string) =>
  (await testDb().db.sickLeaveCase.findUniqueOrThrow({ where: { id }, select: { nextDeadlineOn: true } })).nextDeadlineOn;

describe("daily deadline refresh", () => {
  it("recomputes every organisation's stored next deadline once per Danish day", async () => {
    const { db } = testDb();
    const a = await createCase(db, f, { firstAbsenceDay: daysAgo(20) });
    const b = await createCase(db, g, { firstAbsenceDay: daysAgo(40) });
    expect(await stored(a.id)).toBeNull(); // written without the rules: stale from the start

    const first = await refreshDeadlinesIfDue(db, { now: at(0) });
    expect(first).toMatchObject({ ran: true, day: today(at(0)) });
    if (first.ran) expect(first.updated).toBeGreaterThanOrEqual(2);
    const computedA = await stored(a.id);
    expect(computedA).not.toBeNull();
    expect(await stored(b.id)).not.toBeNull();

    // Later the same day: done, nothing recomputed even when a stored value went wrong meanwhile.
    await db.sickLeaveCase.update({ where: { id: a.id }, data: { nextDeadlineOn: new Date(Date.UTC(2000, 0, 1)) } });
    expect(await refreshDeadlinesIfDue(db, { now: new Date(at(0).getTime() + 60_000) })).toMatchObject({
      ran: false,
      reason: "done-today",
    });
    expect((await stored(a.id))?.getUTCFullYear()).toBe(2000);

    // The next day it runs again and repairs the stale value.
    const next = await refreshDeadlinesIfDue(db, { now: at(1) });
    expect(next).toMatchObject({ ran: true, day: today(at(1)) });
    // a's deadline was repaired (a new next deadline); b's is unchanged, but its worklist row is rewritten for the new day.
    if (next.ran) {
      expect(next.updated).toBeGreaterThanOrEqual(1);
      expect(next.refreshed).toBeGreaterThanOrEqual(1);
    }
    expect((await stored(a.id))?.getUTCFullYear()).not.toBe(2000);
    expect(await stored(a.id)).not.toBeNull();
  });

  it("several instances at the same midnight: exactly one runs it", async () => {
    const { db } = testDb();
    const results = await Promise.all([1, 2, 3].map(() => refreshDeadlinesIfDue(db, { now: at(2) })));
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ran)) expect(["done-today", "running-elsewhere"]).toContain(r.ran ? "" : r.reason);
  });

  it("`force` (npm start, cron) runs even when the day is done", async () => {
    const { db } = testDb();
    expect(await refreshDeadlinesIfDue(db, { now: at(2), force: true })).toMatchObject({ ran: true });
  });
});

describe("the next run is a little after the next Danish midnight", () => {
  it.each([
    ["2026-03-28T12:00:00Z", "2026-03-28T23:02:00Z"], // CET: midnight is 23:00 UTC (summer time starts that night)
    ["2026-03-29T12:00:00Z", "2026-03-29T22:02:00Z"], // CEST: midnight is 22:00 UTC
    ["2026-10-24T21:59:00Z", "2026-10-24T22:02:00Z"], // 23:59 CEST
    ["2026-10-25T22:30:00Z", "2026-10-25T23:02:00Z"], // 23:30 CET on the day summer time ended
  ])("at %s → %s", (now, expected) => {
    expect(new Date(new Date(now).getTime() + msUntilNextRun(new Date(now))).toISOString()).toBe(new Date(expected).toISOString());
  });
});
