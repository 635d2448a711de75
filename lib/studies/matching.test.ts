// Matched comparison and its balance table.
import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/stats/random";
import { balanceTable } from "./balance";
import { ageBand, matchComparisonCases, type MatchCandidate } from "./matching";

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
let next = 0;
const c = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: `c${String(next++).padStart(4, "0")}`,
  organisationId: "org",
  entryDay: D("2026-03-01"),
  ageBand: "40-49",
  sex: "F",
  diagnosisGroup: "MENTAL",
  employmentStatus: "EMPLOYEE",
  weeksOnBenefitAtEntry: 8,
  ...over,
});

describe("matchComparisonCases", () => {
  it("matches exactly on the categorical covariates and the municipality, nearest on weeks", () => {
    const i = c({ id: "i1", weeksOnBenefitAtEntry: 9 });
    const pool = [
      c({ id: "man", sex: "M", weeksOnBenefitAtEntry: 9 }),
      c({ id: "other-org", organisationId: "nabo", weeksOnBenefitAtEntry: 9 }),
      c({ id: "unemployed", employmentStatus: "UNEMPLOYED", weeksOnBenefitAtEntry: 9 }),
      c({ id: "far", weeksOnBenefitAtEntry: 12 }),
      c({ id: "near", weeksOnBenefitAtEntry: 8 }),
    ];
    expect(matchComparisonCases([i], pool).pairs).toEqual([{ interventionId: "i1", comparisonId: "near", weeksApart: 1, daysApart: 0 }]);
  });

  it("leaves a case unmatched when no candidate is inside the calipers (weeks and period)", () => {
    const i = c({ id: "i1" });
    const pool = [c({ id: "late", entryDay: D("2026-09-01") }), c({ id: "long", weeksOnBenefitAtEntry: 20 })];
    expect(matchComparisonCases([i], pool)).toMatchObject({ pairs: [], unmatched: ["i1"] });
    expect(matchComparisonCases([i], pool, { periodCaliperDays: 200 }).pairs[0]!.comparisonId).toBe("late");
  });

  it("uses every comparison case once, the case with fewest candidates choosing first", () => {
    const hard = c({ id: "i-hard", weeksOnBenefitAtEntry: 8 });
    const easy = c({ id: "i-easy", weeksOnBenefitAtEntry: 10 });
    const shared = c({ id: "shared", weeksOnBenefitAtEntry: 9 }); // 1 week from both
    const onlyEasy = c({ id: "only-easy", weeksOnBenefitAtEntry: 13 }); // 3 weeks from easy, 5 from hard
    const r = matchComparisonCases([easy, hard], [onlyEasy, shared]);
    expect(r.pairs.map((p) => [p.interventionId, p.comparisonId]).sort()).toEqual([
      ["i-easy", "only-easy"],
      ["i-hard", "shared"],
    ]);
    expect(new Set(r.pairs.map((p) => p.comparisonId)).size).toBe(r.pairs.length);
  });

  it("gives the same matches whatever the order of the input", () => {
    const rng = createRng(4);
    const make = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, k) =>
        c({
          id: `${prefix}${k}`,
          weeksOnBenefitAtEntry: rng.int(6, 14),
          sex: rng.float() < 0.5 ? "F" : "M",
          entryDay: D(`2026-0${rng.int(1, 6)}-01`),
        }),
      );
    const interventions = make("i", 30);
    const pool = make("p", 120);
    const a = matchComparisonCases(interventions, pool);
    const b = matchComparisonCases([...interventions].reverse(), [...pool].reverse());
    const key = (r: typeof a) => r.pairs.map((p) => `${p.interventionId}:${p.comparisonId}`).sort();
    expect(key(b)).toEqual(key(a));
    expect(b.unmatched).toEqual(a.unmatched);
  });

  it("refuses a case in both groups", () => {
    const x = c({ id: "x" });
    expect(() => matchComparisonCases([x], [x])).toThrow(RangeError);
  });
});

describe("ageBand", () => {
  it("counts completed years on the day", () => {
    expect(ageBand(D("1990-06-15"), D("2026-06-14"))).toBe("30-39"); // 35
    expect(ageBand(D("1996-06-15"), D("2026-06-14"))).toBe("18-29"); // 29
    expect(ageBand(D("1996-06-15"), D("2026-06-15"))).toBe("30-39"); // 30 on the birthday
    expect(ageBand(D("1966-01-01"), D("2026-01-01"))).toBe("60+");
    expect(ageBand(D("2010-01-01"), D("2026-01-01"))).toBe("under-18");
  });
});

describe("balanceTable", () => {
  it("computes counts, shares and standardised differences by hand", () => {
    const i = [c({ sex: "F" }), c({ sex: "F" }), c({ sex: "M" }), c({ sex: "F", weeksOnBenefitAtEntry: 10 })];
    const k = [c({ sex: "M" }), c({ sex: "M" }), c({ sex: "F" }), c({ sex: "M", weeksOnBenefitAtEntry: 12 })];
    const t = balanceTable({ intervention: i, comparison: k });
    const female = t.rows.find((r) => r.covariate === "sex" && r.level === "F")!;
    expect(female.before.intervention).toMatchObject({ n: 4, count: 3, share: 0.75 });
    expect(female.before.comparison).toMatchObject({ n: 4, count: 1, share: 0.25 });
    expect(female.before.smd).toBeCloseTo(0.5 / Math.sqrt((0.75 * 0.25 + 0.25 * 0.75) / 2), 12);
    const weeks = t.rows.find((r) => r.covariate === "weeksOnBenefitAtEntry")!;
    // intervention 8, 8, 8, 10: mean 8.5, var 1; comparison 8, 8, 8, 12: mean 9, var 4
    expect(weeks.before.smd).toBeCloseTo(-0.5 / Math.sqrt((1 + 4) / 2), 12);
    expect(t.imbalanced.map((r) => `${r.covariate}/${r.level}`)).toEqual(
      expect.arrayContaining(["sex/F", "sex/M", "weeksOnBenefitAtEntry/null"]),
    );
    expect(t.rows.every((r) => r.after === null)).toBe(true);
  });

  it("shows matching removing the imbalance of a confounded pool", () => {
    const rng = createRng(8);
    const person = (id: string, mentalShare: number, weeks: [number, number]) =>
      c({
        id,
        diagnosisGroup: rng.float() < mentalShare ? "MENTAL" : "MUSCULOSKELETAL",
        sex: rng.float() < 0.5 ? "F" : "M",
        weeksOnBenefitAtEntry: rng.int(...weeks),
      });
    // Participants: more mental diagnoses and longer on benefit than the pool, which still overlaps them.
    const interventions = Array.from({ length: 60 }, (_, k) => person(`i${k}`, 0.7, [9, 12]));
    const pool = Array.from({ length: 600 }, (_, k) => person(`p${k}`, 0.3, [7, 13]));
    const m = matchComparisonCases(interventions, pool);
    const byId = new Map([...interventions, ...pool].map((x) => [x.id, x]));
    const t = balanceTable(
      { intervention: interventions, comparison: pool },
      { intervention: m.pairs.map((p) => byId.get(p.interventionId)!), comparison: m.pairs.map((p) => byId.get(p.comparisonId)!) },
    );
    const mental = t.rows.find((r) => r.covariate === "diagnosisGroup" && r.level === "MENTAL")!;
    expect(Math.abs(mental.before.smd!)).toBeGreaterThan(0.5);
    expect(mental.after!.smd).toBe(0); // exact matching
    const weeks = t.rows.find((r) => r.covariate === "weeksOnBenefitAtEntry")!;
    expect(Math.abs(weeks.after!.smd!)).toBeLessThan(Math.abs(weeks.before.smd!));
    expect(Math.abs(weeks.after!.smd!)).toBeLessThan(0.1);
    expect(m.unmatched).toEqual([]);
    expect(t.imbalanced).toEqual([]);
    // Without overlap in weeks the table keeps flagging what matching could not fix.
    const noOverlap = balanceTable(
      { intervention: interventions, comparison: pool },
      { intervention: interventions, comparison: interventions.map((x) => ({ ...x, weeksOnBenefitAtEntry: x.weeksOnBenefitAtEntry - 3 })) },
    );
    expect(noOverlap.imbalanced.map((r) => r.covariate)).toEqual(["weeksOnBenefitAtEntry"]);
  });
});
