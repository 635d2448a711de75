// Privacy of the key figures (issue 11): a property test over generated data. Random cases
// (stock and flows over months), referrals with reasons and share counts are aggregated into every
// filter combination; the whole table is suppressed with suppressCube; then two attackers that are
// written independently of the production code (its own enumeration of the relations, exact
// rational arithmetic) tries to recover a "< 5" cell from everything that is published — all filter
// combinations, totals, months and breakdowns at once (an export shows exactly these cells): is
// the cell a fixed combination of the visible cells through any set of exact relations?
// Also: "< 5" exactly for 1–4 people, never for 5 or more; "–" only for cells of 5 or more.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cubeRelations, suppressCube, type CubeCell, type CubeDims, type PublishedCell } from "@/lib/kpi/cube";
import { exposedPrimaries, isSmall, suppressCells, type Mark } from "@/lib/kpi/suppression";
import { attackerRelations, ExactSpace, type World } from "./support/kpi-attack";

// ------------------------------------------------------------------------------ generated data

const world: fc.Arbitrary<World> = fc
  .record({
    jc: fc.integer({ min: 1, max: 2 }),
    hc: fc.integer({ min: 1, max: 2 }),
    groups: fc.integer({ min: 2, max: 3 }),
    progs: fc.integer({ min: 1, max: 3 }),
    months: fc.integer({ min: 2, max: 4 }),
    citizens: fc.integer({ min: 4, max: 40 }),
  })
  .chain((size) => {
    const jcs = Array.from({ length: size.jc }, (_, i) => `jc${i}`);
    const hcs = Array.from({ length: size.hc }, (_, i) => `hc${i}`);
    const groups = ["MENTAL", "MUSCULOSKELETAL", "OTHER"].slice(0, size.groups);
    const progs = Array.from({ length: size.progs }, (_, i) => `p${i}`);
    const citizen = fc.integer({ min: 0, max: size.citizens - 1 });
    const month = fc.integer({ min: 0, max: size.months - 1 });
    return fc
      .record({
        programmeDept: fc
          .tuple(...progs.map(() => fc.constantFrom(...hcs)))
          .map((d) => Object.fromEntries(progs.map((p, i) => [p, d[i]!]))),
        cases: fc.array(
          fc.record({
            citizen,
            jc: fc.constantFrom(...jcs),
            grp: fc.constantFrom(...groups),
            progs: fc.subarray(progs, { maxLength: Math.min(2, progs.length) }),
            start: month,
            length: fc.option(fc.integer({ min: 0, max: size.months }), { nil: null }),
          }),
          { maxLength: 60 },
        ),
        referrals: fc.array(
          fc.record({
            citizen,
            jc: fc.constantFrom(...jcs),
            grp: fc.constantFrom(...groups),
            prog: fc.constantFrom(...progs),
            month,
            reason: fc.option(fc.constantFrom("NOT_ELIGIBLE", "OTHER"), { nil: null }),
          }),
          { maxLength: 40 },
        ),
        shares: fc.array(
          fc.record({ citizen, jc: fc.constantFrom(...jcs), grp: fc.constantFrom(...groups), month, onTime: fc.boolean() }),
          { maxLength: 40 },
        ),
      })
      .map((w) => ({
        dims: {
          jobcenterDepartments: jcs,
          healthDepartments: hcs,
          diagnosisGroups: groups,
          programmes: progs,
          months: Array.from({ length: size.months }, (_, i) => `2025-0${i + 1}`),
        },
        programmeDept: w.programmeDept,
        cases: w.cases.map((c) => ({ ...c, end: c.length === null || c.start + c.length >= size.months ? null : c.start + c.length })),
        referrals: w.referrals,
        shares: w.shares,
      }));
  });

/** Aggregates the world into every filter combination (written independently of the SQL). */
function aggregate(w: World): CubeCell[] {
  const cells = new Map<string, { value: number; persons: Set<number> }>();
  const m = (i: number) => w.dims.months[i]!;
  const add = (
    figure: string,
    month: string,
    citizen: number,
    jc: string,
    hcs: readonly string[],
    grp: string,
    progs: readonly string[],
  ) => {
    for (const d of ["", jc, ...hcs])
      for (const g of ["", grp])
        for (const p of ["", ...progs]) {
          const k = `${figure}|${month}|${d}|${g}|${p}`;
          const c = cells.get(k) ?? { value: 0, persons: new Set<number>() };
          c.value++;
          c.persons.add(citizen);
          cells.set(k, c);
        }
  };
  for (const c of w.cases) {
    const hcs = [...new Set(c.progs.map((p) => w.programmeDept[p]!))];
    add("inflow", m(c.start), c.citizen, c.jc, hcs, c.grp, c.progs);
    if (c.end !== null) add("outflow", m(c.end), c.citizen, c.jc, hcs, c.grp, c.progs);
    for (let k = c.start; k < (c.end ?? w.dims.months.length); k++) add("active", m(k), c.citizen, c.jc, hcs, c.grp, c.progs);
  }
  for (const r of w.referrals) {
    const dims = [r.citizen, r.jc, [w.programmeDept[r.prog]!], r.grp, [r.prog]] as const;
    add("referrals.rejected", m(r.month), ...dims);
    add(`referrals.rejected.${r.reason ?? "UNSPECIFIED"}`, m(r.month), ...dims);
  }
  for (const s of w.shares) {
    add("followUps.held", m(s.month), s.citizen, s.jc, [], s.grp, []);
    add(s.onTime ? "followUps.onTime" : "followUps.late", m(s.month), s.citizen, s.jc, [], s.grp, []);
  }
  return [...cells].map(([k, c]) => {
    const [figure, month, departmentId, diagnosisGroup, programmeId] = k.split("|") as [string, string, string, string, string];
    return { figure, month, departmentId, diagnosisGroup, programmeId, value: c.value, persons: c.persons.size };
  });
}

// ------------------------------------------------------------------------------ the property

const seen = { VALUE: 0, PRIMARY: 0, COMPLEMENTARY: 0 };

function check(w: World): void {
  const cells = aggregate(w);
  const published: PublishedCell[] = suppressCube(cells, w.dims);
  for (const c of published) seen[c.display]++;
  const byKey = new Map(published.map((c) => [`${c.figure}|${c.month}|${c.departmentId}|${c.diagnosisGroup}|${c.programmeId}`, c]));
  // Display rules.
  for (const c of published) {
    expect(c.display === "PRIMARY", JSON.stringify(c)).toBe(isSmall(c.persons));
    if (c.display === "COMPLEMENTARY") expect(c.persons).toBeGreaterThanOrEqual(5);
  }
  const trueValue = (f: string, m: string, d: string, g: string, p: string) => byKey.get(`${f}|${m}|${d}|${g}|${p}`)?.value ?? 0;
  const relations = attackerRelations(w, trueValue);
  const hidden = published
    .filter((c) => c.display !== "VALUE")
    .map((c) => `${c.figure}|${c.month}|${c.departmentId}|${c.diagnosisGroup}|${c.programmeId}`);
  const col = new Map(hidden.map((k, i) => [k, i]));
  // 1. exact linear recovery
  const space = new ExactSpace();
  for (const r of relations) {
    const v = new Map<number, bigint>();
    for (const [k, c] of r.terms) {
      const j = col.get(k);
      if (j !== undefined) v.set(j, (v.get(j) ?? 0n) + BigInt(c));
    }
    const cols = [...v.keys()].filter((j) => v.get(j) !== 0n).sort((a, b) => a - b);
    if (cols.length) space.add({ cols, vals: cols.map((j) => v.get(j)!) });
  }
  for (const k of hidden) {
    if (byKey.get(k)!.display !== "PRIMARY") continue;
    expect(space.contains({ cols: [col.get(k)!], vals: [1n] }), `recovered by subtraction: ${k} = ${byKey.get(k)!.value}`).toBe(false);
  }
}

describe("key-figure suppression", () => {
  it("no combination of filters, totals, months or breakdowns recovers a suppressed count (generated data)", () => {
    fc.assert(
      fc.property(world, (w) => check(w)),
      // A fixed seed: with a random one the "not vacuous" check below failed about once in 25 runs
      // (too few "–" cells in that draw), which is the generator, not a privacy defect.
      { numRuns: 120, seed: 20261130 },
    );
    // Not vacuous: the generated tables had visible, "< 5" and "–" cells.
    expect(Math.min(seen.VALUE, seen.PRIMARY)).toBeGreaterThan(20);
    expect(seen.COMPLEMENTARY).toBeGreaterThan(5);
  }, 300_000);

  it("a breakdown with one small cell hides a second cell, and the total stays visible", () => {
    // total 20 = 3 + 9 + 8 (one relation): 3 is "< 5"; 9 (the cheapest cell ≥ 9) is hidden as "–".
    const marks = suppressCells(
      [
        { value: 20, persons: 20, cost: 30 },
        { value: 3, persons: 3, cost: 0 },
        { value: 9, persons: 9, cost: 0 },
        { value: 8, persons: 8, cost: 3 },
      ],
      [{ cells: [0, 1, 2, 3], coefs: [1, -1, -1, -1] }],
    );
    expect(marks).toEqual(["VALUE", "PRIMARY", "COMPLEMENTARY", "VALUE"]);
  });

  it("hides whole groups of equal cells: a total with one non-zero part goes with it, so a detail is chosen instead", () => {
    // T = a + b with a "< 5"; b = c (c is an organisation total whose only non-zero part is b).
    // b looks cheapest (cost 0) but hiding it would force c (cost 1000) too, so T (cost 30) is hidden.
    const marks = suppressCells(
      [
        { value: 20, persons: 20, cost: 30 },
        { value: 3, persons: 3, cost: 0 },
        { value: 17, persons: 17, cost: 0 },
        { value: 17, persons: 17, cost: 1000 },
      ],
      [
        { cells: [0, 1, 2], coefs: [1, -1, -1] },
        { cells: [3, 2], coefs: [1, -1] },
      ],
    );
    expect(marks).toEqual(["COMPLEMENTARY", "PRIMARY", "VALUE", "VALUE"]);
  });

  it("shows 0 and counts of 5 or more, and never hides a 5 as '< 5'", () => {
    const marks = suppressCells(
      [0, 5, 6, 4].map((v) => ({ value: v, persons: v, cost: 0 })),
      [],
    );
    expect(marks).toEqual(["VALUE", "VALUE", "VALUE", "PRIMARY"]);
  });

  it("active cases in a narrow slice: small flows hide stocks along the months; the greedy choice is safe, not minimal (docs/key-figures.md)", () => {
    // One slice, six months: stocks 10, 10, 12, 12, 11, 14; inflow 10, 0, 2, 0, 0, 3; outflow 0, 0, 0, 0, 1, 0.
    const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
    const series = { active: [10, 10, 12, 12, 11, 14], inflow: [10, 0, 2, 0, 0, 3], outflow: [0, 0, 0, 0, 1, 0] };
    const cells: CubeCell[] = months.flatMap((month, k) =>
      (["active", "inflow", "outflow"] as const)
        .filter((f) => series[f][k]! > 0)
        .map((figure) => ({
          figure,
          month,
          departmentId: "D",
          diagnosisGroup: "G",
          programmeId: "",
          value: series[figure][k]!,
          persons: series[figure][k]!,
        })),
    );
    const dims: CubeDims = { jobcenterDepartments: ["D"], healthDepartments: [], diagnosisGroups: ["G"], programmes: [], months };
    const shown = (cs: readonly PublishedCell[], display: Mark) =>
      cs
        .filter((c) => c.display === display)
        .map((c) => `${c.figure} ${c.month}`)
        .sort();
    const out = suppressCube(cells, dims);
    expect(shown(out, "PRIMARY")).toEqual(["inflow 2026-03", "inflow 2026-06", "outflow 2026-05"]);
    // Today's greedy choice: four complements (January's stock is tied to February's, and to its inflow).
    expect(shown(out, "COMPLEMENTARY")).toEqual(["active 2026-01", "active 2026-02", "active 2026-05", "inflow 2026-01"]);
    // Three would do: the stocks of March, April and May protect all three small flows.
    const key = (c: CubeCell) => `${c.figure} ${c.month}`;
    const three = new Set(["active 2026-03", "active 2026-04", "active 2026-05"]);
    const marks: Mark[] = cells.map((c) => (isSmall(c.persons) ? "PRIMARY" : three.has(key(c)) ? "COMPLEMENTARY" : "VALUE"));
    expect(exposedPrimaries(cells.length, marks, cubeRelations(cells, dims))).toEqual([]);
    // And fewer than that is not enough here: without May's stock, June's inflow is its stock's difference.
    const two = marks.map((m, i) => (key(cells[i]!) === "active 2026-05" ? "VALUE" : m));
    expect(exposedPrimaries(cells.length, two, cubeRelations(cells, dims)).length).toBeGreaterThan(0);
  });
});
