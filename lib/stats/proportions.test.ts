// Wilson and Newcombe intervals against the worked examples of Newcombe (1998): "Two-sided confidence
// intervals for the single proportion: comparison of seven methods", Stat Med 17:857, Table I (score
// method without continuity correction), and "Interval estimation for the difference between independent
// proportions: comparison of eleven methods", Stat Med 17:873, Table II (method 10). Four decimals as printed.
import { describe, expect, it } from "vitest";
import { newcombeDifference, wilsonInterval } from "./proportions";

const r4 = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

describe("Wilson score interval (Newcombe 1998a, Table I)", () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i/%i → %f to %f", (x, n, lo, hi) => {
    const w = wilsonInterval(x, n);
    expect([r4(w.lower), r4(w.upper)]).toEqual([lo, hi]);
    expect(w).toMatchObject({ count: x, n });
  });

  it("returns nulls for n = 0 and refuses impossible counts", () => {
    expect(wilsonInterval(0, 0)).toEqual({ count: 0, n: 0, estimate: null, lower: null, upper: null });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });
});

describe("Newcombe hybrid score interval for a difference (Newcombe 1998b, Table II, method 10)", () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])("%i/%i − %i/%i → %f to %f", (x1, n1, x2, n2, lo, hi) => {
    const d = newcombeDifference(x1, n1, x2, n2);
    expect([r4(d.lower), r4(d.upper)]).toEqual([lo, hi]);
    expect(d.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
  });

  it("returns nulls when a group is empty", () => {
    expect(newcombeDifference(1, 4, 0, 0)).toEqual({ difference: null, lower: null, upper: null });
  });
});
