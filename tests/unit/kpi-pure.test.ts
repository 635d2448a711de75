// Pure parts of the key figures: months, percentiles, target status, and the view a manager gets
// (shares, capacity, snapshots, suppression symbols) — with hand-computed expectations.
import { describe, expect, it } from "vitest";
import { addMonths, addMonthsToDay, lastDayOf, monthKey, monthOf, monthRange, monthsBetween, parseMonthKey } from "@/lib/kpi/months";
import { percentile } from "@/lib/kpi/percentile";
import { targetStatus } from "@/lib/kpi/target-status";
import { buildFigureViews, type ShownCell } from "@/lib/kpi/view";
import { hidingCost } from "@/lib/kpi/cube";
import { ZKeyFigureQuery, ZSetKeyFigureTarget } from "@/lib/validation/kpi";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("months", () => {
  it("moves, ends and ranges calendar months", () => {
    expect(monthKey(monthOf(d("2025-03-31")))).toBe("2025-03");
    expect(monthKey(addMonths(d("2025-01-01"), -2))).toBe("2024-11");
    expect(lastDayOf(d("2024-02-01")).toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(monthRange(d("2024-11-01"), d("2025-02-01")).map(monthKey)).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsBetween(d("2024-11-01"), d("2025-02-01"))).toBe(3);
    // 31 January + 1 month = 28 February (clamped, as PostgreSQL's date + interval '1 month').
    expect(addMonthsToDay(d("2025-01-31"), 1).toISOString().slice(0, 10)).toBe("2025-02-28");
    expect(addMonthsToDay(d("2024-11-30"), 3).toISOString().slice(0, 10)).toBe("2025-02-28");
  });

  it("parses only real months 2000–2100", () => {
    expect(parseMonthKey("2025-03")?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    for (const bad of ["2025-13", "2025-00", "25-03", "2025-3", "1999-12", "x"]) expect(parseMonthKey(bad)).toBeNull();
  });
});

describe("percentile (linear interpolation, as PostgreSQL percentile_cont and Excel PERCENTILE.INC)", () => {
  it("matches hand-computed values", () => {
    expect(percentile([8, 17], 0.5)).toBe(12.5);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // [10, 20, 30, 40, 50]: h = 0.9·4 = 3.6 → 40 + 0.6·10 = 46
    expect(percentile([50, 10, 40, 30, 20], 0.9)).toBeCloseTo(46, 10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });
});

describe("target status", () => {
  it("is met on the right side of the target, by the figure's direction", () => {
    expect(targetStatus({ kind: "value", value: 50 }, 50, "higher")).toBe("met");
    expect(targetStatus({ kind: "value", value: 49.9 }, 50, "higher")).toBe("notMet");
    expect(targetStatus({ kind: "value", value: 30 }, 28, "lower")).toBe("notMet");
    expect(targetStatus({ kind: "value", value: 28 }, 28, "lower")).toBe("met");
    expect(targetStatus({ kind: "small" }, 28, "lower")).toBe("unknown");
    expect(targetStatus({ kind: "value", value: 3 }, null, "lower")).toBe("noTarget");
  });
});

describe("the manager's view", () => {
  const months = ["2025-02", "2025-03"];
  const cells: ShownCell[] = [
    { figure: "active", month: "2025-02", display: "VALUE", value: 120 },
    { figure: "active", month: "2025-03", display: "COMPLEMENTARY" },
    { figure: "followUps.held", month: "2025-03", display: "VALUE", value: 40 },
    { figure: "followUps.onTime", month: "2025-03", display: "VALUE", value: 30 },
    { figure: "followUps.late", month: "2025-03", display: "VALUE", value: 10 },
    { figure: "recovered.den", month: "2025-03", display: "VALUE", value: 12 },
    { figure: "recovered.num", month: "2025-03", display: "COMPLEMENTARY" },
    { figure: "recovered.comp", month: "2025-03", display: "PRIMARY" },
    { figure: "capacity.inUse", month: "2025-03", display: "VALUE", value: 21 },
    { figure: "overdueNow", month: "2025-03", display: "VALUE", value: 7 },
    { figure: "referrals.rejected", month: "2025-03", display: "VALUE", value: 6 },
    { figure: "referrals.rejected.NOT_ELIGIBLE", month: "2025-03", display: "PRIMARY" },
    { figure: "wait.median", month: "2025-03", display: "VALUE", value: 14.5 },
  ];
  const views = new Map(buildFigureViews(cells, months, new Map([["followUpsOnTime", 80]]), 28, "2025-03").map((v) => [v.key, v]));

  it("counts: a missing cell is 0, a hidden one keeps only its kind", () => {
    expect(views.get("active")!.points.map((p) => p.value)).toEqual([{ kind: "value", value: 120 }, { kind: "protected" }]);
    expect(views.get("inflow")!.current.value).toEqual({ kind: "value", value: 0 });
  });

  it("shares: 30 of 40 = 75 %, below a target of 80 %; a share with a small remainder is '< 5'", () => {
    const f = views.get("followUpsOnTime")!;
    expect(f.current.value).toEqual({ kind: "value", value: 75 });
    expect(f.current.num).toEqual({ kind: "value", value: 30 });
    expect(f.status).toBe("notMet");
    expect(views.get("recovered")!.current.value).toEqual({ kind: "small" });
    // No basis at all: none, not 0 %.
    expect(views.get("improvedHealth")!.current.value).toEqual({ kind: "none" });
  });

  it("capacity: 21 people in 28 places = 75 %; statistics; snapshots only in the current month", () => {
    expect(views.get("capacityUse")!.current.value).toEqual({ kind: "value", value: 75 });
    expect(views.get("waitMedian")!.current.value).toEqual({ kind: "value", value: 14.5 });
    expect(views.get("waitMedian")!.points[0]!.value).toEqual({ kind: "none" });
    expect(views.get("overdueNow")!.points).toEqual([{ month: "2025-03", value: { kind: "value", value: 7 } }]);
  });

  it("reasons of the chosen month, with their suppression", () => {
    const reasons = views.get("rejected")!.reasons!;
    expect(reasons.find((r) => r.code === "NOT_ELIGIBLE")!.value).toEqual({ kind: "small" });
    expect(reasons.find((r) => r.code === "OTHER")!.value).toEqual({ kind: "value", value: 0 });
  });
});

describe("hiding cost", () => {
  it("puts organisation totals last and details with values of 9 or more first", () => {
    const cell = (dept: string, value: number, figure = "inflow") => ({
      figure,
      month: "2025-03",
      departmentId: dept,
      diagnosisGroup: "MENTAL",
      programmeId: "p",
      value,
      persons: value,
    });
    expect(hidingCost(cell("d", 12))).toBeLessThan(hidingCost(cell("d", 6)));
    expect(hidingCost(cell("d", 6))).toBeLessThan(hidingCost(cell("", 12)));
    expect(hidingCost(cell("d", 12))).toBeLessThan(hidingCost(cell("d", 12, "active")));
    expect(hidingCost({ ...cell("", 50), diagnosisGroup: "", programmeId: "" })).toBeGreaterThanOrEqual(1000);
  });
});

describe("inputs", () => {
  it("reads the dashboard query with defaults", () => {
    expect(ZKeyFigureQuery.parse({})).toEqual({ month: null, window: 12, departmentId: "", diagnosisGroup: "", programmeId: "" });
    expect(ZKeyFigureQuery.parse({ month: "2025-03", window: "24", diagnosisGroup: "MENTAL" })).toMatchObject({
      month: "2025-03",
      window: 24,
    });
  });

  it("reads a target in the figure's unit with a Danish decimal comma, and an empty value as removal", () => {
    expect(ZSetKeyFigureTarget.parse({ figure: "recovered", value: "50,5", version: "3" })).toEqual({
      figure: "recovered",
      value: 50.5,
      version: 3,
    });
    expect(ZSetKeyFigureTarget.parse({ figure: "active", value: "", version: "" })).toEqual({
      figure: "active",
      value: null,
      version: null,
    });
    expect(ZSetKeyFigureTarget.safeParse({ figure: "recovered", value: "101" }).success).toBe(false);
    expect(ZSetKeyFigureTarget.safeParse({ figure: "waitMedian", value: "366" }).success).toBe(false);
    // Danish thousands separators (walk9 item 1): a count is whole, so "15.000" is fifteen thousand; in a
    // unit with decimals it could be fifteen, and is refused rather than guessed.
    expect(ZSetKeyFigureTarget.parse({ figure: "active", value: "15.000", version: "" })).toMatchObject({ value: 15000 });
    expect(ZSetKeyFigureTarget.parse({ figure: "recovered", value: "12.5", version: "" })).toMatchObject({ value: 12.5 });
    const unclear = ZSetKeyFigureTarget.safeParse({ figure: "waitMedian", value: "1.500", version: "" });
    expect(unclear.error?.issues).toEqual([expect.objectContaining({ path: ["value"], message: "errors.numberUnclear" })]);
  });
});

describe("synthetic CPR numbers", () => {
  it("are valid and unique for the first 300 000 citizens", async () => {
    const { syntheticCpr } = await import("@/lib/synthetic/model");
    const { parseCpr } = await import("@/lib/validation/cpr");
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) {
      const { cpr, birth } = syntheticCpr(i);
      const parsed = parseCpr(cpr);
      if (!parsed.ok || parsed.birthDate.getTime() !== birth.getTime()) throw new Error(`citizen ${i}: ${cpr}`);
      seen.add(cpr);
    }
    expect(seen.size).toBe(300_000);
  });
});
