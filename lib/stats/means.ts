// Means, standard deviations and Welch's interval for a difference in means (Welch 1947,
// Biometrika 34:28; Welch–Satterthwaite degrees of freedom), for score changes between groups.
import { tQuantile } from "./distributions";

export type Summary = { n: number; mean: number | null; sd: number | null };

/** n, mean and sample standard deviation (n − 1); mean null for n = 0, sd null for n < 2. */
export function summarise(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { n, mean, sd: null };
  const ss = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { n, mean, sd: Math.sqrt(ss / (n - 1)) };
}

export type MeanDifference = { difference: number; lower: number; upper: number; degreesOfFreedom: number };

/** mean(a) − mean(b) with Welch's interval; null when either group has fewer than 2 values or both have no spread. */
export function welchDifference(a: readonly number[], b: readonly number[], confidenceLevel = 0.95): MeanDifference | null {
  const sa = summarise(a);
  const sb = summarise(b);
  if (sa.sd === null || sb.sd === null) return null;
  const va = sa.sd ** 2 / sa.n;
  const vb = sb.sd ** 2 / sb.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / ((va * va) / (sa.n - 1) + (vb * vb) / (sb.n - 1));
  const t = tQuantile(1 - (1 - confidenceLevel) / 2, df);
  const difference = sa.mean! - sb.mean!;
  const half = t * Math.sqrt(se2);
  return { difference, lower: difference - half, upper: difference + half, degreesOfFreedom: df };
}

/** Sample quantile by linear interpolation (Hyndman & Fan 1996 type 7, R's default); null for no values. */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1]: ${p}`);
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
}
