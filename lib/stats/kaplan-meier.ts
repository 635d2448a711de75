// Kaplan–Meier estimator (Kaplan & Meier 1958) with Greenwood's variance (Greenwood 1926) and
// pointwise intervals on the log(−log) scale (Kalbfleisch & Prentice 2002, "The Statistical Analysis
// of Failure Time Data", 2nd ed.; the default of Stata's sts, always inside [0, 1]).
// Supports delayed entry (left truncation), so that time can be
// counted from the first absence day although people enter a study at their first follow-up.
import { zForConfidence } from "./distributions";
import { checkObservations, riskSetCounter, tally, type SurvivalObservation } from "./survival-data";

export type { SurvivalObservation } from "./survival-data";

/** One distinct time of the curve (an event and/or a censoring). Survival holds from `time` until the next step. */
export type KaplanMeierStep = {
  time: number;
  /** People at risk just before `time` (entry ≤ time ≤ exit). */
  atRisk: number;
  events: number;
  censored: number;
  /** Estimated S(time): the share still without the event after this time. */
  survival: number;
  /** Greenwood standard error of `survival`; null once the curve has reached 0. */
  stdErr: number | null;
  /** Pointwise interval (log−log); [1, 1] before the first event, null once the curve has reached 0. */
  lower: number | null;
  upper: number | null;
};

export type KaplanMeierCurve = {
  /** People in the data. */
  n: number;
  /** Events in the data. */
  events: number;
  confidenceLevel: number;
  steps: KaplanMeierStep[];
};

/**
 * The Kaplan–Meier curve of `observations`.
 * Throws RangeError for negative or non-finite times, or an entry after its exit time.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[], confidenceLevel = 0.95): KaplanMeierCurve {
  checkObservations(observations);
  const z = zForConfidence(confidenceLevel);
  const atRiskAt = riskSetCounter(observations);
  let survival = 1;
  let greenwood = 0; // Σ d / (n (n − d)) over event times so far
  let totalEvents = 0;
  const steps: KaplanMeierStep[] = [];
  for (const { time, events, censored } of tally(observations)) {
    const atRisk = atRiskAt(time);
    if (events > 0) {
      totalEvents += events;
      survival *= 1 - events / atRisk;
      greenwood = atRisk > events ? greenwood + events / (atRisk * (atRisk - events)) : Infinity;
    }
    steps.push({ time, atRisk, events, censored, survival, ...interval(survival, greenwood, z) });
  }
  return { n: observations.length, events: totalEvents, confidenceLevel, steps };
}

function interval(s: number, greenwood: number, z: number): Pick<KaplanMeierStep, "stdErr" | "lower" | "upper"> {
  if (s <= 0 || !Number.isFinite(greenwood)) return { stdErr: null, lower: null, upper: null };
  if (s >= 1) return { stdErr: 0, lower: 1, upper: 1 };
  // Var(log(−log S)) = Σ d/(n(n−d)) / (log S)²; back-transformed: S^exp(±z·σ/|log S|).
  const theta = (z * Math.sqrt(greenwood)) / Math.abs(Math.log(s));
  return { stdErr: s * Math.sqrt(greenwood), lower: s ** Math.exp(theta), upper: s ** Math.exp(-theta) };
}

/** S(t) read off the curve (right-continuous step function); 1 before the first step. */
export function survivalAt(curve: KaplanMeierCurve, t: number): number {
  let s = 1;
  for (const step of curve.steps) {
    if (step.time > t) break;
    s = step.survival;
  }
  return s;
}

/** The last time the curve says anything about (the largest exit time), or null for no data. */
export function lastObservedTime(curve: KaplanMeierCurve): number | null {
  return curve.steps.length ? curve.steps[curve.steps.length - 1]!.time : null;
}

/**
 * Numbers at risk at chosen times (for the table under a chart): people with entry ≤ t ≤ exit.
 * `times` in any order; returned in the order given.
 */
export function numbersAtRisk(observations: readonly SurvivalObservation[], times: readonly number[]): { time: number; atRisk: number }[] {
  return times.map((t) => ({ time: t, atRisk: observations.filter((o) => (o.entry ?? 0) <= t && o.time >= t).length }));
}

const EPS = 1e-12;

/**
 * The time by which a share `p` has had the event: the smallest t with S(t) ≤ 1 − p (p = 0.5: the
 * median). Where the curve is flat at exactly 1 − p, the midpoint of the flat stretch (as R's
 * survival package). The interval is where the pointwise band crosses 1 − p (Brookmeyer & Crowley
 * 1982, as in R's survfit): lower = first t with lower band ≤ 1 − p, upper = first t with upper band ≤ 1 − p.
 * null = not reached within follow-up.
 */
export function survivalQuantile(
  curve: KaplanMeierCurve,
  p = 0.5,
): { estimate: number | null; lower: number | null; upper: number | null } {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1): ${p}`);
  const q = 1 - p;
  const steps = curve.steps;
  const first = (value: (s: KaplanMeierStep) => number) => steps.findIndex((s) => value(s) <= q + EPS);
  const i = first((s) => s.survival);
  let estimate: number | null = null;
  if (i >= 0) {
    estimate = steps[i]!.time;
    if (Math.abs(steps[i]!.survival - q) < EPS) {
      const drop = steps.findIndex((s, j) => j > i && s.survival < q - EPS);
      if (drop >= 0) estimate = (steps[i]!.time + steps[drop]!.time) / 2;
    }
  }
  // The interval is the set of t where 1 − p lies inside the band: it starts where the lower band
  // first reaches 1 − p and ends where the upper band does.
  const lo = first((s) => s.lower ?? 0);
  const hi = first((s) => s.upper ?? 0);
  return { estimate, lower: lo >= 0 ? steps[lo]!.time : null, upper: hi >= 0 ? steps[hi]!.time : null };
}

/** The median time to the event with its interval; see survivalQuantile. */
export function medianSurvival(curve: KaplanMeierCurve) {
  return survivalQuantile(curve, 0.5);
}
