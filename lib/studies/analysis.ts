// The whole analysis of a study as of an analysis day, from each participant's arm, randomisation
// stratum and derived outcomes (outcomes.ts). Pure; phase 2 loads the records, calls deriveOutcomes
// per case and then analyseStudy, and renders the result (suppressing cells with fewer than 5 people:
// every estimate comes with the counts it rests on).
//
// Primary comparison (ADR 0011): time from entry to leaving benefit, as the difference in restricted
// mean days on benefit within τ days (default 365) between INTERVENTION and CONTROL, with its 95 %
// interval; the plain-language reading (reading.ts) is based on it.
import { summarise, welchDifference, type MeanDifference, type Summary } from "@/lib/stats/means";
import { newcombeDifference, wilsonInterval, type DifferenceInterval, type ProportionInterval } from "@/lib/stats/proportions";
import { compareFromEntry, analyseScale, type ArmObservation, type EntryScaleAnalysis, type ScaleAnalysis } from "./endpoint-analysis";
import type { ParticipantOutcomes, TwoScales } from "./outcomes";
import { readStudy } from "./reading";
import type { Arm, Message, PerArm } from "./types";

export type StudyDesign = "RANDOMISED" | "MATCHED";

export type AnalysisParticipant = {
  arm: Arm;
  /** Randomisation stratum (stratumKey); the log-rank test is stratified by it. Omit for none. */
  stratum?: string;
  outcomes: ParticipantOutcomes;
};

export type AnalysisOptions = {
  design: StudyDesign;
  /** Seed of the bootstrap (store it with the analysis so it can be repeated), and its replicates (default 2000). */
  bootstrap: { seed: number; replicates?: number };
  /** τ of the restricted mean, days from entry (default 365). */
  tauDays?: number;
  /** Days for the numbers-at-risk table, from entry (default 0, 30, 60, 90, 180, 270, 365) and from the first absence day. */
  atRiskDays?: readonly number[];
  atRiskDaysFromFirstAbsence?: readonly number[];
  confidenceLevel?: number;
  /** The planned effect: fewer mean days on benefit within τ with the intervention (positive number), for the sample size. */
  plannedEffectDays?: number | null;
  alpha?: number;
  power?: number;
  /** Fewer participants than this in an arm: no comparison is read (default 5, the suppression threshold). */
  minimumPerArm?: number;
  /** True before the study's planned end: the reading adds that this is an interim look (default false). */
  interim?: boolean;
};

export type EndpointAnalysis = {
  /** Participants analysed for this endpoint, per arm, and those not at risk (had returned before entry). */
  participants: PerArm<number>;
  notAtRisk: PerArm<number>;
  fromEntry: EntryScaleAnalysis;
  /** Time from the first absence day, under observation from entry (delayed entry); curves are conditional on being on benefit at entry. */
  fromFirstAbsence: ScaleAnalysis;
};

export type OffBenefitShare = {
  months: number;
  /** Off benefit / known per arm (Wilson); `unknown` = horizon not reached or moved away. */
  arms: PerArm<ProportionInterval & { unknown: number }>;
  /** INTERVENTION − CONTROL (Newcombe). */
  difference: DifferenceInterval;
};

export type ScoreComparison = { arms: PerArm<Summary>; difference: MeanDifference | null };

export type StudyAnalysis = {
  design: StudyDesign;
  confidenceLevel: number;
  participants: PerArm<number>;
  /** Still on benefit at the analysis day (censored in the primary comparison). */
  openCases: PerArm<number>;
  offBenefit: EndpointAnalysis;
  firstReturn: EndpointAnalysis;
  offBenefitAt: OffBenefitShare[];
  /** Change (last − first progress note) in self-rated health and work ability, INTERVENTION − CONTROL (Welch). */
  scores: { selfRatedHealth: ScoreComparison; workAbility: ScoreComparison };
  /** Participants needed in all for the planned effect, from the standard error seen now; null without a planned effect or an estimate. */
  sampleSize: { plannedEffectDays: number; alpha: number; power: number; needed: number; more: number } | null;
  /** Plain-language reading: translation keys with parameters (lib/i18n/messages/{da,en}/studies.ts). */
  reading: Message[];
};

type Resolved = {
  bootstrap: { seed: number; replicates: number };
  tauDays: number;
  atRiskDays: readonly number[];
  atRiskDaysFromFirstAbsence: readonly number[];
  confidenceLevel: number;
};

const DEFAULT_AT_RISK = [0, 30, 60, 90, 180, 270, 365];
const DEFAULT_AT_RISK_FIRST_ABSENCE = [56, 91, 182, 273, 365, 456];

function split<T>(participants: readonly AnalysisParticipant[], pick: (p: AnalysisParticipant) => T | null): PerArm<T[]> {
  const out: PerArm<T[]> = { INTERVENTION: [], CONTROL: [] };
  for (const p of participants) {
    const v = pick(p);
    if (v !== null) out[p.arm].push(v);
  }
  return out;
}

function endpoint(
  participants: readonly AnalysisParticipant[],
  pick: (o: ParticipantOutcomes) => TwoScales | null,
  o: Resolved,
  seedOffset: number,
): EndpointAnalysis {
  const obs = (scale: keyof TwoScales) =>
    split<ArmObservation>(participants, (p) => {
      const t = pick(p.outcomes);
      return t ? { ...t[scale], stratum: p.stratum ?? "" } : null;
    });
  const fromEntry = obs("fromEntry");
  const all = split(participants, () => true);
  return {
    participants: { INTERVENTION: fromEntry.INTERVENTION.length, CONTROL: fromEntry.CONTROL.length },
    notAtRisk: {
      INTERVENTION: all.INTERVENTION.length - fromEntry.INTERVENTION.length,
      CONTROL: all.CONTROL.length - fromEntry.CONTROL.length,
    },
    fromEntry: compareFromEntry(fromEntry, {
      atRiskDays: o.atRiskDays,
      confidenceLevel: o.confidenceLevel,
      tauDays: o.tauDays,
      bootstrap: { seed: (o.bootstrap.seed + seedOffset) | 0, replicates: o.bootstrap.replicates },
    }),
    fromFirstAbsence: analyseScale(obs("fromFirstAbsence"), o.atRiskDaysFromFirstAbsence, o.confidenceLevel),
  };
}

function scoreComparison(
  participants: readonly AnalysisParticipant[],
  key: "selfRatedHealth" | "workAbility",
  level: number,
): ScoreComparison {
  const changes = split(participants, (p) => p.outcomes.scores[key]?.change ?? null);
  return {
    arms: { INTERVENTION: summarise(changes.INTERVENTION), CONTROL: summarise(changes.CONTROL) },
    difference: welchDifference(changes.INTERVENTION, changes.CONTROL, level),
  };
}

/** Analyses a study. Throws RangeError for invalid options (τ ≤ 0, replicates < 100, confidence level outside (0, 1)). */
export function analyseStudy(participants: readonly AnalysisParticipant[], options: AnalysisOptions): StudyAnalysis {
  const o = {
    bootstrap: { seed: options.bootstrap.seed, replicates: options.bootstrap.replicates ?? 2000 },
    tauDays: options.tauDays ?? 365,
    atRiskDays: options.atRiskDays ?? DEFAULT_AT_RISK,
    atRiskDaysFromFirstAbsence: options.atRiskDaysFromFirstAbsence ?? DEFAULT_AT_RISK_FIRST_ABSENCE,
    confidenceLevel: options.confidenceLevel ?? 0.95,
    alpha: options.alpha ?? 0.05,
    power: options.power ?? 0.8,
    minimumPerArm: options.minimumPerArm ?? 5,
  };
  if (!(o.tauDays > 0)) throw new RangeError(`tau must be positive: ${o.tauDays}`);
  const count = split(participants, () => 1);
  const open = split(participants, (p) => (!p.outcomes.offBenefit.fromEntry.event && p.outcomes.offBenefit.reason === null ? 1 : null));
  const offBenefit = endpoint(participants, (x) => x.offBenefit, o, 0);
  const firstReturn = endpoint(participants, (x) => x.firstReturn, o, 1);

  const months = [...new Set(participants.flatMap((p) => p.outcomes.offBenefitAt.map((h) => h.months)))].sort((a, b) => a - b);
  const offBenefitAt = months.map((m): OffBenefitShare => {
    const values = split(participants, (p) => p.outcomes.offBenefitAt.find((h) => h.months === m)?.value ?? null);
    const unknown = split(participants, (p) => ((p.outcomes.offBenefitAt.find((h) => h.months === m)?.value ?? null) === null ? 1 : null));
    const arm = (a: Arm) => ({
      ...wilsonInterval(values[a].filter(Boolean).length, values[a].length, o.confidenceLevel),
      unknown: unknown[a].length,
    });
    const arms = { INTERVENTION: arm("INTERVENTION"), CONTROL: arm("CONTROL") };
    return {
      months: m,
      arms,
      difference: newcombeDifference(arms.INTERVENTION.count, arms.INTERVENTION.n, arms.CONTROL.count, arms.CONTROL.n, o.confidenceLevel),
    };
  });

  const base = {
    design: options.design,
    confidenceLevel: o.confidenceLevel,
    participants: { INTERVENTION: count.INTERVENTION.length, CONTROL: count.CONTROL.length },
    openCases: { INTERVENTION: open.INTERVENTION.length, CONTROL: open.CONTROL.length },
    offBenefit,
    firstReturn,
    offBenefitAt,
    scores: {
      selfRatedHealth: scoreComparison(participants, "selfRatedHealth", o.confidenceLevel),
      workAbility: scoreComparison(participants, "workAbility", o.confidenceLevel),
    },
  };
  const { sampleSize, reading } = readStudy(base, {
    plannedEffectDays: options.plannedEffectDays ?? null,
    alpha: o.alpha,
    power: o.power,
    minimumPerArm: o.minimumPerArm,
    interim: options.interim ?? false,
  });
  return { ...base, sampleSize, reading };
}
