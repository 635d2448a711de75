// Issue 10, ADR 0023: the worklist row's deadline report (overdue deadlines with days overdue, flags,
// visitation category) is stored on the case for the day it was computed, written by the "case
// changed" hook and the daily refresh. The stored values must equal the live computation for
// generated cases, on the day and as days pass (the daily refresh rewrites them); a row whose stored
// report is not for today is computed live, so the worklist is right even without the refresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Db } from "@/lib/db/client";
import { setupTestDb, teardownTestDb } from "./support/db";
import { citizenForm, createCase, createOrg, nextCpr, type OrgFixture } from "../factories";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";
import { correctCitizen } from "@/lib/domain/citizens/correct-citizen";
import { ZCorrectCitizen, ZCreateCitizen } from "@/lib/validation/citizens";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { getCase } from "@/lib/domain/cases/get-case";
import { recordVisitation } from "@/lib/domain/cases/record-visitation";
import { grantExemption } from "@/lib/domain/cases/grant-exemption";
import { refreshDeadlinesIfDue } from "@/lib/jobs/daily-deadline-refresh";
import { FACTS_SELECT, reportsOf } from "@/lib/domain/deadlines/case-facts";
import { storedRowReportFor, type RowReport } from "@/lib/domain/deadlines/row-report";
import { getRuleVersions } from "@/lib/domain/rules/get-rule-versions";
import { systemContext } from "@/lib/domain/run-system-job";
import { addDays } from "@/lib/rules/dates";
import { today } from "@/lib/clock";

let db: Db;
let f: OrgFixture;
const DAY = 86_400_000;
const T = () => today();

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db);
});
afterAll(teardownTestDb);

type Gen = {
  ageDays: number;
  closedAfter: number | null;
  reopenAfter: number | null;
  exemption: { from: number; length: number | null } | null;
  visitation: { after: number; category: 1 | 2 | 3 } | null;
  heldAfter: number[];
  reassessment: { after: number; outcome: "EXTENDED" | "BENEFIT_ENDED" } | null;
};

const arbCase: fc.Arbitrary<Gen> = fc.record({
  ageDays: fc.integer({ min: 0, max: 500 }),
  closedAfter: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  reopenAfter: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  exemption: fc.option(
    fc.record({ from: fc.integer({ min: 0, max: 300 }), length: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }) }),
    {
      nil: null,
    },
  ),
  visitation: fc.option(fc.record({ after: fc.integer({ min: 0, max: 200 }), category: fc.constantFrom<1 | 2 | 3>(1, 2, 3) }), {
    nil: null,
  }),
  heldAfter: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
  reassessment: fc.option(
    fc.record({
      after: fc.integer({ min: 100, max: 400 }),
      outcome: fc.constantFrom("EXTENDED", "BENEFIT_ENDED") as fc.Arbitrary<"EXTENDED" | "BENEFIT_ENDED">,
    }),
    {
      nil: null,
    },
  ),
});

/** Writes a generated case with its facts (days relative to its first absence day, none after today). */
async function writeCase(g: Gen): Promise<string> {
  const first = addDays(T(), -g.ageDays);
  const on = (n: number) => (n <= g.ageDays ? addDays(first, n) : null);
  const c = await createCase(db, f, { firstAbsenceDay: first });
  const by = f.actors.caseworker.userId;
  const closedOn = g.closedAfter !== null ? on(g.closedAfter) : null;
  const reopenOn = closedOn && g.reopenAfter !== null ? on(g.closedAfter! + g.reopenAfter) : null;
  if (closedOn) await db.caseStatusChange.create({ data: { caseId: c.id, status: "CLOSED", effectiveOn: closedOn, changedById: by } });
  if (reopenOn) await db.caseStatusChange.create({ data: { caseId: c.id, status: "ACTIVE", effectiveOn: reopenOn, changedById: by } });
  if (closedOn && !reopenOn) await db.sickLeaveCase.update({ where: { id: c.id }, data: { status: "CLOSED", closedOn } });
  const exFrom = g.exemption ? on(g.exemption.from) : null;
  if (g.exemption && exFrom)
    await db.caseExemption.create({
      data: {
        caseId: c.id,
        reason: "TERMINAL_ILLNESS",
        fromOn: exFrom,
        untilOn: g.exemption.length === null ? null : addDays(exFrom, g.exemption.length),
        createdById: by,
      },
    });
  const visitedOn = g.visitation ? on(g.visitation.after) : null;
  if (g.visitation && visitedOn)
    await db.caseVisitation.create({ data: { caseId: c.id, category: g.visitation.category, visitedOn, createdById: by } });
  for (const n of g.heldAfter) {
    const d = on(n);
    if (d)
      await db.followUp.create({
        data: { caseId: c.id, mode: "PHONE", status: "HELD", heldAt: new Date(d.getTime() + 10 * 3600_000), createdById: by },
      });
  }
  const decidedOn = g.reassessment ? on(g.reassessment.after) : null;
  if (g.reassessment && decidedOn)
    await db.caseReassessment.create({
      data: {
        caseId: c.id,
        decidedOn,
        outcome: g.reassessment.outcome,
        ...(g.reassessment.outcome === "EXTENDED" ? { ground: "MEDICAL_TREATMENT", extendedUntil: addDays(decidedOn, 60) } : {}),
        createdById: by,
      },
    });
  return c.id;
}

/** The live row report of each case on `day` (what the worklist computed before ADR 0023). */
async function liveReports(ids: string[], day: Date): Promise<Map<string, RowReport>> {
  const org = await db.organisation.findUniqueOrThrow({ where: { id: f.org.id } });
  const versions = await getRuleVersions(systemContext(db as never, f.org.id, new Date(), day).read, org.jurisdiction);
  const rows = await db.sickLeaveCase.findMany({ where: { id: { in: ids } }, select: FACTS_SELECT });
  return new Map(rows.map((r) => [r.id, reportsOf(r, org.jurisdiction, versions, day).row]));
}

async function storedReports(ids: string[], day: Date): Promise<Map<string, RowReport | undefined>> {
  const rows = await db.sickLeaveCase.findMany({ where: { id: { in: ids } }, select: { id: true, rowReport: true, rowReportOn: true } });
  return new Map(rows.map((r) => [r.id, storedRowReportFor(r, day)]));
}

describe("the stored worklist row report equals the live computation", () => {
  let ids: string[] = [];

  beforeAll(async () => {
    const gens = fc.sample(arbCase, { numRuns: 40, seed: 20261130 });
    for (const g of gens) ids.push(await writeCase(g));
    ids = [...new Set(ids)];
  });

  it("after the daily refresh, for today and for later days as they pass", async () => {
    for (const days of [0, 1, 7, 45, 200]) {
      const now = new Date(Date.now() + days * DAY);
      const day = today(now);
      expect(await refreshDeadlinesIfDue(db, { now, force: true })).toMatchObject({ ran: true, day });
      const stored = await storedReports(ids, day);
      const live = await liveReports(ids, day);
      // The refresh covers every open case (and any with a stored next deadline); a closed case it
      // skips has no report for the day, and the worklist computes that row live.
      const open = new Set((await db.sickLeaveCase.findMany({ where: { id: { in: ids }, status: { not: "CLOSED" } } })).map((c) => c.id));
      expect(open.size).toBeGreaterThan(5);
      for (const id of ids) {
        if (open.has(id)) expect(stored.get(id), `case ${id} on day +${days}`).toBeDefined();
        if (stored.get(id)) expect(stored.get(id), `case ${id} on day +${days}`).toEqual(live.get(id));
      }
      // Some generated cases have overdue deadlines, flags and categories: the comparison is not of empty reports.
      const all = [...live.values()];
      expect(all.some((r) => r.overdue.length > 0)).toBe(true);
      expect(all.some((r) => r.flags.length > 0)).toBe(true);
      expect(all.some((r) => r.category !== null)).toBe(true);
      if (days === 0) expect(all.some((r) => r.exemption !== null)).toBe(true);
    }
  });

  it("the worklist shows the same rows whether it reads the stored report or computes it live", async () => {
    await refreshDeadlinesIfDue(db, { now: new Date(), force: true });
    const views = async () => [
      await getMyWorklist(f.actors.caseworker, {}),
      await getMyWorklist(f.actors.caseworker, { status: "CLOSED" }),
    ];
    const fromStore = await views();
    await db.sickLeaveCase.updateMany({ where: { id: { in: ids } }, data: { rowReportOn: null } });
    const computed = await views();
    expect(fromStore[0]!.rows.length).toBeGreaterThan(0);
    expect(fromStore).toEqual(computed);
    // …and as the case page computes the report, for the open cases on this page.
    for (const row of computed[0]!.rows.slice(0, 10)) {
      const page = await getCase(f.actors.caseworker, row.id);
      expect(row.overdue.map((d) => [d.kind, d.daysOverdue])).toEqual(page.overdue.map((d) => [d.kind, d.daysOverdue]));
      expect(row.flags).toEqual(page.flags);
    }
  });

  it("a stored report of another day is not used: the row is computed live for today", async () => {
    const id = ids[0]!;
    // Stale on purpose: computed "yesterday" with a category the case does not have.
    await db.sickLeaveCase.update({
      where: { id },
      data: { rowReportOn: addDays(T(), -1), rowReport: { overdue: [], flags: [], category: 3 } },
    });
    const live = (await liveReports([id], T())).get(id)!;
    const views = [await getMyWorklist(f.actors.caseworker, {}), await getMyWorklist(f.actors.caseworker, { status: "CLOSED" })];
    const row = views.flatMap((v) => v.rows).find((r) => r.id === id);
    expect(row).toBeDefined();
    if (row) expect({ overdue: row.overdue, flags: row.flags, category: row.category, exemption: row.exemption }).toEqual(live);
    expect(await storedReports([id], T())).toEqual(new Map([[id, undefined]]));
  });

  it("a change through a use case rewrites the stored report before commit (the case-changed hook)", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -30) });
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 1, category: 2, visitedOn: addDays(T(), -1), note: null });
    const stored = (await storedReports([c.id], T())).get(c.id);
    expect(stored?.category).toBe(2);
    expect(stored).toEqual((await liveReports([c.id], T())).get(c.id));
  });

  // walk4 item 4: the case page said "exempt from follow-up", the worklist row did not.
  it("an exemption in force today is in the worklist row, from the hook and live; a report stored without it is recomputed", async () => {
    const cw = f.actors.caseworker;
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -40) });
    const untilOn = addDays(T(), 20);
    await grantExemption(cw, {
      caseId: c.id,
      version: 1,
      exemptionReason: "IMMINENT_RETURN",
      fromOn: addDays(T(), -2),
      untilOn,
      note: null,
    });
    const expected = { reason: "IMMINENT_RETURN", untilOn };
    expect((await storedReports([c.id], T())).get(c.id)?.exemption).toEqual(expected);
    const rowOf = async () => (await getMyWorklist(cw, {})).rows.find((r) => r.id === c.id);
    expect((await rowOf())?.exemption).toEqual(expected);
    // A report stored for today before the exemption was part of it (no "exemption" key) is not trusted.
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: { rowReportOn: T(), rowReport: { overdue: [], flags: [], category: null } },
    });
    expect((await storedReports([c.id], T())).get(c.id)).toBeUndefined();
    expect((await rowOf())?.exemption).toEqual(expected);
    // An exemption that has ended (or starts later) is not shown.
    const later = (await liveReports([c.id], addDays(untilOn, 1))).get(c.id);
    expect(later?.exemption).toBeNull();
  });

  it("correcting the citizen's employment status (a fact of the deadlines) recomputes their cases before commit", async () => {
    const cw = f.actors.caseworker;
    const { id: citizenId } = await createCitizen(cw, ZCreateCitizen.parse(citizenForm(nextCpr())));
    const c = await createCase(db, f, { citizenId, firstAbsenceDay: addDays(T(), -200) });
    await db.sickLeaveCase.update({ where: { id: c.id }, data: { rowReportOn: null, rowReport: undefined } });
    await correctCitizen(
      cw,
      ZCorrectCitizen.parse({ ...citizenForm("", { employmentStatus: "SELF_EMPLOYED" }), citizenId, version: "1", reason: "Selvstændig" }),
    );
    const stored = (await storedReports([c.id], T())).get(c.id);
    expect(stored).toBeDefined();
    expect(stored).toEqual((await liveReports([c.id], T())).get(c.id));
  });
});
