// Standardised mean differences (SMD) for balance tables (Austin 2009, Stat Med 28:3083; Stuart 2010,
// Stat Sci 25:1). Callers pass the denominator so that the same scale can be used before and after
// matching: a change in the SMD then reflects a change in means, not in spread (Stuart 2010, §6.1).

/** Pooled SD for a continuous covariate: √((s₁² + s₀²)/2). */
export function pooledSd(sd1: number, sd0: number): number {
  return Math.sqrt((sd1 * sd1 + sd0 * sd0) / 2);
}

/** Pooled SD for a binary covariate (shares p₁, p₀): √((p₁(1 − p₁) + p₀(1 − p₀))/2). */
export function pooledBinarySd(p1: number, p0: number): number {
  return Math.sqrt((p1 * (1 - p1) + p0 * (1 - p0)) / 2);
}

/** (m₁ − m₀) / denominator; 0 when the means are equal, null when they differ but the denominator is 0. */
export function standardisedDifference(m1: number, m0: number, denominator: number): number | null {
  if (m1 === m0) return 0;
  return denominator > 0 ? (m1 - m0) / denominator : null;
}
