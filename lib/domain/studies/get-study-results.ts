// The results page of an effect study (issue 14, ADR 0016): the study's definition and, computed on
// the fly from the participants' case records, the analysis of the core (lib/studies) as a
// disclosure-safe view. Managers see aggregates only; no person leaves this use case.
import { defineUseCase, type UseCaseContext } from "@/lib/domain/run-use-case";
import { analyseStudy, type AnalysisParticipant } from "@/lib/studies/analysis";
import { balanceTable } from "@/lib/studies/balance";
import { suppressCount, type Suppressed } from "@/lib/kpi/suppress";
import { registrationBalance } from "@/lib/studies/registration-balance";
import { resultsView, type ResultsView } from "@/lib/studies/results-view";
import { isoDay } from "@/lib/time";
import type { TStudyRef } from "@/lib/validation/studies";
import { analysisDayOf, loadAnalysedParticipants, outcomesOrNull, type AnalysedParticipant } from "./analysed-participants";
import { GRACE_DAYS, loadMatchedComparison } from "./matched-participants";
import { describeIntervention, studyPhase, type StudyPhase } from "./study-rules";

export type StudySummary = {
  id: string;
  name: string;
  question: string;
  /** The intervention in words: the programmes, then the way of working. */
  intervention: string;
  /** The programmes that are the intervention, by name. */
  programmes: { id: string; name: string }[];
  /** The way of working ("" when the intervention is the programmes only). */
  wayOfWorking: string;
  design: "RANDOMISED" | "MATCHED";
  status: "RUNNING" | "CLOSED";
  /** PLANNED before the start day, else the status (studyPhase). */
  phase: StudyPhase;
  diagnosisGroups: string[];
  stratifyByDiagnosis: boolean;
  ratio: { INTERVENTION: number; CONTROL: number };
  startOn: Date;
  plannedEndOn: Date;
  plannedParticipants: number;
  plannedEffectDays: number | null;
  bootstrapSeed: number;
  version: number;
  closedAt: Date | null;
  closeReason: string | null;
  verifiedAtClose: boolean | null;
  /** The allocation seed, only once the study has closed (for the auditor). */
  seedRevealed: string | null;
};

/** How the arms of a MATCHED study were formed (counts of 1–4 suppressed); null for a randomised study. */
export type MatchingSummary = {
  treated: Suppressed;
  pool: Suppressed;
  pairs: Suppressed;
  unmatched: Suppressed;
  lateIntervention: Suppressed;
  weeksCaliper: number;
  periodCaliperDays: number;
  graceDays: number;
};

/** `excluded`: participants whose case records contradict their entry (e.g. a closing later back-dated before entry). */
export type StudyResults = {
  study: StudySummary;
  analysisDay: Date;
  results: ResultsView;
  excluded: Suppressed;
  matching: MatchingSummary | null;
};

/**
 * The analysis of a study as of `analysisDay`: today while it runs, the Danish day it was closed once
 * closed (the earlier of today and the closing day), so that a closed study's results never change
 * with time. Shared by the page and the export.
 */
export async function computeStudyResults(ctx: UseCaseContext, studyId: string): Promise<StudyResults> {
  const s = await ctx.read.effectStudy.get({
    where: { id: studyId },
    include: { programmes: { select: { programme: { select: { id: true, name: true } } }, orderBy: { programme: { name: "asc" } } } },
  });
  const sys = ctx.system("study.viewResults");
  const analysisDay = analysisDayOf(s, ctx.today);
  let withOutcomes: AnalysedParticipant[];
  let excluded: number;
  let baseline;
  let matching: MatchingSummary | null = null;
  if (s.design === "MATCHED") {
    const programmeIds = s.programmes.map((p) => p.programme.id);
    const m = await loadMatchedComparison(sys, { ...s, programmeIds }, analysisDay);
    withOutcomes = m.participants.flatMap((p) => {
      const outcomes = outcomesOrNull(p.record, analysisDay);
      return outcomes ? [{ p, outcomes }] : [];
    });
    excluded = m.counts.invalid + m.participants.length - withOutcomes.length;
    const of = (arm: "INTERVENTION" | "CONTROL") => m.participants.filter((p) => p.arm === arm).map((p) => p.covariates);
    baseline = balanceTable(m.before, { intervention: of("INTERVENTION"), comparison: of("CONTROL") });
    matching = {
      treated: suppressCount(m.counts.treated),
      pool: suppressCount(m.counts.pool),
      pairs: suppressCount(m.matching.pairs.length),
      unmatched: suppressCount(m.matching.unmatched.length),
      lateIntervention: suppressCount(m.counts.lateIntervention),
      weeksCaliper: m.matching.options.weeksCaliper,
      periodCaliperDays: m.matching.options.periodCaliperDays,
      graceDays: GRACE_DAYS,
    };
  } else {
    ({ analysed: withOutcomes, excluded } = await loadAnalysedParticipants(sys, s.id, analysisDay));
  }
  const participants = withOutcomes.map((x) => x.p);
  const analysed: AnalysisParticipant[] = withOutcomes.map(({ p, outcomes }) => ({ arm: p.arm, stratum: p.stratum, outcomes }));
  const analysis = analyseStudy(analysed, {
    design: s.design,
    bootstrap: { seed: s.bootstrapSeed },
    plannedEffectDays: s.plannedEffectDays,
    interim: s.status === "RUNNING" && analysisDay < s.plannedEndOn,
  });
  const covariates = (arm: "INTERVENTION" | "CONTROL") => participants.filter((p) => p.arm === arm).map((p) => p.covariates);
  baseline ??= balanceTable({ intervention: covariates("INTERVENTION"), comparison: covariates("CONTROL") });
  const registration = registrationBalance(
    participants.map((p) => p.registration),
    { analysisDay },
  );
  return {
    study: {
      id: s.id,
      name: s.name,
      question: s.question,
      intervention: describeIntervention(s),
      programmes: s.programmes.map((p) => p.programme),
      wayOfWorking: s.intervention,
      design: s.design,
      status: s.status,
      phase: studyPhase(s, ctx.today),
      diagnosisGroups: s.diagnosisGroups,
      stratifyByDiagnosis: s.stratifyByDiagnosis,
      ratio: { INTERVENTION: s.ratioIntervention, CONTROL: s.ratioControl },
      startOn: s.startOn,
      plannedEndOn: s.plannedEndOn,
      plannedParticipants: s.plannedParticipants,
      plannedEffectDays: s.plannedEffectDays,
      bootstrapSeed: s.bootstrapSeed,
      version: s.version,
      closedAt: s.closedAt,
      closeReason: s.closeReason,
      verifiedAtClose: s.verifiedAtClose,
      seedRevealed: s.status === "CLOSED" ? s.seedRevealed : null,
    },
    analysisDay,
    results: resultsView(analysis, baseline, registration),
    excluded: suppressCount(excluded),
    matching,
  };
}

/**
 * The results of one study for a manager: definition, Kaplan–Meier curves with numbers at risk,
 * RMST and median differences with 95 % intervals, log-rank test, shares off benefit at 3/6/12
 * months (Wilson/Newcombe), score changes, baseline and registration balance, and the plain-language
 * reading — every count of 1–4 suppressed (lib/studies/results-view.ts).
 * Logged as a VIEW of aggregates (record type "StudyResults", no citizen).
 * @throws NotFoundError without "study.viewResults" or for a study outside the organisation.
 */
export const getStudyResults = defineUseCase(
  { capability: "study.viewResults", notFound: "study" },
  async (ctx, input: TStudyRef): Promise<StudyResults> => {
    const r = await computeStudyResults(ctx, input.studyId);
    await ctx.audit.viewed({ recordType: "StudyResults", recordId: r.study.id, details: { analysisDay: isoDay(r.analysisDay) } });
    return r;
  },
);
