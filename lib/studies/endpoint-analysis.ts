// The time-to-event comparison of the two arms for one endpoint on one time scale: Kaplan–Meier
// curves with numbers at risk, medians, the log-rank test (stratified by randomisation stratum when
// strata are given), and — from entry — the bootstrap interval of the difference in medians and the
// difference in restricted mean time (RMST) with its closed-form interval. Methods: ADR 0011.
import { bootstrapQuantileDifference, type BootstrapInterval } from "@/lib/stats/bootstrap";
import { kaplanMeier, lastObservedTime, medianSurvival, numbersAtRisk, type KaplanMeierCurve } from "@/lib/stats/kaplan-meier";
import { stratifiedLogRankTest, type LogRankResult } from "@/lib/stats/log-rank";
import { restrictedMean, restrictedMeanDifference, type RestrictedMean, type RestrictedMeanDifference } from "@/lib/stats/rmst";
import type { SurvivalObservation } from "@/lib/stats/survival-data";
import type { PerArm } from "./types";

export type ArmObservation = SurvivalObservation & { stratum: string };
export type Quantile = { estimate: number | null; lower: number | null; upper: number | null };

export type ScaleAnalysis = {
  /** Kaplan–Meier curve per arm: S(t) = share still on benefit (or not yet returned) t days after the origin. */
  curves: PerArm<KaplanMeierCurve>;
  /** Numbers at risk per arm at the chosen days (the table under the chart). */
  atRisk: { time: number; INTERVENTION: number; CONTROL: number }[];
  /** Median days per arm with its interval; null = not reached. */
  medians: PerArm<Quantile>;
  /** INTERVENTION (a) vs CONTROL (b); the hazard ratio is the intervention's hazard of the event relative to control's. */
  logRank: LogRankResult & { stratified: boolean };
};

export type RmstComparison = {
  /** τ asked for, and τ used: capped at the last observed day of an arm whose curve has not reached 0 (as R's survRM2). */
  plannedTau: number;
  tau: number;
  arms: PerArm<RestrictedMean>;
  /** INTERVENTION − CONTROL in days; negative = fewer days (on benefit, or before returning) with the intervention. */
  difference: RestrictedMeanDifference;
};

export type EntryScaleAnalysis = ScaleAnalysis & {
  /** Median INTERVENTION − CONTROL in days, percentile bootstrap. */
  medianDifference: BootstrapInterval;
  /** null when an arm has no data. */
  rmst: RmstComparison | null;
};

/** Curves, numbers at risk, medians and the log-rank test for one scale. */
export function analyseScale(
  arms: PerArm<readonly ArmObservation[]>,
  atRiskDays: readonly number[],
  confidenceLevel: number,
): ScaleAnalysis {
  const curves = { INTERVENTION: kaplanMeier(arms.INTERVENTION, confidenceLevel), CONTROL: kaplanMeier(arms.CONTROL, confidenceLevel) };
  const ai = numbersAtRisk(arms.INTERVENTION, atRiskDays);
  const ac = numbersAtRisk(arms.CONTROL, atRiskDays);
  const strata = [...new Set([...arms.INTERVENTION, ...arms.CONTROL].map((o) => o.stratum))].sort();
  const logRank = stratifiedLogRankTest(
    strata.map((s) => ({ a: arms.INTERVENTION.filter((o) => o.stratum === s), b: arms.CONTROL.filter((o) => o.stratum === s) })),
    confidenceLevel,
  );
  return {
    curves,
    atRisk: atRiskDays.map((time, i) => ({ time, INTERVENTION: ai[i]!.atRisk, CONTROL: ac[i]!.atRisk })),
    medians: { INTERVENTION: medianSurvival(curves.INTERVENTION), CONTROL: medianSurvival(curves.CONTROL) },
    logRank: { ...logRank, stratified: strata.length > 1 },
  };
}

/** How far a curve defines S(t): to its last observed day, or for ever once it has reached 0; null without data. */
function reach(curve: KaplanMeierCurve): number | null {
  const last = lastObservedTime(curve);
  if (last === null) return null;
  return curve.steps[curve.steps.length - 1]!.survival === 0 ? Infinity : last;
}

const medianOf = (o: readonly SurvivalObservation[]) => medianSurvival(kaplanMeier(o)).estimate;

/** The from-entry comparison: the scale analysis plus the median difference (bootstrap) and the RMST difference. */
export function compareFromEntry(
  arms: PerArm<readonly ArmObservation[]>,
  options: { atRiskDays: readonly number[]; confidenceLevel: number; tauDays: number; bootstrap: { seed: number; replicates: number } },
): EntryScaleAnalysis {
  const scale = analyseScale(arms, options.atRiskDays, options.confidenceLevel);
  const medianDifference = bootstrapQuantileDifference(arms.INTERVENTION, arms.CONTROL, medianOf, {
    ...options.bootstrap,
    confidenceLevel: options.confidenceLevel,
  });
  const limitI = reach(scale.curves.INTERVENTION);
  const limitC = reach(scale.curves.CONTROL);
  let rmst: RmstComparison | null = null;
  if (limitI !== null && limitC !== null) {
    const tau = Math.min(options.tauDays, limitI, limitC);
    if (tau > 0) {
      rmst = {
        plannedTau: options.tauDays,
        tau,
        arms: { INTERVENTION: restrictedMean(scale.curves.INTERVENTION, tau), CONTROL: restrictedMean(scale.curves.CONTROL, tau) },
        difference: restrictedMeanDifference(scale.curves.INTERVENTION, scale.curves.CONTROL, tau),
      };
    }
  }
  return { ...scale, medianDifference, rmst };
}
