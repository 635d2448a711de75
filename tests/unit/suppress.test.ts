import { describe, expect, it } from "vitest";
import { protectedTotal, suppressBreakdown, suppressCount, suppressShare } from "@/lib/kpi/suppress";

describe("small-number suppression", () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [120, false],
  ])("count %i suppressed: %s", (n, suppressed) => {
    expect(suppressCount(n).suppressed).toBe(suppressed);
  });

  it("suppresses a share when the group, the numerator or the remainder counts 1–4 people", () => {
    expect(suppressShare(2, 4)).toEqual({ suppressed: true });
    expect(suppressShare(3, 20)).toEqual({ suppressed: true });
    expect(suppressShare(18, 20)).toEqual({ suppressed: true });
    expect(suppressShare(10, 20)).toEqual({ suppressed: false, value: 0.5 });
    expect(suppressShare(0, 20)).toEqual({ suppressed: false, value: 0 });
    expect(suppressShare(0, 0)).toEqual({ suppressed: false, value: null });
  });
});

describe("complementary suppression of a breakdown", () => {
  const shown = (b: ReturnType<typeof suppressBreakdown>) => b.cells.map((c) => (c.suppressed ? "x" : c.value));

  it("hides the next-smallest cell and the total when one cell is small, so nothing can be subtracted back", () => {
    const b = suppressBreakdown([3, 10, 7]);
    expect(shown(b)).toEqual(["x", 10, "x"]);
    expect(b.total).toEqual({ suppressed: true });
  });

  it("hides only the small cells and the total when two or more are small", () => {
    const b = suppressBreakdown([3, 2, 40]);
    expect(shown(b)).toEqual(["x", "x", 40]);
    expect(b.total).toEqual({ suppressed: true });
  });

  it("shows everything when no cell counts 1–4 people; zeros reveal no one", () => {
    expect(shown(suppressBreakdown([0, 12, 7]))).toEqual([0, 12, 7]);
    expect(suppressBreakdown([0, 12, 7]).total).toEqual({ suppressed: false, value: 19 });
  });

  it("hides a lone small cell even when all others are zero", () => {
    const b = suppressBreakdown([0, 4, 0]);
    expect(shown(b)).toEqual([0, "x", 0]);
    expect(b.total).toEqual({ suppressed: true });
  });
});

describe("protectedTotal (a total published apart from its suppressed parts)", () => {
  it("shows the total when no part is 1–4", () => {
    expect(protectedTotal([6, 7, 0])).toEqual({ suppressed: false, value: 13 });
    expect(protectedTotal([0, 0, 0])).toEqual({ suppressed: false, value: 0 });
  });
  it("hides it as complementary when a part is 1–4 but the total is 5 or more", () => {
    expect(protectedTotal([6, 7, 2])).toEqual({ suppressed: "complementary" });
    expect(protectedTotal([3, 4, 0])).toEqual({ suppressed: "complementary" });
  });
  it("shows '< 5' when the total itself is 1–4", () => {
    expect(protectedTotal([2, 1, 0])).toEqual({ suppressed: true });
  });
});
