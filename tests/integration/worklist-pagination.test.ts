// Issue 10: the worklist paginates, 50 per page. The counts per deadline state count ALL the
// caseworker's open cases on every page; the pages together list each open case once, in the
// worklist's order; the access log gets one row per person SHOWN (the page's rows) and none for
// persons on other pages; another caseworker's cases are on no page; a page past the end shows the last.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { setupTestDb, teardownTestDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories";
import { getMyWorklist, MY_CASES_PAGE_SIZE } from "@/lib/domain/cases/list-my-cases";
import { URGENCY_ORDER } from "@/lib/domain/cases/urgency";
import { addDays } from "@/lib/rules/dates";
import { today } from "@/lib/clock";
import { ZMyCasesQuery } from "@/lib/validation/cases";

let db: Db;
let f: OrgFixture;
const OPEN = 2 * MY_CASES_PAGE_SIZE + 17; // three pages: 50, 50, 17
const mine: { id: string; citizenId: string }[] = [];
const others: string[] = [];

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db);
  const other = await f.makeActor("CASEWORKER", "JOBCENTER");
  const t = today();
  for (let i = 0; i < OPEN; i++) {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(t, -10 - (i % 37)) });
    // Deadlines in every state: overdue, due soon, on track, none; many cases share a day.
    const next = i % 4 === 3 ? null : addDays(t, (i % 4) * 9 - 6 + (i % 3));
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: { nextDeadlineOn: next, nextDeadlineKind: next ? "FIRST_FOLLOW_UP" : null },
    });
    mine.push({ id: c.id, citizenId: c.citizenId });
  }
  const closed = await createCase(db, f);
  await db.sickLeaveCase.update({ where: { id: closed.id }, data: { status: "CLOSED" } });
  for (let i = 0; i < 5; i++) others.push((await createCase(db, f, { caseworkerId: other.userId })).id);
});
afterAll(teardownTestDb);

async function newLogRows(since: bigint) {
  return db.accessLog.findMany({ where: { organisationId: f.org.id, id: { gt: since } }, orderBy: { id: "asc" } });
}
async function lastLogId(): Promise<bigint> {
  const r = await db.accessLog.findFirst({ where: { organisationId: f.org.id }, orderBy: { id: "desc" }, select: { id: true } });
  return r?.id ?? 0n;
}

describe("the worklist paginates", () => {
  it("three pages of 50, 50 and 17 list every open case once, in the worklist's order; counts over all cases on every page", async () => {
    const cw = f.actors.caseworker;
    const pages = [await getMyWorklist(cw, { page: 1 }), await getMyWorklist(cw, { page: 2 }), await getMyWorklist(cw, { page: 3 })];
    expect(pages.map((p) => p.rows.length)).toEqual([MY_CASES_PAGE_SIZE, MY_CASES_PAGE_SIZE, OPEN - 2 * MY_CASES_PAGE_SIZE]);
    expect(pages.map((p) => [p.page, p.pages, p.total])).toEqual([
      [1, 3, OPEN],
      [2, 3, OPEN],
      [3, 3, OPEN],
    ]);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(OPEN);
    expect([...ids].sort()).toEqual(mine.map((c) => c.id).sort());
    expect(ids.some((id) => others.includes(id))).toBe(false);
    // Most urgent first across the page boundaries (no deadline last).
    const order = pages.flatMap((p) => p.rows.map((r) => URGENCY_ORDER.indexOf(r.urgency)));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // The counts per state: the states of all the rows over all pages, and the SQL count of each
    // state filter (urgencyWhere), the same on every page.
    const expected = Object.fromEntries(URGENCY_ORDER.map((s) => [s, pages.flatMap((p) => p.rows).filter((r) => r.urgency === s).length]));
    for (const s of URGENCY_ORDER) expect((await getMyWorklist(cw, { state: s })).total).toBe(expected[s]);
    for (const p of pages) expect(p.counts).toEqual(expected);
    for (const s of URGENCY_ORDER) expect(expected[s]).toBeGreaterThan(0);
  });

  it("the access log gets one row per person shown on the page and none for the other pages", async () => {
    const before = await lastLogId();
    const page2 = await getMyWorklist(f.actors.caseworker, { page: 2 });
    const logged = await newLogRows(before);
    expect(logged).toHaveLength(MY_CASES_PAGE_SIZE);
    expect(logged.every((l) => l.action === "VIEW" && l.recordType === "SickLeaveCase" && l.actorId === f.actors.caseworker.userId)).toBe(
      true,
    );
    expect(logged.map((l) => l.citizenId).sort()).toEqual(page2.rows.map((r) => mine.find((c) => c.id === r.id)!.citizenId).sort());
    expect(logged.map((l) => l.recordId).sort()).toEqual(page2.rows.map((r) => r.id).sort());
  });

  it("a page past the end (or nonsense) shows a real page; a filter paginates its own total", async () => {
    const cw = f.actors.caseworker;
    expect((await getMyWorklist(cw, { page: 99 })).page).toBe(3);
    expect((await getMyWorklist(cw, ZMyCasesQuery.parse({ page: "-4" }))).page).toBe(1);
    expect((await getMyWorklist(cw, ZMyCasesQuery.parse({ page: "abc" }))).rows).toHaveLength(MY_CASES_PAGE_SIZE);
    const overdue = await getMyWorklist(cw, { state: "OVERDUE" });
    expect(overdue.total).toBe(overdue.counts.OVERDUE);
    expect(overdue.rows.every((r) => r.urgency === "OVERDUE")).toBe(true);
    expect(overdue.rows.length).toBe(Math.min(MY_CASES_PAGE_SIZE, overdue.total));
    // Another caseworker sees only their own five cases, on one page.
    const other = await getMyWorklist(
      { ...cw, userId: (await db.sickLeaveCase.findUniqueOrThrow({ where: { id: others[0]! } })).caseworkerId! },
      {},
    );
    expect(other).toMatchObject({ page: 1, pages: 1, total: 5 });
    expect(other.rows.map((r) => r.id).sort()).toEqual([...others].sort());
  });
});
