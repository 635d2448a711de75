// Percentiles as the key figures use them (docs/key-figures.md): linear interpolation between the
// closest ranks — PostgreSQL's percentile_cont and Excel's PERCENTILE.INC / MEDIAN — so that the
// database, the generator's ground truth and a manager checking an export in Excel agree.

/**
 * The p-th percentile (0 ≤ p ≤ 1) of `values`: sorted ascending x₀…xₙ₋₁, position h = p·(n−1),
 * result x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). Median = percentile(values, 0.5). Null for no values.
 * @throws RangeError when p is outside [0, 1].
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile p must be in [0, 1], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = p * (sorted.length - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
