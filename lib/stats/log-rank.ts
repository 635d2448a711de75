// The log-rank test (Mantel 1966; Peto & Peto 1972) for two groups, with the hypergeometric variance,
// optionally stratified (O − E and V summed over strata: the analysis that matches a stratified
// randomisation). The p-value is the chi-square upper tail with 1 degree of freedom (stdlib).
// Also the one-step (Peto) hazard ratio exp((O − E)/V) with interval exp((O − E)/V ± z/√V)
// (Yusuf, Peto et al. 1985, Prog Cardiovasc Dis 27:335; accurate for hazard ratios near 1:
// Berry, Kitchin & Mock 1991, Stat Med 10:749).
import { chiSquareUpperTail, zForConfidence } from "./distributions";
import { checkObservations, riskSetCounter, type SurvivalObservation } from "./survival-data";

export type LogRankResult = {
  /** Observed events in group a and group b. */
  observed: [number, number];
  /** Expected events under no difference, a and b. */
  expected: [number, number];
  /** Variance of O_a − E_a. */
  variance: number;
  /** (O_a − E_a)² / V, 1 degree of freedom; null when V = 0 (no informative event times). */
  chiSquare: number | null;
  pValue: number | null;
  /** Hazard of a relative to b (Peto's one-step estimate); null when V = 0. */
  hazardRatio: { estimate: number; lower: number; upper: number } | null;
};

type Sums = { oa: number; ob: number; ea: number; eb: number; v: number };

function accumulate(a: readonly SurvivalObservation[], b: readonly SurvivalObservation[], sums: Sums): void {
  checkObservations(a);
  checkObservations(b);
  const eventTimes = [...new Set([...a, ...b].filter((o) => o.event).map((o) => o.time))].sort((x, y) => x - y);
  const count = (obs: readonly SurvivalObservation[]) => {
    const m = new Map<number, number>();
    for (const o of obs) if (o.event) m.set(o.time, (m.get(o.time) ?? 0) + 1);
    return m;
  };
  const da = count(a);
  const db = count(b);
  const riskA = riskSetCounter(a);
  const riskB = riskSetCounter(b);
  for (const t of eventTimes) {
    const na = riskA(t);
    const nb = riskB(t);
    const n = na + nb;
    const dA = da.get(t) ?? 0;
    const dB = db.get(t) ?? 0;
    const d = dA + dB;
    sums.oa += dA;
    sums.ob += dB;
    sums.ea += (d * na) / n;
    sums.eb += (d * nb) / n;
    if (n > 1) sums.v += (d * (na / n) * (nb / n) * (n - d)) / (n - 1);
  }
}

function result(s: Sums, confidenceLevel: number): LogRankResult {
  const base = { observed: [s.oa, s.ob] as [number, number], expected: [s.ea, s.eb] as [number, number], variance: s.v };
  if (!(s.v > 0)) return { ...base, chiSquare: null, pValue: null, hazardRatio: null };
  const u = s.oa - s.ea;
  const chiSquare = (u * u) / s.v;
  const z = zForConfidence(confidenceLevel);
  const logHr = u / s.v;
  const half = z / Math.sqrt(s.v);
  return {
    ...base,
    chiSquare,
    pValue: chiSquareUpperTail(chiSquare, 1),
    hazardRatio: { estimate: Math.exp(logHr), lower: Math.exp(logHr - half), upper: Math.exp(logHr + half) },
  };
}

/** Log-rank test of group a against group b. Throws RangeError on invalid observations. */
export function logRankTest(a: readonly SurvivalObservation[], b: readonly SurvivalObservation[], confidenceLevel = 0.95): LogRankResult {
  return stratifiedLogRankTest([{ a, b }], confidenceLevel);
}

/** Stratified log-rank test: the same comparison within each stratum, O − E and V summed over strata. */
export function stratifiedLogRankTest(
  strata: readonly { a: readonly SurvivalObservation[]; b: readonly SurvivalObservation[] }[],
  confidenceLevel = 0.95,
): LogRankResult {
  const sums: Sums = { oa: 0, ob: 0, ea: 0, eb: 0, v: 0 };
  for (const s of strata) accumulate(s.a, s.b, sums);
  return result(sums, confidenceLevel);
}
