// Bootstrap, power formulas, Welch interval, SMD and the distribution wrappers.
import { describe, expect, it } from "vitest";
import { bootstrapDifference, bootstrapQuantileDifference } from "./bootstrap";
import { chiSquareUpperTail, normalQuantile, tQuantile } from "./distributions";
import { kaplanMeier, medianSurvival, type SurvivalObservation } from "./kaplan-meier";
import { summarise, welchDifference } from "./means";
import {
  freedmanEvents,
  hazardRatioFromMedians,
  participantsForEvents,
  participantsFromStandardError,
  schoenfeldEvents,
  twoProportionSampleSize,
} from "./power";
import { createRng } from "./random";
import { pooledBinarySd, pooledSd, standardisedDifference } from "./smd";

describe("distribution wrappers (printed tables)", () => {
  it("match the usual table values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(5.991465, 2)).toBeCloseTo(0.05, 6);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
  });
});

describe("seeded random numbers", () => {
  it("repeat for a seed and differ between seeds", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.float())).not.toEqual(xs);
    const r = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(2, 4);
      expect(k >= 2 && k <= 4 && Number.isInteger(k)).toBe(true);
    }
  });
});

describe("bootstrap of a difference in medians", () => {
  const rng = createRng(11);
  const draw = (scale: number, n: number): SurvivalObservation[] =>
    Array.from({ length: n }, () => ({ time: Math.ceil(-scale * Math.log(1 - rng.float())), event: true }));
  const a = draw(60, 120);
  const b = draw(90, 120);
  const median = (o: readonly SurvivalObservation[]) => medianSurvival(kaplanMeier(o)).estimate;

  it("is reproducible from its seed, differs with another seed, and contains the estimate", () => {
    const r1 = bootstrapDifference(a, b, median, { replicates: 400, seed: 5 });
    const r2 = bootstrapDifference(a, b, median, { replicates: 400, seed: 5 });
    const r3 = bootstrapDifference(a, b, median, { replicates: 400, seed: 6 });
    expect(r2).toEqual(r1);
    expect([r3.lower, r3.upper]).not.toEqual([r1.lower, r1.upper]);
    expect(r1.estimate).toBe(median(a)! - median(b)!);
    expect(r1.lower!).toBeLessThanOrEqual(r1.estimate!);
    expect(r1.upper!).toBeGreaterThanOrEqual(r1.estimate!);
  });

  it("leaves a limit open when the median is not reached in many resamples", () => {
    // Group a: 10 of 40 have the event, the rest censored early: its median is never reached.
    const open: SurvivalObservation[] = Array.from({ length: 40 }, (_, i) => ({ time: 5 + i, event: i < 10 }));
    const r = bootstrapDifference(open, b, median, { replicates: 200, seed: 1 });
    expect(r.estimate).toBeNull();
    expect(r.upper).toBeNull();
  });

  it("fast weighted path gives exactly the same interval as resampling and refitting", () => {
    // Whole days with many ties, a third censored, and a group where S sits at exactly 0.5.
    const tied = (n: number): SurvivalObservation[] =>
      Array.from({ length: n }, () => ({ time: rng.int(0, 40), event: rng.float() < 0.66 }));
    const half: SurvivalObservation[] = [1, 2, 5, 6].map((time, i) => ({ time, event: i < 3 }));
    for (const [x, y] of [
      [tied(50), tied(37)],
      [a, b],
      [half, tied(12)],
    ] as const) {
      for (const seed of [1, 2, 3]) {
        const slow = bootstrapDifference(x, y, median, { replicates: 300, seed });
        expect(bootstrapQuantileDifference(x, y, median, { replicates: 300, seed })).toEqual(slow);
      }
    }
  });

  it("refuses too few replicates", () => {
    expect(() => bootstrapDifference(a, b, median, { replicates: 10, seed: 1 })).toThrow(RangeError);
  });
});

describe("sample size", () => {
  it("Schoenfeld: 380 events for HR 0.75 and 66 for HR 0.5 (1:1, α 0.05, power 80 %)", () => {
    expect(Math.ceil(schoenfeldEvents({ hazardRatio: 0.75 }))).toBe(380);
    expect(Math.ceil(schoenfeldEvents({ hazardRatio: 0.5 }))).toBe(66);
    // HR and 1/HR need the same number of events; 2:1 needs 9/8 as many as 1:1
    expect(schoenfeldEvents({ hazardRatio: 2 })).toBeCloseTo(schoenfeldEvents({ hazardRatio: 0.5 }), 10);
    expect(schoenfeldEvents({ hazardRatio: 0.5, allocationShare: 2 / 3 }) / schoenfeldEvents({ hazardRatio: 0.5 })).toBeCloseTo(9 / 8, 10);
  });

  it("Freedman: (z_a + z_b)²(1 + HR)²/(1 − HR)² for 1:1, by hand 70.6 for HR 0.5", () => {
    const zz = (1.959964 + 0.841621) ** 2;
    expect(freedmanEvents({ hazardRatio: 0.5 })).toBeCloseTo((zz * 1.5 ** 2) / 0.5 ** 2, 3);
    expect(freedmanEvents({ hazardRatio: 0.5, ratio: 2 })).toBeCloseTo((zz * 2 ** 2) / (2 * 0.5 ** 2), 3);
  });

  it("Fleiss: 97 per group for 60 % vs 40 %", () => {
    expect(twoProportionSampleSize({ p1: 0.6, p2: 0.4 })).toEqual([97, 97]);
    const [n1, n2] = twoProportionSampleSize({ p1: 0.6, p2: 0.4, ratio: 2 });
    expect(n2).toBeGreaterThanOrEqual(2 * n1 - 1);
    expect(n1).toBeLessThan(97);
  });

  it("converts events to participants, medians to a hazard ratio and a standard error to a sample size", () => {
    expect(participantsForEvents(380, 0.8)).toBe(475);
    expect(hazardRatioFromMedians(100, 80)).toBeCloseTo(1.25, 12);
    // se 10 with 200 people, Δ 14: 200 × (2.8016 × 10 / 14)² = 800.9 → 801
    expect(participantsFromStandardError({ currentTotal: 200, currentStdErr: 10, difference: 14 })).toBe(801);
    expect(() => schoenfeldEvents({ hazardRatio: 1 })).toThrow(RangeError);
  });
});

describe("Welch interval and summaries", () => {
  it("computes mean, SD and the Welch–Satterthwaite interval by hand", () => {
    expect(summarise([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(5 / 3) });
    expect(summarise([])).toEqual({ n: 0, mean: null, sd: null });
    const a = [1, 2, 3, 4];
    const b = [2, 4, 6, 8, 10];
    const va = 5 / 3 / 4;
    const vb = 10 / 5;
    const df = (va + vb) ** 2 / (va ** 2 / 3 + vb ** 2 / 4);
    const d = welchDifference(a, b)!;
    expect(d.degreesOfFreedom).toBeCloseTo(df, 10);
    expect(d.difference).toBe(-3.5);
    expect(d.upper - d.difference).toBeCloseTo(tQuantile(0.975, df) * Math.sqrt(va + vb), 10);
    expect(welchDifference([1], b)).toBeNull();
  });
});

describe("standardised differences", () => {
  it("follow Austin 2009", () => {
    expect(standardisedDifference(0.6, 0.4, pooledBinarySd(0.6, 0.4))).toBeCloseTo(0.2 / Math.sqrt(0.24), 12);
    expect(standardisedDifference(12, 10, pooledSd(3, 5))).toBeCloseTo(2 / Math.sqrt(17), 12);
    expect(standardisedDifference(1, 1, 0)).toBe(0);
    expect(standardisedDifference(1, 0, 0)).toBeNull();
  });
});
