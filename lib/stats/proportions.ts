// Intervals for shares: Wilson's score interval for one proportion (Wilson 1927, JASA 22:209;
// recommended by Newcombe 1998a, Stat Med 17:857, and Brown, Cai & DasGupta 2001, Stat Sci 16:101)
// and Newcombe's hybrid score interval for the difference of two independent proportions
// (Newcombe 1998b, Stat Med 17:873, method 10), both without continuity correction.
import { zForConfidence } from "./distributions";

export type ProportionInterval = {
  /** Number with the outcome and the number it is a share of (so callers can suppress cells < 5). */
  count: number;
  n: number;
  /** count / n; null when n = 0. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
};

function checkCount(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || n < 0 || x < 0 || x > n) {
    throw new RangeError(`need whole numbers 0 ≤ count ≤ n: ${x}/${n}`);
  }
}

/** Wilson score interval for x/n. n = 0 gives nulls. Throws RangeError unless 0 ≤ x ≤ n are whole numbers. */
export function wilsonInterval(x: number, n: number, confidenceLevel = 0.95): ProportionInterval {
  checkCount(x, n);
  if (n === 0) return { count: x, n, estimate: null, lower: null, upper: null };
  const z = zForConfidence(confidenceLevel);
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  // Clamp rounding noise: the exact limits are 0 at x = 0 and 1 at x = n.
  const lower = x === 0 ? 0 : (centre - half) / denom;
  const upper = x === n ? 1 : (centre + half) / denom;
  return { count: x, n, estimate: p, lower, upper };
}

export type DifferenceInterval = { difference: number | null; lower: number | null; upper: number | null };

/**
 * Newcombe's hybrid score interval (method 10) for x1/n1 − x2/n2:
 *   L = d − √((p₁ − l₁)² + (u₂ − p₂)²),  U = d + √((u₁ − p₁)² + (p₂ − l₂)²)
 * with (l, u) the Wilson limits of each share. Nulls when either n is 0.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, confidenceLevel = 0.95): DifferenceInterval {
  const a = wilsonInterval(x1, n1, confidenceLevel);
  const b = wilsonInterval(x2, n2, confidenceLevel);
  if (a.estimate === null || b.estimate === null) return { difference: null, lower: null, upper: null };
  const d = a.estimate - b.estimate;
  return {
    difference: d,
    lower: d - Math.hypot(a.estimate - a.lower!, b.upper! - b.estimate),
    upper: d + Math.hypot(a.upper! - a.estimate, b.estimate - b.lower!),
  };
}
