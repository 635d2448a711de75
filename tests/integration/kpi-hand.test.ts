// Every key figure against a HAND-computed fixture (tests/fixtures/kpi-hand.json: 6 citizens,
// 7 cases, 4 referrals, 4 rehab plans). The expected numbers below were worked out by hand from
// the file (see the comments), not by calling the code. The fixture is loaded through the real
// import and computed by the real refresh job; the raw (unsuppressed) cells are compared.
// A second part checks that the pre-aggregated cells equal the live query for every month and a
// set of filter combinations.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { importFile } from "@/lib/import/import-file";
import { computeLive, refreshKeyFigures } from "@/lib/kpi/refresh/refresh";
import { monthKey } from "@/lib/kpi/months";

const FIXTURE = path.resolve(__dirname, "../fixtures/kpi-hand.json");
const AS_OF = new Date("2025-06-15T00:00:00Z");
let orgId: string;
const ids = { dept: {} as Record<string, string>, prog: {} as Record<string, string> };

type Filter = { dept?: string; grp?: string; prog?: string };
async function cells(): Promise<Map<string, number>> {
  const rows = await testDb().db.kpiCell.findMany({ where: { organisationId: orgId } });
  return new Map(rows.map((r) => [`${r.figure}|${monthKey(r.month)}|${r.departmentId}|${r.diagnosisGroup}|${r.programmeId}`, r.value]));
}
let table: Map<string, number>;
const v = (figure: string, month: string, f: Filter = {}) =>
  table.get(`${figure}|${month}|${f.dept ? ids.dept[f.dept] : ""}|${f.grp ?? ""}|${f.prog ? ids.prog[f.prog] : ""}`) ?? 0;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  const r = await importFile(db, FIXTURE, { today: AS_OF, now: new Date("2025-06-15T12:00:00Z"), refreshFigures: false });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  orgId = r.organisationId;
  for (const d of await db.department.findMany({ where: { organisationId: orgId } })) ids.dept[d.name] = d.id;
  for (const p of await db.programme.findMany({ where: { organisationId: orgId } })) ids.prog[p.name] = p.id;
  // "Overdue now" reads the stored next deadline: fix it by hand (C3 overdue, C4 not yet, C6b none).
  const caseOf = async (firstName: string, first: string) =>
    (await db.sickLeaveCase.findFirstOrThrow({ where: { citizen: { firstName }, firstAbsenceDay: new Date(`${first}T00:00:00Z`) } })).id;
  await db.sickLeaveCase.update({
    where: { id: await caseOf("Cecilie", "2024-11-04") },
    data: { nextDeadlineOn: new Date("2025-06-01T00:00:00Z") },
  });
  await db.sickLeaveCase.update({
    where: { id: await caseOf("Dorte", "2025-03-12") },
    data: { nextDeadlineOn: new Date("2025-06-20T00:00:00Z") },
  });
  await db.sickLeaveCase.update({ where: { id: await caseOf("Frida", "2025-03-03") }, data: { nextDeadlineOn: null } });
  await refreshKeyFigures(db, orgId, AS_OF);
  table = await cells();
});
afterAll(teardownTestDb);

describe("key figures against the hand-computed fixture", () => {
  it("cases: stock at month end, inflow (new + reopened), outflow, partial returns", () => {
    // Jan end: C1 (active), C3 (partial), C5 → 3. Feb end: C1, C2, C3 (C5 closed 28 Feb) → 3.
    // Mar end: C1 (partial), C3 (reopened 20 Mar), C4, C6b → 4 (C2 closed 31 Mar). Apr end: C3, C4, C6b → 3.
    expect([v("active", "2025-01"), v("active", "2025-02"), v("active", "2025-03"), v("active", "2025-04")]).toEqual([3, 3, 4, 3]);
    // June is the current month: as of 15 June.
    expect(v("active", "2025-06")).toBe(3);
    // Feb: C2 new; C3 back to ACTIVE from PARTIAL is no inflow. Mar: C4, C6b new + C3 reopened.
    expect([v("inflow", "2025-02"), v("inflow", "2025-03")]).toEqual([1, 3]);
    // Feb: C5 closed. Mar: C3 (3 Mar) and C2 (31 Mar). Apr: C1.
    expect([v("outflow", "2025-02"), v("outflow", "2025-03"), v("outflow", "2025-04")]).toEqual([1, 2, 1]);
    // Jan: C3 partial from 15 Jan. Mar: C1 partial from 10 Mar. Feb: none.
    expect([v("partialReturns", "2025-01"), v("partialReturns", "2025-02"), v("partialReturns", "2025-03")]).toEqual([1, 0, 1]);
    // C6a began in September 2024 and closed in December.
    expect([v("inflow", "2024-09"), v("outflow", "2024-12")]).toEqual([1, 1]);
  });

  it("median sick-leave duration of closed cases, in weeks", () => {
    // Mar: C2 56 days (3 Feb → 31 Mar) = 8 weeks, C3 119 days (4 Nov → 3 Mar) = 17 weeks → median 12.5.
    expect(v("duration.median", "2025-03")).toBe(12.5);
    // Apr: C1 98 days (6 Jan → 14 Apr) = 14 weeks.
    expect(v("duration.median", "2025-04")).toBe(14);
    expect(v("duration.median", "2025-03", { grp: "MENTAL" })).toBe(12.5);
  });

  it("follow-ups held on time, by the Danish day they were held", () => {
    // Mar: C1 held 20 Mar, due 17 Mar (late); C2 28 Mar, due 31 Mar; C3 at 00:30 on 1 Mar Danish time
    // (28 Feb in UTC), due 1 Mar → 3 held, 2 on time, 1 late. Feb: C1 on 20 Feb, due 3 Mar.
    expect([v("followUps.held", "2025-03"), v("followUps.onTime", "2025-03"), v("followUps.late", "2025-03")]).toEqual([3, 2, 1]);
    expect([v("followUps.held", "2025-02"), v("followUps.onTime", "2025-02")]).toEqual([1, 1]);
    expect([v("followUps.held", "2025-03", { dept: "Jobcenter A" }), v("followUps.onTime", "2025-03", { dept: "Jobcenter A" })]).toEqual([
      2, 1,
    ]);
  });

  it("overdue now: open cases whose stored next deadline lies before today", () => {
    expect(v("overdueNow", "2025-06")).toBe(1);
    expect(v("overdueNow", "2025-06", { dept: "Jobcenter B", grp: "MENTAL" })).toBe(1);
    expect(v("overdueNow", "2025-06", { dept: "Jobcenter A" })).toBe(0);
  });

  it("referral funnel with reasons, by the Danish day of each step", () => {
    // Feb: r1 and r2 submitted; r1 accepted and started; r2 rejected (NOT_ELIGIBLE).
    expect(["submitted", "accepted", "started", "completed", "rejected"].map((s) => v(`referrals.${s}`, "2025-02"))).toEqual([
      2, 1, 1, 0, 1,
    ]);
    expect(v("referrals.rejected.NOT_ELIGIBLE", "2025-02")).toBe(1);
    // Jan: r3 submitted and wait-listed (counts as accepted).
    expect([v("referrals.submitted", "2025-01"), v("referrals.accepted", "2025-01")]).toEqual([1, 1]);
    // Mar: r4 submitted and accepted, r3 started from the wait list.
    expect(["submitted", "accepted", "started", "completed"].map((s) => v(`referrals.${s}`, "2025-03"))).toEqual([1, 1, 1, 0]);
    // Apr: r1 completed, r4 returned (HEALTH_WORSENED).
    expect([
      v("referrals.completed", "2025-04"),
      v("referrals.returned", "2025-04"),
      v("referrals.returned.HEALTH_WORSENED", "2025-04"),
    ]).toEqual([1, 1, 1]);
    expect(v("referrals.dropped", "2025-04")).toBe(0);
  });

  it("waiting time from referral to start, in days", () => {
    // Feb: r1 3 Feb → 17 Feb = 14 days. Mar: r3 6 Jan → 24 Mar = 77 days.
    expect([v("wait.median", "2025-02"), v("wait.p90", "2025-02")]).toEqual([14, 14]);
    expect([v("wait.median", "2025-03"), v("wait.p90", "2025-03")]).toEqual([77, 77]);
  });

  it("programme places in use and the wait list at month end", () => {
    // Feb end: r1 started (in use), r3 wait-listed. Mar end: r1 and r3 started. Apr end: r3 (r1 completed 11 Apr).
    expect([v("capacity.inUse", "2025-02"), v("waitlist", "2025-02")]).toEqual([1, 1]);
    expect([v("capacity.inUse", "2025-03"), v("waitlist", "2025-03")]).toEqual([2, 0]);
    expect(v("capacity.inUse", "2025-04")).toBe(1);
    expect(v("capacity.inUse", "2025-03", { prog: "Stresshåndtering" })).toBe(1);
  });

  it("new rehab plans and goals achieved", () => {
    // Plans start: pl5 Dec 2024, pl6 Jan, pl1 Feb, pl3 Mar. Goal g1 achieved 25 Mar.
    expect([v("plans.new", "2024-12"), v("plans.new", "2025-01"), v("plans.new", "2025-02"), v("plans.new", "2025-03")]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(v("goals.achieved", "2025-03")).toBe(1);
    expect(v("goals.achieved", "2025-04")).toBe(0);
  });

  it("not on benefit 3 months after the rehab start", () => {
    // pl5: 10 Mar, case closed MOVED → not counted. pl6: 10 Apr; its case (C6a, the latest case begun
    // before the plan) closed as full return → 1 of 1. pl1: 17 May; C1 closed as full return 14 Apr → 1 of 1.
    // pl3: 24 Jun, after today → not yet.
    expect([v("offBenefit.den", "2025-03"), v("offBenefit.den", "2025-04"), v("offBenefit.num", "2025-04")]).toEqual([0, 1, 1]);
    expect([v("offBenefit.den", "2025-05"), v("offBenefit.num", "2025-05"), v("offBenefit.den", "2025-06")]).toEqual([1, 1, 0]);
  });

  it("recovered or partially recovered at the end of the rehab plan", () => {
    // Mar: pl5 ended (MOVED: not counted), pl6 ended 20 Mar with C6a closed as full return → 1 of 1.
    // Apr: pl1 ended 11 Apr while C1 was partially back (closed 14 Apr) → 1 of 1.
    expect([v("recovered.den", "2025-03"), v("recovered.num", "2025-03"), v("recovered.comp", "2025-03")]).toEqual([1, 1, 0]);
    expect([v("recovered.den", "2025-04"), v("recovered.num", "2025-04")]).toEqual([1, 1]);
  });

  it("improved self-rated health, first vs last progress note of plans ended in the month", () => {
    // Mar: pl6 3 → 3 (not improved); pl5 has one note only. Apr: pl1 2 → 4 (improved).
    expect([v("health.den", "2025-03"), v("health.num", "2025-03"), v("health.comp", "2025-03")]).toEqual([1, 0, 1]);
    expect([v("health.den", "2025-04"), v("health.num", "2025-04")]).toEqual([1, 1]);
  });

  it("filters: department (jobcenter or health center), diagnosis group, programme and combinations", () => {
    expect([v("active", "2025-03", { dept: "Jobcenter A" }), v("active", "2025-03", { dept: "Jobcenter B" })]).toEqual([2, 2]);
    // The health center's cases: those that started one of its programmes (C1, C3).
    expect(v("active", "2025-03", { dept: "Sundhedscenter" })).toBe(2);
    expect([v("inflow", "2025-03", { dept: "Jobcenter B" }), v("outflow", "2025-03", { dept: "Jobcenter A" })]).toEqual([2, 1]);
    expect([
      v("active", "2025-03", { grp: "MENTAL" }),
      v("inflow", "2025-03", { grp: "MENTAL" }),
      v("outflow", "2025-03", { grp: "MENTAL" }),
    ]).toEqual([1, 1, 2]);
    expect([v("active", "2025-03", { prog: "Stresshåndtering" }), v("active", "2025-03", { prog: "Rygskole" })]).toEqual([1, 1]);
    expect(v("partialReturns", "2025-03", { prog: "Rygskole" })).toBe(1);
    expect(v("active", "2025-03", { dept: "Jobcenter B", grp: "MENTAL", prog: "Stresshåndtering" })).toBe(1);
    expect(v("active", "2025-03", { dept: "Jobcenter A", grp: "MENTAL" })).toBe(0);
    expect(v("referrals.started", "2025-03", { dept: "Sundhedscenter" })).toBe(1);
  });

  it("the pre-aggregated cells equal the live query for every month and a set of filter combinations", async () => {
    const { db } = testDb();
    const months = [...new Set([...table.keys()].map((k) => k.split("|")[1]!))].sort();
    const filters: Filter[] = [
      {},
      { dept: "Jobcenter A" },
      { dept: "Sundhedscenter" },
      { grp: "MENTAL" },
      { prog: "Stresshåndtering" },
      { dept: "Jobcenter B", grp: "MENTAL" },
    ];
    for (const month of months) {
      for (const f of filters) {
        const live = await computeLive(db, orgId, AS_OF, new Date(`${month}-01T00:00:00Z`), {
          departmentId: f.dept ? ids.dept[f.dept]! : "",
          diagnosisGroup: f.grp ?? "",
          programmeId: f.prog ? ids.prog[f.prog]! : "",
        });
        const stored = [...table.keys()].filter((k) => {
          const [, m, d, g, p] = k.split("|");
          return m === month && d === (f.dept ? ids.dept[f.dept] : "") && g === (f.grp ?? "") && p === (f.prog ? ids.prog[f.prog] : "");
        });
        expect(new Map(stored.map((k) => [k.split("|")[0]!, table.get(k)]))).toEqual(new Map([...live].map(([fig, c]) => [fig, c.value])));
      }
    }
  });
});
