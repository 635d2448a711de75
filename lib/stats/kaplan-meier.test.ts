// Kaplan–Meier, log-rank and RMST against a published worked example: the 6-mercaptopurine (6-MP)
// vs placebo remission trial (Freireich et al. 1963, Blood 21:699), remission times in weeks,
// "+" = censored. The expected numbers are copied by hand from the publications' tables:
//  - Kleinbaum & Klein (2012), "Survival Analysis: A Self-Learning Text", 3rd ed., ch. 2 (KM table of
//    the 6-MP group) and the log-rank statistic 16.79 (O₁ = 9, E₁ = 19.25; O₂ = 21, E₂ = 10.75, Var = 6.257);
//  - Klein & Moeschberger (2003), "Survival Analysis: Techniques for Censored and Truncated Data", 2nd ed.,
//    ch. 4, 6-MP example (Greenwood standard errors of the product-limit estimator; mean remission time
//    restricted to 35 weeks = 23.287 weeks, standard error 2.827).
// R's survival::survdiff on the same data (MASS::gehan) prints Chisq = 16.8, p = 4e-05.
import { describe, expect, it } from "vitest";
import { kaplanMeier, medianSurvival, numbersAtRisk, survivalAt, type SurvivalObservation } from "./kaplan-meier";
import { logRankTest, stratifiedLogRankTest } from "./log-rank";
import { restrictedMean, restrictedMeanDifference } from "./rmst";

const parse = (s: string): SurvivalObservation[] =>
  s.split(/\s+/).map((x) => ({ time: Number(x.replace("+", "")), event: !x.endsWith("+") }));

const sixMp = parse("6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+");
const placebo = parse("1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23");

describe("Kaplan–Meier estimator (6-MP group, Freireich 1963)", () => {
  const curve = kaplanMeier(sixMp);
  const events = curve.steps.filter((s) => s.events > 0);

  it("reproduces the published survival estimates and numbers at risk", () => {
    // Kleinbaum & Klein 2012, ch. 2: t, n at risk, d, S(t)
    const published: [number, number, number, number][] = [
      [6, 21, 3, 0.857],
      [7, 17, 1, 0.807],
      [10, 15, 1, 0.753],
      [13, 12, 1, 0.69],
      [16, 11, 1, 0.627],
      [22, 7, 1, 0.538],
      [23, 6, 1, 0.448],
    ];
    expect(events.map((s) => [s.time, s.atRisk, s.events, Number(s.survival.toFixed(3))])).toEqual(published);
    expect(curve.n).toBe(21);
    expect(curve.events).toBe(9);
  });

  it("reproduces the published Greenwood standard errors", () => {
    // Klein & Moeschberger 2003, ch. 4 (6-MP example)
    expect(events.map((s) => Number(s.stdErr!.toFixed(4)))).toEqual([0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346]);
  });

  it("gives log(−log) intervals that contain the estimate and stay in [0, 1]", () => {
    for (const s of events) {
      expect(s.lower!).toBeGreaterThan(0);
      expect(s.lower!).toBeLessThan(s.survival);
      expect(s.upper!).toBeGreaterThan(s.survival);
      expect(s.upper!).toBeLessThan(1);
    }
    // By hand at t = 6: S = 6/7, Σ d/(n(n−d)) = 3/(21·18); θ = 1.96·√Σ / |ln S|; limits S^exp(±θ).
    const s = 6 / 7;
    const theta = (1.959964 * Math.sqrt(3 / (21 * 18))) / Math.abs(Math.log(s));
    expect(events[0]!.lower).toBeCloseTo(s ** Math.exp(theta), 5);
    expect(events[0]!.upper).toBeCloseTo(s ** Math.exp(-theta), 5);
  });

  it("reads S(t) as a right-continuous step function and reports censorings", () => {
    expect(survivalAt(curve, 5.9)).toBe(1);
    expect(survivalAt(curve, 6)).toBeCloseTo(18 / 21, 12);
    expect(survivalAt(curve, 9)).toBeCloseTo((18 / 21) * (16 / 17), 12);
    expect(survivalAt(curve, 100)).toBeCloseTo(0.448, 3);
    expect(curve.steps.find((s) => s.time === 32)).toMatchObject({ events: 0, censored: 2, atRisk: 4 });
  });

  it("gives the median 23 weeks for 6-MP and 8 weeks for placebo (Kleinbaum & Klein 2012)", () => {
    expect(medianSurvival(curve).estimate).toBe(23);
    // By hand with the log(−log) band: at 10 weeks its lower limit is 0.503, at 13 weeks 0.432 → interval from 13 weeks
    expect(medianSurvival(curve).lower).toBe(13);
    expect(medianSurvival(curve).upper).toBeNull(); // the upper band never falls to 0.5
    expect(medianSurvival(kaplanMeier(placebo)).estimate).toBe(8);
  });

  it("counts numbers at risk for the table under the chart", () => {
    expect(numbersAtRisk(sixMp, [0, 10, 20, 30])).toEqual([
      { time: 0, atRisk: 21 },
      { time: 10, atRisk: 15 },
      { time: 20, atRisk: 8 },
      { time: 30, atRisk: 4 },
    ]);
  });

  it("uses the midpoint where the curve is flat at exactly one half", () => {
    // 4 people: events at 1 and 2, then S = 0.5 until the event at 5.
    const c = kaplanMeier(parse("1 2 5 6+"));
    expect(medianSurvival(c).estimate).toBe(3.5);
  });

  it("refuses negative times and entries after exit", () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: 3, event: true, entry: 4 }])).toThrow(RangeError);
  });
});

describe("log-rank test (6-MP vs placebo)", () => {
  const r = logRankTest(sixMp, placebo);

  it("reproduces the published observed and expected numbers, variance and statistic", () => {
    expect(r.observed).toEqual([9, 21]);
    expect(r.expected[0]).toBeCloseTo(19.25, 2);
    expect(r.expected[1]).toBeCloseTo(10.75, 2);
    expect(r.variance).toBeCloseTo(6.257, 3);
    expect(r.chiSquare!).toBeCloseTo(16.79, 2);
    expect(r.pValue!).toBeGreaterThan(3e-5);
    expect(r.pValue!).toBeLessThan(5e-5);
  });

  it("is symmetric in the groups and gives the Peto hazard ratio", () => {
    const swapped = logRankTest(placebo, sixMp);
    expect(swapped.chiSquare).toBeCloseTo(r.chiSquare!, 12);
    expect(swapped.hazardRatio!.estimate).toBeCloseTo(1 / r.hazardRatio!.estimate, 12);
    // exp((9 − 19.25)/6.257) ≈ 0.194
    expect(r.hazardRatio!.estimate).toBeCloseTo(Math.exp((9 - 19.2505) / 6.257), 2);
    expect(r.hazardRatio!.upper).toBeLessThan(1);
  });

  it("stratified over one stratum equals the plain test, and sums O − E over strata", () => {
    expect(stratifiedLogRankTest([{ a: sixMp, b: placebo }]).chiSquare).toBeCloseTo(r.chiSquare!, 12);
    const twice = stratifiedLogRankTest([
      { a: sixMp, b: placebo },
      { a: sixMp, b: placebo },
    ]);
    expect(twice.observed).toEqual([18, 42]);
    expect(twice.variance).toBeCloseTo(2 * r.variance, 10);
    expect(twice.chiSquare!).toBeCloseTo(2 * r.chiSquare!, 8);
  });

  it("has no statistic when there is no event", () => {
    const none = logRankTest(parse("3+ 4+"), parse("5+"));
    expect(none.chiSquare).toBeNull();
    expect(none.pValue).toBeNull();
  });
});

describe("restricted mean survival time (Klein & Moeschberger 2003, ch. 4)", () => {
  it("gives 23.287 weeks (SE 2.827) for 6-MP restricted to 35 weeks", () => {
    const m = restrictedMean(kaplanMeier(sixMp), 35);
    expect(m.estimate).toBeCloseTo(23.287, 3);
    expect(m.stdErr).toBeCloseTo(2.827, 3);
    // By hand: 6·1 + 1·(6/7) + 3·S(7) + 3·S(10) + 3·S(13) + 6·S(16) + 1·S(22) + 12·S(23)
    const S = [18 / 21];
    for (const f of [16 / 17, 14 / 15, 11 / 12, 10 / 11, 6 / 7, 5 / 6]) S.push(S[S.length - 1]! * f);
    const byHand = 6 + S[0]! + 3 * S[1]! + 3 * S[2]! + 3 * S[3]! + 6 * S[4]! + S[5]! + 12 * S[6]!;
    expect(m.estimate).toBeCloseTo(byHand, 10);
  });

  it("is τ when nobody has the event, and the area under S = 1 − t/10 style data by hand", () => {
    expect(restrictedMean(kaplanMeier(parse("10+ 12+")), 5)).toMatchObject({ estimate: 5, stdErr: 0 });
    // events at 1, 2, 3, 4 among 4 people: S = .75, .5, .25, 0 → area to τ = 5: 1 + .75 + .5 + .25 = 2.5
    expect(restrictedMean(kaplanMeier(parse("1 2 3 4")), 5).estimate).toBeCloseTo(2.5, 12);
  });

  it("takes the difference of two groups with the variances added", () => {
    const a = kaplanMeier(sixMp);
    const b = kaplanMeier(placebo);
    const d = restrictedMeanDifference(a, b, 23);
    const ra = restrictedMean(a, 23);
    const rb = restrictedMean(b, 23);
    expect(d.difference).toBeCloseTo(ra.estimate - rb.estimate, 12);
    expect(d.stdErr).toBeCloseTo(Math.hypot(ra.stdErr, rb.stdErr), 12);
    expect(d.lower).toBeGreaterThan(0);
    expect(d.pValue).toBeLessThan(0.001);
  });
});

describe("delayed entry (left truncation)", () => {
  it("counts a person at risk only from their entry", () => {
    // Entries at 0, 0, 5; events at 3, 6, 7. At t = 3: 2 at risk (the third enters at 5).
    const c = kaplanMeier([
      { time: 3, event: true },
      { time: 6, event: true },
      { time: 7, event: true, entry: 5 },
    ]);
    expect(c.steps.map((s) => [s.time, s.atRisk])).toEqual([
      [3, 2],
      [6, 2],
      [7, 1],
    ]);
    expect(c.steps.map((s) => s.survival)).toEqual([0.5, 0.25, 0]);
  });

  it("equals the untruncated curve when everyone enters at 0", () => {
    const plain = kaplanMeier(sixMp);
    const withEntry = kaplanMeier(sixMp.map((o) => ({ ...o, entry: 0 })));
    expect(withEntry).toEqual(plain);
  });
});
