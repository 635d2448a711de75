// Proof that the analysis is right (issue 14): 400 simulated trials with a true effect of 14 days
// and 400 without, each through allocation → outcome derivation → analysis (simulation.ts). Bootstrap
// replicates are reduced to 500 per trial (a real analysis uses 2000) to keep this under a minute.
// `npm run study:simulate` prints the same figures for more trials and seeds.
import { describe, expect, it } from "vitest";
import { runSimulation, trueDifferences } from "./simulation";

const common = { trials: 400, participantsPerTrial: 300, bootstrapReplicates: 500 };

describe("simulated trials", () => {
  it("knows the truth of its own model", () => {
    expect(trueDifferences(0, 365).rmstDifference).toBe(0);
    expect(trueDifferences(14, 100_000).rmstDifference).toBeCloseTo(-14, 6);
    expect(trueDifferences(14, 365).medianDifference).toBe(-14);
    // Shorter by 14 days on everyone, but some are still on benefit at τ: the RMST gain is a little under 14.
    expect(trueDifferences(14, 365).rmstDifference).toBeGreaterThan(-14);
    expect(trueDifferences(14, 365).rmstDifference).toBeLessThan(-12);
  });

  it(
    "with a true effect (14 days shorter): intervals cover the truth in ≥ 93 % and the mean bias is < 2 days",
    { timeout: 300_000 },
    () => {
      const r = runSimulation({ name: "effect", effectDays: 14, seed: 20260114, ...common });
      console.info("effect 14 days:", JSON.stringify({ truth: r.truth, rmst: r.rmst, median: r.median, logRank: r.logRank }));
      expect(r.rmst.coverage).toBeGreaterThanOrEqual(0.93);
      expect(Math.abs(r.rmst.bias)).toBeLessThan(2);
      expect(r.median.coverage).toBeGreaterThanOrEqual(0.93);
      expect(Math.abs(r.median.bias)).toBeLessThan(2);
      // The standard error is honest: its mean is within 15 % of the spread of the estimates.
      expect(Math.abs(r.rmst.meanStdErr / r.rmst.empiricalSd - 1)).toBeLessThan(0.15);
      // The effect is found more often than chance would (power, not a threshold of the brief).
      expect(r.rmst.nullRejected).toBeGreaterThan(0.1);
    },
  );

  it("without an effect: the null is rejected in 2–8 % of trials and intervals cover 0 in ≥ 93 %", { timeout: 300_000 }, () => {
    const r = runSimulation({ name: "null", effectDays: 0, seed: 20260115, ...common });
    console.info("no effect:", JSON.stringify({ truth: r.truth, rmst: r.rmst, median: r.median, logRank: r.logRank }));
    expect(r.logRank.nullRejected).toBeGreaterThanOrEqual(0.02);
    expect(r.logRank.nullRejected).toBeLessThanOrEqual(0.08);
    expect(r.rmst.nullRejected).toBeGreaterThanOrEqual(0.02);
    expect(r.rmst.nullRejected).toBeLessThanOrEqual(0.08);
    expect(r.rmst.coverage).toBeGreaterThanOrEqual(0.93);
    expect(Math.abs(r.rmst.bias)).toBeLessThan(2);
    expect(r.median.coverage).toBeGreaterThanOrEqual(0.93);
    // While the interval spans no difference the reading says "we cannot tell yet": in every non-rejecting trial.
    expect(r.cannotTellYet).toBeCloseTo(1 - r.rmst.nullRejected, 10);
  });
});
