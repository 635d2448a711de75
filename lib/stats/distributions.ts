// Probability distributions used by the study statistics. The numerics come from stdlib
// (@stdlib/stats-base-dists-*, maintained and tested against reference implementations); this
// file only fixes the parameterisation we use, so that no other file imports them directly.
import chiSquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import normalCdfStd from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantileStd from "@stdlib/stats-base-dists-normal-quantile";
import tQuantileStd from "@stdlib/stats-base-dists-t-quantile";

/** Standard normal quantile Φ⁻¹(p), p in (0, 1). normalQuantile(0.975) = 1.959964… */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1): ${p}`);
  return normalQuantileStd(p, 0, 1);
}

/** Standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  return normalCdfStd(x, 0, 1);
}

/** Upper tail P(X ≥ x) of the chi-square distribution with `df` degrees of freedom: the p-value of a chi-square statistic. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive: ${df}`);
  if (!(x >= 0)) throw new RangeError(`chi-square statistic must be ≥ 0: ${x}`);
  return 1 - chiSquareCdf(x, df);
}

/** Quantile of Student's t distribution with `df` (> 0, may be fractional: Welch) degrees of freedom. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1): ${p}`);
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive: ${df}`);
  return tQuantileStd(p, df);
}

/** z for a two-sided interval of the given confidence level (0.95 → 1.959964…). */
export function zForConfidence(confidenceLevel: number): number {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new RangeError(`confidence level must be in (0, 1): ${confidenceLevel}`);
  return normalQuantile(1 - (1 - confidenceLevel) / 2);
}
