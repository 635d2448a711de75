// The managers' dashboard use cases on a generated municipality: what the manager gets (aggregates,
// never the value of a hidden cell), who may see and export it (every other role and another
// municipality: 404), that an export is logged without person data, and targets with history.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { actorOfStoredUser, importGeneratedDataset } from "./support/synthetic";
import { createOrg } from "../factories/core";
import type { Actor } from "@/lib/auth/policy";
import { ConflictError, DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { getKeyFigureBoard } from "@/lib/domain/kpi/get-key-figure-board";
import { exportKeyFigures } from "@/lib/domain/kpi/export-key-figures";
import { setKeyFigureTarget } from "@/lib/domain/kpi/set-key-figure-target";
import { listKeyFigureTargets } from "@/lib/domain/kpi/list-key-figure-targets";
import { monthKey } from "@/lib/kpi/months";
import { ZKeyFigureQuery } from "@/lib/validation/kpi";

const AS_OF = new Date("2025-06-15T00:00:00Z");
const all = ZKeyFigureQuery.parse({});
let organisationId: string;
const actors = {} as Record<"manager" | "caseworker" | "therapist" | "admin" | "coordinator" | "visitator", Actor>;
let otherOrgManager: Actor;

const actorOf = (userId: string) => actorOfStoredUser(testDb().db, userId);

beforeAll(async () => {
  const { db } = await setupTestDb().then(() => testDb());
  organisationId = await importGeneratedDataset(db, { seed: 77, cases: 250, years: 2, asOf: AS_OF });
  const byRole = async (role: Actor["role"]) => actorOf((await db.user.findFirstOrThrow({ where: { organisationId, role } })).id);
  actors.manager = await byRole("MANAGER");
  actors.caseworker = await byRole("CASEWORKER");
  actors.therapist = await byRole("THERAPIST");
  const jc = await db.department.findFirstOrThrow({ where: { organisationId, kind: "JOBCENTER" } });
  const hc = await db.department.findFirstOrThrow({ where: { organisationId, kind: "HEALTH_CENTER" } });
  const make = async (role: Actor["role"], departmentId: string | null) =>
    actorOf((await db.user.create({ data: { organisationId, departmentId, role, name: role, email: `${role}-${randomUUID()}@t.dk` } })).id);
  actors.admin = await make("ADMIN", null);
  actors.coordinator = await make("COORDINATOR", jc.id);
  actors.visitator = await make("VISITATOR", hc.id);
  otherOrgManager = (await createOrg(db, "Anden Kommune")).actors.manager;
}, 300_000);
afterAll(teardownTestDb);

describe("the board dashboard", () => {
  it("gives the manager every figure for the last complete month with a 12-month trend", async () => {
    const board = await getKeyFigureBoard(actors.manager, all, { now: AS_OF });
    if (!board.ready) throw new Error("not ready");
    expect(board.month).toBe("2025-05");
    expect(board.months).toHaveLength(12);
    expect(board.months.at(-1)).toBe("2025-05");
    expect(board.figures).toHaveLength(23);
    // The organisation's stock of active cases equals the stored cell (shown).
    const stored = await testDb().db.kpiCell.findFirstOrThrow({
      where: {
        organisationId,
        figure: "active",
        month: new Date("2025-05-01T00:00:00Z"),
        departmentId: "",
        diagnosisGroup: "",
        programmeId: "",
      },
    });
    expect(stored.display).toBe("VALUE");
    expect(board.figures.find((f) => f.key === "active")!.current.value).toEqual({ kind: "value", value: stored.value });
  });

  it("never hands out the value of a hidden cell", async () => {
    const { db } = testDb();
    const hidden = await db.kpiCell.findMany({
      where: { organisationId, display: { not: "VALUE" }, month: { gte: new Date("2024-06-01T00:00:00Z") } },
      take: 200,
    });
    expect(hidden.length).toBeGreaterThan(0);
    for (const c of hidden.slice(0, 20)) {
      const board = await getKeyFigureBoard(
        actors.manager,
        {
          ...all,
          month: monthKey(c.month),
          departmentId: c.departmentId,
          diagnosisGroup: c.diagnosisGroup as "",
          programmeId: c.programmeId,
        },
        { now: AS_OF },
      );
      if (!board.ready) throw new Error("not ready");
      for (const f of board.figures)
        for (const p of f.points)
          for (const s of [p.value, p.num, p.den]) if (s && s.kind !== "value") expect(Object.keys(s)).toEqual(["kind"]);
    }
  });

  it("filters by department, diagnosis group and programme, and refuses foreign or unknown ones (404) and months without figures", async () => {
    const { db } = testDb();
    const dept = await db.department.findFirstOrThrow({ where: { organisationId, kind: "HEALTH_CENTER" } });
    const prog = await db.programme.findFirstOrThrow({ where: { organisationId } });
    const board = await getKeyFigureBoard(
      actors.manager,
      { ...all, departmentId: dept.id, diagnosisGroup: "MUSCULOSKELETAL", programmeId: prog.id },
      { now: AS_OF },
    );
    expect(board.ready && board.filter).toEqual({ departmentId: dept.id, diagnosisGroup: "MUSCULOSKELETAL", programmeId: prog.id });
    const foreignDept = (await db.department.findFirstOrThrow({ where: { organisationId: otherOrgManager.organisationId } })).id;
    await expect(getKeyFigureBoard(actors.manager, { ...all, departmentId: foreignDept })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getKeyFigureBoard(actors.manager, { ...all, programmeId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getKeyFigureBoard(actors.manager, { ...all, month: "2019-01" })).rejects.toBeInstanceOf(DomainRuleError);
    await expect(getKeyFigureBoard(actors.manager, { ...all, month: "2025-07" })).rejects.toBeInstanceOf(DomainRuleError);
  });

  it("is 404 for every role but the manager, and another municipality's manager sees none of these figures", async () => {
    for (const who of ["caseworker", "therapist", "visitator", "coordinator", "admin"] as const) {
      await expect(getKeyFigureBoard(actors[who], all), who).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportKeyFigures(actors[who], { ...all, format: "csv" }), who).rejects.toBeInstanceOf(NotFoundError);
    }
    const other = await getKeyFigureBoard(otherOrgManager, all);
    expect(other.ready).toBe(false);
  });

  it("logs an export as EXPORT of aggregates, with the format, period and filters and no person", async () => {
    const { db } = testDb();
    const before = await db.accessLog.count({ where: { organisationId, action: "EXPORT" } });
    await exportKeyFigures(actors.manager, { ...all, format: "xlsx", diagnosisGroup: "MENTAL" }, { now: AS_OF });
    const rows = await db.accessLog.findMany({ where: { organisationId, action: "EXPORT" }, orderBy: { id: "desc" } });
    expect(rows.length).toBe(before + 1);
    expect(rows[0]).toMatchObject({
      actorId: actors.manager.userId,
      recordType: "KeyFigures",
      citizenId: null,
      recordId: null,
      crossDepartment: false,
    });
    expect(rows[0]!.details).toMatchObject({
      format: "xlsx",
      month: "2025-05",
      diagnosisGroup: "MENTAL",
      departmentId: "",
      programmeId: "",
    });
  });
});

describe("targets", () => {
  it("a manager sets a target, an admin changes it, each change is kept with who and from → to", async () => {
    const first = await setKeyFigureTarget(actors.manager, { figure: "recovered", value: 50, version: null });
    expect(first.version).toBe(1);
    const second = await setKeyFigureTarget(actors.admin, { figure: "recovered", value: 55.5, version: 1 });
    expect(second).toEqual({ id: first.id, version: 2 });
    const { targets, history } = await listKeyFigureTargets(actors.admin);
    expect(targets.find((t) => t.figure === "recovered")).toMatchObject({ value: 55.5, version: 2 });
    expect(history.filter((h) => h.figure === "recovered").map((h) => [h.from, h.to, h.by])).toEqual([
      [50, 55.5, "ADMIN"],
      [null, 50, "Leder"],
    ]);
    const board = await getKeyFigureBoard(actors.manager, all, { now: AS_OF });
    expect(board.ready && board.figures.find((f) => f.key === "recovered")!.target).toBe(55.5);
  });

  it("refuses a stale version, an unchanged value, a target for a figure that already has one without its version", async () => {
    await setKeyFigureTarget(actors.manager, { figure: "waitMedian", value: 21, version: null });
    await expect(setKeyFigureTarget(actors.manager, { figure: "waitMedian", value: 20, version: 5 })).rejects.toBeInstanceOf(ConflictError);
    await expect(setKeyFigureTarget(actors.manager, { figure: "waitMedian", value: 14, version: null })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(setKeyFigureTarget(actors.manager, { figure: "waitMedian", value: 21, version: 1 })).rejects.toMatchObject({
      code: "kpi.errors.noChange",
    });
    // Removing it is a change with history too.
    expect(await setKeyFigureTarget(actors.manager, { figure: "waitMedian", value: null, version: 1 })).toMatchObject({ version: 2 });
  });

  it("is 404 for caseworkers, therapists, visitators and coordinators, and for another municipality's target", async () => {
    for (const who of ["caseworker", "therapist", "visitator", "coordinator"] as const) {
      await expect(setKeyFigureTarget(actors[who], { figure: "active", value: 100, version: null }), who).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(listKeyFigureTargets(actors[who]), who).rejects.toBeInstanceOf(NotFoundError);
    }
    // The other municipality's manager has no target for "recovered": its own first target, not ours.
    const theirs = await setKeyFigureTarget(otherOrgManager, { figure: "recovered", value: 40, version: null });
    const ours = await listKeyFigureTargets(actors.manager);
    expect(ours.targets.find((t) => t.figure === "recovered")!.value).toBe(55.5);
    expect(theirs.version).toBe(1);
  });
});
