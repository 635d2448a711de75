// The board's cells kept in memory per server instance (ADR 0025): a view is read from the
// database once per key-figure refresh run; a refresh — by this instance or any other, since the run
// is read from the database with every request — shows its cells at once; the cache never crosses
// organisations; targets and programme places stay live; the figure views built from a cached view
// are shared objects (one per view, run, targets and places).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { actorOfStoredUser, importGeneratedDataset } from "./support/synthetic";
import { createOrg } from "../factories/core";
import type { Actor } from "@/lib/auth/policy";
import { refreshKeyFigures } from "@/lib/kpi/refresh/refresh";
import { getKeyFigureBoard, type KeyFigureBoard } from "@/lib/domain/kpi/get-key-figure-board";
import { setKeyFigureTarget } from "@/lib/domain/kpi/set-key-figure-target";
import { cachedViews } from "@/lib/domain/kpi/board-cache";
import { ZKeyFigureQuery } from "@/lib/validation/kpi";

const AS_OF = new Date("2025-06-15T00:00:00Z");
const all = ZKeyFigureQuery.parse({});
let organisationId: string;
let manager: Actor;

async function managerOf(orgId: string): Promise<Actor> {
  const db = testDb().db;
  return actorOfStoredUser(db, (await db.user.findFirstOrThrow({ where: { organisationId: orgId, role: "MANAGER" } })).id);
}

const ready = (b: KeyFigureBoard) => {
  if (!b.ready) throw new Error("not ready");
  return b;
};
/** The shown value of `figure` in the board's chosen month. */
const current = (b: KeyFigureBoard, figure: string) => ready(b).figures.find((f) => f.key === figure)!.current.value;

/** Changes a stored cell behind the refresh's back (only a test does this: cells change only by a refresh). */
async function tamperActiveCell(month: string, by: number): Promise<void> {
  const n = await testDb().db.$executeRaw`UPDATE "KpiCell" SET "value" = "value" + ${by}
    WHERE "organisationId" = ${organisationId} AND "departmentId" = '' AND "diagnosisGroup" = '' AND "programmeId" = ''
      AND "figure" = 'active' AND "month" = ${month}::date AND "display" = 'VALUE'`;
  expect(n).toBe(1);
}

beforeAll(async () => {
  const { db } = await setupTestDb().then(() => testDb());
  organisationId = await importGeneratedDataset(db, { seed: 91, cases: 120, years: 1, asOf: AS_OF });
  manager = await managerOf(organisationId);
}, 300_000);
afterAll(teardownTestDb);

describe("the board's cell cache", () => {
  it("reads a view once per refresh run, and shows a refresh made anywhere at once", async () => {
    const before = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    const active = current(before, "active");
    expect(active.kind).toBe("value");
    const views = cachedViews();
    expect(views).toBeGreaterThan(0);

    // Same run: the view comes from memory (a cell changed behind the refresh's back is not read again).
    await tamperActiveCell(`${before.month}-01`, 1000);
    expect(await getKeyFigureBoard(manager, all, { now: AS_OF })).toEqual(before);
    expect(cachedViews()).toBe(views);

    // Another instance's refresh commits a new run (a new version of the KpiRefresh row): this instance reads anew.
    await testDb().db.$executeRaw`UPDATE "KpiRefresh" SET "durationMs" = "durationMs" WHERE "organisationId" = ${organisationId}`;
    const tampered = await getKeyFigureBoard(manager, all, { now: AS_OF });
    expect(current(tampered, "active")).toEqual({ kind: "value", value: (active as { value: number }).value + 1000 });

    // A real refresh rewrites the cells: back to the figures computed from the records.
    await refreshKeyFigures(testDb().db, organisationId, AS_OF);
    const after = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    expect(after.figures).toEqual(before.figures);
    expect(after.refreshedAt.getTime()).toBeGreaterThan(before.refreshedAt.getTime());
  });

  it("caches a view without any cells too (it is read once per run, not on every request)", async () => {
    const db = testDb().db;
    // A filter combination that no cell has: department × diagnosis group × programme.
    const [departments, programmes] = await Promise.all([
      db.department.findMany({ where: { organisationId }, select: { id: true } }),
      db.programme.findMany({ where: { organisationId }, select: { id: true } }),
    ]);
    let empty: { departmentId: string; diagnosisGroup: string; programmeId: string } | undefined;
    for (const d of departments)
      for (const p of programmes)
        for (const diagnosisGroup of ["MUSCULOSKELETAL", "MENTAL", "OTHER"]) {
          const n = await db.kpiCell.count({ where: { organisationId, departmentId: d.id, diagnosisGroup, programmeId: p.id } });
          if (n === 0 && !empty) empty = { departmentId: d.id, diagnosisGroup, programmeId: p.id };
        }
    expect(empty).toBeDefined();
    const query = ZKeyFigureQuery.parse(empty);
    const views = cachedViews();
    const first = ready(await getKeyFigureBoard(manager, query, { now: AS_OF }));
    expect(cachedViews()).toBe(views + 1);
    const again = ready(await getKeyFigureBoard(manager, query, { now: AS_OF }));
    expect(cachedViews()).toBe(views + 1);
    expect(again.figures).toBe(first.figures);
  });

  it("keeps targets and programme places live between refreshes", async () => {
    const before = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    const recovered = before.figures.find((f) => f.key === "recovered")!;
    await setKeyFigureTarget(manager, { figure: "recovered", value: 47, version: null }, { now: AS_OF });
    const after = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    expect(after.figures.find((f) => f.key === "recovered")!.target).toBe(47);
    expect(recovered.target).not.toBe(47);

    const capacity = () => before.figures.find((f) => f.key === "capacityUse")!.current;
    const programme = await testDb().db.programme.findFirstOrThrow({ where: { organisationId, active: true } });
    await testDb().db.programme.update({ where: { id: programme.id }, data: { capacity: programme.capacity + 10 } });
    const widened = ready(await getKeyFigureBoard(manager, all, { now: AS_OF })).figures.find((f) => f.key === "capacityUse")!.current;
    expect(widened.den).toEqual({ kind: "value", value: (capacity().den as { value: number }).value + 10 });
  });

  it("hands every request of a view the same frozen figure views, and new ones when a target or the run changes", async () => {
    const first = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    const again = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    // One object per view and run: the page keeps its formatted texts by it (app/(app)/dashboard/_components/present.ts).
    expect(again.figures).toBe(first.figures);
    expect(Object.isFrozen(first.figures) && first.figures.every((f) => Object.isFrozen(f))).toBe(true);

    await setKeyFigureTarget(manager, { figure: "inflow", value: 33, version: null }, { now: AS_OF });
    const targeted = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    expect(targeted.figures).not.toBe(first.figures);
    expect(targeted.figures.find((f) => f.key === "inflow")!.target).toBe(33);
    expect(first.figures.find((f) => f.key === "inflow")!.target).not.toBe(33);

    await testDb().db.$executeRaw`UPDATE "KpiRefresh" SET "durationMs" = "durationMs" WHERE "organisationId" = ${organisationId}`;
    const rerun = ready(await getKeyFigureBoard(manager, all, { now: AS_OF }));
    expect(rerun.figures).not.toBe(targeted.figures);
    expect(rerun.figures).toEqual(targeted.figures);
  });

  it("never hands one organisation's cached view to another", async () => {
    await getKeyFigureBoard(manager, all, { now: AS_OF });
    const other = (await createOrg(testDb().db, "Anden Kommune")).actors.manager;
    expect((await getKeyFigureBoard(other, all, { now: AS_OF })).ready).toBe(false);
  });
});
