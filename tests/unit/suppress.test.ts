import { describe, expect, it } from "vitest";
import { suppressCount, suppressShare } from "@/lib/kpi/suppress";

describe("small-number suppression", () => {
  it.each([[0, false], [1, true], [4, true], [5, false], [120, false]])("count %i suppressed: %s", (n, suppressed) => {
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
