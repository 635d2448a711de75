// Proof that the analysis is right (issue 14): simulated trials with a known effect, run through the
// real pipeline — allocation (allocation.ts), outcome derivation from case records (outcomes.ts) and
// the analysis (analysis.ts) — and scored against the truth.
//
// Population model (one trial):
//  - Entry days spread uniformly over 365 days from 2026-01-05; analysis 730 days after the start,
//    when the last entrant has been followed for τ = 365 days (the pre-specified analysis time), so
//    follow-up runs from 365 to 730 days (administrative censoring beyond τ). First absence 49–63 days before entry.
//  - Diagnosis group (the stratum): MENTAL 40 %, MUSCULOSKELETAL 40 %, OTHER 20 %.
//  - Control days from entry to leaving benefit: T₀ = ⌈14 + W⌉, W ~ Weibull(shape 1.3, scale 200 /
//    130 / 100 days by group). Intervention: T₀ − effect — every person leaves `effectDays` earlier
//    (a shift, so the true median difference is exactly −effect; the true RMST difference is computed
//    exactly from the model, see trueDifferences).
//  - 8 % move away at a uniform day 1–730 after entry (censoring within τ); 40 % return part-time first;
//    closing reasons: full return 75 %, benefit period ended 10 %, transferred 15 %.
//  - 1:1 permuted blocks (sizes 2, 4, 6) stratified by diagnosis group, with a fresh secret seed per trial.
import { createRng, type Rng } from "@/lib/stats/random";
import { addDays } from "@/lib/time";
import { allocationSequence, stratumKey } from "./allocation";
import { analyseStudy, type AnalysisParticipant } from "./analysis";
import { deriveOutcomes, type CaseRecord, type StatusChange } from "./outcomes";
import type { ClosingReason } from "./types";

const GROUPS = [
  { group: "MENTAL", share: 0.4, scale: 200 },
  { group: "MUSCULOSKELETAL", share: 0.4, scale: 130 },
  { group: "OTHER", share: 0.2, scale: 100 },
] as const;
const SHAPE = 1.3;
const LAG = 14;
const START = new Date(Date.UTC(2026, 0, 5));
const ACCRUAL_DAYS = 365;
const ANALYSIS_AFTER_DAYS = 730;

export type SimulationScenario = {
  name: string;
  /** True shortening of every person's time on benefit, whole days ≥ 0 (0 = no effect). */
  effectDays: number;
  trials: number;
  participantsPerTrial: number;
  seed: number;
  /** Bootstrap replicates per trial for the median difference (a real analysis uses 2000). */
  bootstrapReplicates: number;
  tauDays?: number;
};

type Estimates = { estimate: number | null; lower: number | null; upper: number | null };

export type SimulationReport = {
  scenario: Required<SimulationScenario>;
  truth: { rmstDifference: number; medianDifference: number; controlMedian: number };
  /** RMST difference (INTERVENTION − CONTROL, days on benefit within τ): the primary estimate. */
  rmst: {
    meanEstimate: number;
    /** Mean of (estimate − true value), days. */
    bias: number;
    /** Share of trials whose 95 % interval contains the true value. */
    coverage: number;
    /** Share of trials whose interval excludes 0. */
    nullRejected: number;
    meanStdErr: number;
    empiricalSd: number;
    /** Trials where τ had to be shortened (the truth is then taken at the τ used). */
    tauCapped: number;
  };
  /** Median difference with its percentile bootstrap interval; `estimable` = share of trials where both medians were reached. */
  median: { meanEstimate: number; bias: number; coverage: number; estimable: number };
  /** Stratified log-rank test at 5 %: share of trials rejecting no difference. */
  logRank: { nullRejected: number };
  /** Share of trials whose plain-language reading said "we cannot tell yet". */
  cannotTellYet: number;
  durationMs: number;
};

/** Control survival P(T₀ > t) for whole days t (T₀ = ⌈14 + W⌉ > t ⟺ W > t − 14). */
function controlSurvival(t: number): number {
  if (t < LAG) return 1;
  return GROUPS.reduce((s, g) => s + g.share * Math.exp(-(((t - LAG) / g.scale) ** SHAPE)), 0);
}

/**
 * The true differences under the model. For whole-day times, RMST(τ) = Σ_{t=0}^{τ−1} P(T > t), and
 * the intervention's survival is S₀(t + effect); the median shifts by exactly −effect.
 */
export function trueDifferences(effectDays: number, tauDays: number): SimulationReport["truth"] {
  let rmst = 0;
  for (let t = 0; t < tauDays; t++) rmst += controlSurvival(t + effectDays) - controlSurvival(t);
  let controlMedian = 0;
  while (controlSurvival(controlMedian) > 0.5) controlMedian++;
  return { rmstDifference: rmst, medianDifference: -effectDays, controlMedian };
}

function weibull(rng: Rng, scale: number): number {
  return scale * (-Math.log(1 - rng.float())) ** (1 / SHAPE);
}

function pick<T extends { share: number }>(rng: Rng, items: readonly T[]): T {
  let u = rng.float();
  for (const it of items) {
    if ((u -= it.share) < 0) return it;
  }
  return items[items.length - 1]!;
}

const REASONS: readonly { reason: ClosingReason; share: number }[] = [
  { reason: "FULL_RETURN_TO_WORK", share: 0.75 },
  { reason: "BENEFIT_PERIOD_ENDED", share: 0.1 },
  { reason: "TRANSFERRED_TO_OTHER_BENEFIT", share: 0.15 },
];

/** One simulated trial: participants with arm, stratum and derived outcomes, and the analysis day. */
export function simulateTrial(
  rng: Rng,
  participants: number,
  effectDays: number,
): { participants: AnalysisParticipant[]; analysisDay: Date } {
  // Nobody leaves before day 15 without the intervention, so a shift of up to 14 days keeps every time ≥ 1.
  if (!Number.isInteger(effectDays) || effectDays < 0 || effectDays > LAG)
    throw new RangeError(`effectDays must be a whole number 0–${LAG}`);
  const analysisDay = addDays(START, ANALYSIS_AFTER_DAYS);
  const people = Array.from({ length: participants }, () => ({ entryOffset: rng.int(0, ACCRUAL_DAYS - 1), g: pick(rng, GROUPS) })).sort(
    (a, b) => a.entryOffset - b.entryOffset,
  );
  const seed = Array.from({ length: 8 }, () => rng.int(0, 0xffffffff).toString(16).padStart(8, "0")).join("");
  const scheme = { ratio: { INTERVENTION: 1, CONTROL: 1 } };
  const sequences = new Map(
    GROUPS.map((g) => [g.group, allocationSequence(seed, scheme, stratumKey({ diagnosisGroup: g.group }), participants)]),
  );
  const used = new Map<string, number>();
  const out: AnalysisParticipant[] = people.map(({ entryOffset, g }) => {
    const k = used.get(g.group) ?? 0;
    used.set(g.group, k + 1);
    const arm = sequences.get(g.group)![k]!.arm;
    const entryDay = addDays(START, entryOffset);
    const firstAbsenceDay = addDays(entryDay, -rng.int(49, 63));
    const t0 = Math.ceil(LAG + weibull(rng, g.scale));
    const t = arm === "INTERVENTION" ? t0 - effectDays : t0;
    const moveDay = rng.float() < 0.08 ? rng.int(1, ANALYSIS_AFTER_DAYS) : Infinity;
    const partial = rng.float() < 0.4 ? Math.ceil(t * (0.3 + 0.4 * rng.float())) : null;
    const reason = pick(rng, REASONS).reason;
    const changes: StatusChange[] = [{ status: "ACTIVE", effectiveOn: firstAbsenceDay }];
    if (partial !== null && partial < t && partial < moveDay)
      changes.push({ status: "PARTIAL_RETURN", effectiveOn: addDays(entryDay, partial) });
    if (moveDay < t) changes.push({ status: "CLOSED", effectiveOn: addDays(entryDay, moveDay), closingReason: "MOVED" });
    else changes.push({ status: "CLOSED", effectiveOn: addDays(entryDay, t), closingReason: reason });
    const record: CaseRecord = { firstAbsenceDay, entryDay, statusChanges: changes };
    return { arm, stratum: stratumKey({ diagnosisGroup: g.group }), outcomes: deriveOutcomes(record, analysisDay) };
  });
  return { participants: out, analysisDay };
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const covers = (e: Estimates, truth: number) => e.lower !== null && e.upper !== null && e.lower <= truth && truth <= e.upper;

/** Runs a scenario's trials and scores them against the truth. */
export function runSimulation(scenario: SimulationScenario): SimulationReport {
  const s: Required<SimulationScenario> = { tauDays: 365, ...scenario };
  if (!Number.isInteger(s.effectDays) || s.effectDays < 0 || s.effectDays > LAG)
    throw new RangeError(`effectDays must be a whole number 0–${LAG}`);
  const started = performance.now();
  const truth = trueDifferences(s.effectDays, s.tauDays);
  const master = createRng(s.seed);
  const rmst: { d: number; truth: number; se: number; lower: number; upper: number; capped: boolean }[] = [];
  const median: Estimates[] = [];
  let logRankRejected = 0;
  let cannotTell = 0;
  for (let i = 0; i < s.trials; i++) {
    const trialRng = createRng(master.int(-0x80000000, 0x7fffffff));
    const { participants } = simulateTrial(trialRng, s.participantsPerTrial, s.effectDays);
    const a = analyseStudy(participants, {
      design: "RANDOMISED",
      tauDays: s.tauDays,
      bootstrap: { seed: master.int(-0x80000000, 0x7fffffff), replicates: s.bootstrapReplicates },
    });
    const r = a.offBenefit.fromEntry.rmst;
    if (!r) throw new Error(`trial ${i}: no RMST estimate`);
    // Rarely an arm's follow-up ends before τ (everyone has left or moved): the estimand is then RMST(τ used).
    const capped = r.tau < s.tauDays;
    const truthHere = capped ? trueDifferences(s.effectDays, r.tau).rmstDifference : truth.rmstDifference;
    rmst.push({
      d: r.difference.difference,
      truth: truthHere,
      se: r.difference.stdErr,
      lower: r.difference.lower,
      upper: r.difference.upper,
      capped,
    });
    median.push(a.offBenefit.fromEntry.medianDifference);
    if ((a.offBenefit.fromEntry.logRank.pValue ?? 1) < 0.05) logRankRejected++;
    if (a.reading[0]?.key === "studies.reading.cannotTellYet") cannotTell++;
  }
  const ds = rmst.map((x) => x.d);
  const m = mean(ds);
  const estimable = median.filter((x) => x.estimate !== null);
  const medianMean = estimable.length ? mean(estimable.map((x) => x.estimate!)) : NaN;
  return {
    scenario: s,
    truth,
    rmst: {
      meanEstimate: m,
      bias: mean(rmst.map((x) => x.d - x.truth)),
      coverage: rmst.filter((x) => x.lower <= x.truth && x.truth <= x.upper).length / s.trials,
      nullRejected: rmst.filter((x) => x.upper < 0 || x.lower > 0).length / s.trials,
      meanStdErr: mean(rmst.map((x) => x.se)),
      empiricalSd: Math.sqrt(ds.reduce((acc, x) => acc + (x - m) ** 2, 0) / (ds.length - 1)),
      tauCapped: rmst.filter((x) => x.capped).length,
    },
    median: {
      meanEstimate: medianMean,
      bias: medianMean - truth.medianDifference,
      coverage: median.filter((x) => covers(x, truth.medianDifference)).length / s.trials,
      estimable: estimable.length / s.trials,
    },
    logRank: { nullRejected: logRankRejected / s.trials },
    cannotTellYet: cannotTell / s.trials,
    durationMs: performance.now() - started,
  };
}
