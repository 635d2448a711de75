// Sample size and power. All functions are two-sided at level α with power 1 − β.
//  - Log-rank, events needed: Schoenfeld (1983, Biometrics 39:499) d = (z_{1−α/2} + z_{1−β})² / (π(1 − π) (ln HR)²),
//    π the share allocated to one arm; and Freedman (1982, Stat Med 1:121)
//    d = (z_{1−α/2} + z_{1−β})² (1 + φ·HR)² / (φ (1 − HR)²), φ = n₁/n₂, HR of group 1 relative to group 2.
//  - Participants = events / expected share with the event by the analysis (Collett 2015, ch. 10).
//  - Two proportions: Fleiss, Levin & Paik (2003, "Statistical Methods for Rates and Proportions",
//    3rd ed., eq. 4.14, without continuity correction).
//  - From an observed standard error: an estimator whose standard error falls as 1/√n needs
//    n × (se·(z_{1−α/2} + z_{1−β}) / Δ)² participants to detect Δ (same allocation and follow-up pattern).
import { normalQuantile } from "./distributions";

export type Design = { alpha?: number; power?: number };

function zSum({ alpha = 0.05, power = 0.8 }: Design): number {
  if (!(alpha > 0 && alpha < 1) || !(power > 0 && power < 1)) throw new RangeError(`alpha and power must be in (0, 1): ${alpha}, ${power}`);
  return normalQuantile(1 - alpha / 2) + normalQuantile(power);
}

function checkHazardRatio(hr: number): void {
  if (!(hr > 0) || hr === 1 || !Number.isFinite(hr)) throw new RangeError(`hazard ratio must be positive and not 1: ${hr}`);
}

/** Events needed by the log-rank test (Schoenfeld 1983). `allocationShare` = share of people in one arm (0.5 for 1:1, 2/3 for 2:1). */
export function schoenfeldEvents(p: Design & { hazardRatio: number; allocationShare?: number }): number {
  checkHazardRatio(p.hazardRatio);
  const pi = p.allocationShare ?? 0.5;
  if (!(pi > 0 && pi < 1)) throw new RangeError(`allocation share must be in (0, 1): ${pi}`);
  return zSum(p) ** 2 / (pi * (1 - pi) * Math.log(p.hazardRatio) ** 2);
}

/** Events needed by the log-rank test (Freedman 1982). `ratio` φ = n₁/n₂ where the hazard ratio is group 1 vs group 2 (1 for 1:1). */
export function freedmanEvents(p: Design & { hazardRatio: number; ratio?: number }): number {
  checkHazardRatio(p.hazardRatio);
  const phi = p.ratio ?? 1;
  if (!(phi > 0)) throw new RangeError(`ratio must be positive: ${phi}`);
  return (zSum(p) ** 2 * (1 + phi * p.hazardRatio) ** 2) / (phi * (1 - p.hazardRatio) ** 2);
}

/** Participants needed to observe `events` when a share `eventShare` (0, 1] of them has the event by the analysis; rounded up. */
export function participantsForEvents(events: number, eventShare: number): number {
  if (!(eventShare > 0 && eventShare <= 1)) throw new RangeError(`event share must be in (0, 1]: ${eventShare}`);
  return Math.ceil(events / eventShare);
}

/**
 * Hazard ratio (intervention vs control) of leaving the state when the median time falls from
 * `controlMedian` to `interventionMedian`, under exponential times (hazard = ln 2 / median).
 */
export function hazardRatioFromMedians(controlMedian: number, interventionMedian: number): number {
  if (!(controlMedian > 0) || !(interventionMedian > 0)) throw new RangeError("medians must be positive");
  return controlMedian / interventionMedian;
}

/**
 * Participants per group to detect shares p1 vs p2 (Fleiss, Levin & Paik 2003), group 2 being
 * `ratio` times as large as group 1. Returns [n1, n2], rounded up.
 */
export function twoProportionSampleSize(p: Design & { p1: number; p2: number; ratio?: number }): [number, number] {
  const { p1, p2 } = p;
  const r = p.ratio ?? 1;
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || p1 === p2) throw new RangeError(`shares must be in (0, 1) and differ: ${p1}, ${p2}`);
  if (!(r > 0)) throw new RangeError(`ratio must be positive: ${r}`);
  const { alpha = 0.05, power = 0.8 } = p;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const pBar = (p1 + r * p2) / (r + 1);
  const n1 = (za * Math.sqrt((r + 1) * pBar * (1 - pBar)) + zb * Math.sqrt(r * p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (r * (p1 - p2) ** 2);
  return [Math.ceil(n1), Math.ceil(r * n1)];
}

/**
 * Participants needed in all to detect a difference `difference` (same unit as the standard error)
 * when `currentTotal` participants give standard error `currentStdErr`; rounded up.
 */
export function participantsFromStandardError(p: Design & { currentTotal: number; currentStdErr: number; difference: number }): number {
  if (!(p.currentTotal > 0) || !(p.currentStdErr > 0) || !(Math.abs(p.difference) > 0)) {
    throw new RangeError("current total, standard error and difference must be positive");
  }
  return Math.ceil(p.currentTotal * ((zSum(p) * p.currentStdErr) / Math.abs(p.difference)) ** 2);
}
