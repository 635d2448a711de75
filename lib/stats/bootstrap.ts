// Percentile bootstrap (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13) for a
// difference of a statistic between two groups, resampling people with replacement within each group
// (the group sizes stay as observed, as in a trial with fixed arms). Seeded: the same data and seed
// give the same interval. Used for the difference in median time, which has no reliable closed form.
import { createRng } from "./random";
import type { SurvivalObservation } from "./survival-data";

export type BootstrapOptions = {
  /** Number of resamples (≥ 100; 2000 for a report, fewer only in simulations). */
  replicates: number;
  /** 32-bit integer seed of the resampling. */
  seed: number;
  confidenceLevel?: number;
};

export type BootstrapInterval = {
  /** statistic(a) − statistic(b) on the data; null when the statistic is undefined (e.g. median not reached) in a group. */
  estimate: number | null;
  /** Percentile limits; null when the limit is not reached within follow-up (see below). */
  lower: number | null;
  upper: number | null;
  replicates: number;
  /** Resamples in which the statistic was undefined in both groups (left out of the percentiles). */
  undefinedReplicates: number;
  seed: number;
};

/**
 * Percentile interval for statistic(a) − statistic(b). A statistic that returns null is "beyond the
 * follow-up" (a median not reached) and ranks as +∞, so a difference can be ±∞; a limit that falls
 * on ±∞ is returned as null (unbounded). Resamples undefined in both groups are left out and counted.
 */
export function bootstrapDifference(
  a: readonly SurvivalObservation[],
  b: readonly SurvivalObservation[],
  statistic: (observations: readonly SurvivalObservation[]) => number | null,
  { replicates, seed, confidenceLevel = 0.95 }: BootstrapOptions,
): BootstrapInterval {
  if (!Number.isInteger(replicates) || replicates < 100) throw new RangeError(`replicates must be a whole number ≥ 100: ${replicates}`);
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new RangeError(`confidence level must be in (0, 1): ${confidenceLevel}`);
  const sa = statistic(a);
  const sb = statistic(b);
  const estimate = sa === null || sb === null ? null : sa - sb;
  if (a.length === 0 || b.length === 0) return { estimate, lower: null, upper: null, replicates, undefinedReplicates: 0, seed };
  const rng = createRng(seed);
  const resample = (x: readonly SurvivalObservation[]) => {
    const out = new Array<SurvivalObservation>(x.length);
    for (let i = 0; i < x.length; i++) out[i] = x[rng.int(0, x.length - 1)]!;
    return out;
  };
  const values: number[] = [];
  let undefinedReplicates = 0;
  for (let r = 0; r < replicates; r++) {
    const va = statistic(resample(a)) ?? Infinity;
    const vb = statistic(resample(b)) ?? Infinity;
    const d = va - vb; // ∞ − ∞ = NaN: undefined in both
    if (Number.isNaN(d)) undefinedReplicates++;
    else values.push(d);
  }
  if (values.length === 0) return { estimate, lower: null, upper: null, replicates, undefinedReplicates, seed };
  values.sort((x, y) => x - y);
  const alpha = 1 - confidenceLevel;
  const at = (p: number) => values[Math.min(values.length - 1, Math.max(0, Math.ceil(p * values.length) - 1))]!;
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return { estimate, lower: finite(at(alpha / 2)), upper: finite(at(1 - alpha / 2)), replicates, undefinedReplicates, seed };
}
