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
  /** Internal: the statistic of a resample given as draw counts per person (must equal `statistic` on that resample). */
  fast?: { a: (counts: Int32Array) => number | null; b: (counts: Int32Array) => number | null },
): BootstrapInterval {
  if (!Number.isInteger(replicates) || replicates < 100) throw new RangeError(`replicates must be a whole number ≥ 100: ${replicates}`);
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new RangeError(`confidence level must be in (0, 1): ${confidenceLevel}`);
  const sa = statistic(a);
  const sb = statistic(b);
  const estimate = sa === null || sb === null ? null : sa - sb;
  if (a.length === 0 || b.length === 0) return { estimate, lower: null, upper: null, replicates, undefinedReplicates: 0, seed };
  const rng = createRng(seed);
  // Each replicate draws a's indices, then b's, from the one seeded stream.
  const draw = (x: readonly SurvivalObservation[], counts: Int32Array | null): SurvivalObservation[] | null => {
    const out = counts ? null : new Array<SurvivalObservation>(x.length);
    if (counts) counts.fill(0);
    for (let i = 0; i < x.length; i++) {
      const j = rng.int(0, x.length - 1);
      if (counts) counts[j]!++;
      else out![i] = x[j]!;
    }
    return out;
  };
  const ca = fast ? new Int32Array(a.length) : null;
  const cb = fast ? new Int32Array(b.length) : null;
  const values: number[] = [];
  let undefinedReplicates = 0;
  for (let r = 0; r < replicates; r++) {
    const ra = draw(a, ca);
    const va = (fast ? fast.a(ca!) : statistic(ra!)) ?? Infinity;
    const rb = draw(b, cb);
    const vb = (fast ? fast.b(cb!) : statistic(rb!)) ?? Infinity;
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

/**
 * The same percentile interval as bootstrapDifference with the Kaplan–Meier quantile (p = 0.5: the
 * median) as statistic, computed fast: each group is sorted once and a resample is a vector of
 * counts (how often each person was drawn), so one replicate is a single weighted pass — O(n) instead
 * of O(n log n) plus a full curve. Same random draws as bootstrapDifference, so the same interval.
 * Groups with delayed entry fall back to the general path.
 */
export function bootstrapQuantileDifference(
  a: readonly SurvivalObservation[],
  b: readonly SurvivalObservation[],
  quantile: (observations: readonly SurvivalObservation[]) => number | null,
  options: BootstrapOptions & { p?: number },
): BootstrapInterval {
  if ([...a, ...b].some((o) => (o.entry ?? 0) > 0)) return bootstrapDifference(a, b, quantile, options);
  const p = options.p ?? 0.5;
  return bootstrapDifference(a, b, quantile, options, { a: weightedQuantile(a, p), b: weightedQuantile(b, p) });
}

/** A KM quantile of a resample given as draw counts per person (same rule as survivalQuantile, no delayed entry). */
function weightedQuantile(obs: readonly SurvivalObservation[], p: number): (counts: Int32Array) => number | null {
  const order = obs.map((_, i) => i).sort((i, j) => obs[i]!.time - obs[j]!.time);
  const times = order.map((i) => obs[i]!.time);
  const events = order.map((i) => obs[i]!.event);
  const q = 1 - p;
  const EPS = 1e-12;
  return (counts) => {
    let n = 0;
    for (let k = 0; k < order.length; k++) n += counts[order[k]!]!;
    let s = 1;
    let found: number | null = null;
    let k = 0;
    while (k < order.length) {
      const t = times[k]!;
      let d = 0;
      let all = 0;
      for (; k < order.length && times[k] === t; k++) {
        const w = counts[order[k]!]!;
        all += w;
        if (events[k]) d += w;
      }
      if (d > 0) {
        s *= 1 - d / n;
        if (found !== null && s < q - EPS) return (found + t) / 2;
        if (found === null && s <= q + EPS) {
          if (Math.abs(s - q) >= EPS) return t;
          found = t;
        }
      }
      n -= all;
    }
    return found;
  };
}
