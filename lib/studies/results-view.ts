// What a manager may see of a study's analysis (issue 14, SPEC §6, ADR 0016): aggregates only, every
// count of 1–4 people suppressed (lib/kpi/suppress.ts), curves cut and merged by disclosureSafeCurve,
// and no estimate that rests on an arm of fewer than 5. Pure: the same input gives the same view.
import { SUPPRESSION_THRESHOLD, suppressCount, suppressShare, type Suppressed } from "@/lib/kpi/suppress";
import type { StudyAnalysis } from "./analysis";
import type { BalanceTable } from "./balance";
import { disclosureSafeCurve, type DisplayCurve } from "./disclosure";
import type { EntryScaleAnalysis, ScaleAnalysis } from "./endpoint-analysis";
import type { RegistrationBalance } from "./registration-balance";
import type { Message, PerArm } from "./types";

export type Shown = { suppressed: true } | { suppressed: false; value: number | null };
export type Interval = { estimate: number | null; lower: number | null; upper: number | null };
export type ShareCell = { share: Shown; lower: number | null; upper: number | null };

export type EndpointView = {
  curves: PerArm<DisplayCurve>;
  atRisk: { time: number; INTERVENTION: Suppressed; CONTROL: Suppressed }[];
  medians: PerArm<Interval> | null;
  medianDifference: Interval | null;
  rmst: { tau: number; plannedTau: number; arms: PerArm<Interval>; difference: Interval & { pValue: number } } | null;
  logRank: { chiSquare: number | null; pValue: number | null; hazardRatio: Interval | null; stratified: boolean } | null;
};

/**
 * The compact comparison from the first absence day (delayed entry: under observation from entry):
 * median days per arm with its interval, the difference of the medians (INTERVENTION − CONTROL; null
 * while either is not reached) and the log-rank test on that scale. Null while an arm has < 5.
 */
export type FirstAbsenceView = {
  medians: PerArm<Interval>;
  medianDifference: number | null;
  logRank: EndpointView["logRank"];
} | null;

export type ScoreKey = "selfRatedHealth" | "workAbility";
export type ScoreView = { n: PerArm<Suppressed>; mean: PerArm<number | null>; difference: Interval | null; reading: Message };

export type ResultsView = {
  participants: PerArm<Suppressed>;
  openCases: PerArm<Suppressed>;
  /** True when both arms have at least 5 participants: only then are comparisons shown. */
  comparable: boolean;
  offBenefit: EndpointView;
  firstReturn: EndpointView;
  /** The same endpoints measured from the first absence day (ADR 0011: delayed entry). */
  fromFirstAbsence: { offBenefit: FirstAbsenceView; firstReturn: FirstAbsenceView };
  offBenefitAt: { months: number; arms: PerArm<ShareCell>; difference: Interval | null }[];
  /**
   * Change from the first to the last progress note per arm (n of 1–4 hidden, mean only from 5), the
   * difference INTERVENTION − CONTROL with Welch's 95 % interval (only when both arms have ≥ 5), and
   * its plain-language reading (studies.scores.reading.*).
   */
  scores: Record<ScoreKey, ScoreView>;
  sampleSize: StudyAnalysis["sampleSize"];
  reading: Message[];
  baseline: {
    /**
     * Per covariate level: the arms (after matching when the table has an "after"), the standardised
     * difference of those arms and, for a matched comparison, the one before matching (null otherwise).
     */
    rows: {
      covariate: string;
      level: string | null;
      /** A mean with its SD; null when hidden (1–4 people) or when nobody is in the group (`empty`). */
      arms: PerArm<ShareCell | { mean: number | null; sd: number | null; empty: boolean }>;
      smd: number | null;
      smdBefore: number | null;
    }[];
    threshold: number;
    /** True when the table compares matched groups (MATCHED design). */
    matched: boolean;
  };
  registration: {
    metrics: { metric: string; kind: "share" | "days"; arms: PerArm<ShareCell | { median: number | null }>; exceeds: boolean }[];
    followUps: PerArm<{ due: Suppressed; held: Suppressed }>;
    warnings: Message[];
    tooFew: boolean;
  };
};

const enough = (n: number) => n >= SUPPRESSION_THRESHOLD;
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** Every key the score reading can produce (texts in lib/i18n/messages/{da,en}/studies.ts, under "scores.reading"). */
export const SCORE_READING_KEYS = [
  "studies.scores.reading.tooFew",
  "studies.scores.reading.noEstimate",
  "studies.scores.reading.cannotTellYet",
  "studies.scores.reading.higher",
  "studies.scores.reading.lower",
] as const;

/**
 * The reading of a score change, by the same rule as the primary outcome (reading.ts): while the
 * 95 % interval of the difference spans 0 it says "we cannot tell yet". Points rounded to one decimal.
 */
function scoreReading(score: ScoreKey, ok: boolean, d: Interval | null, matched: boolean): Message {
  const group = matched ? "matched" : "control";
  if (!ok) return { key: "studies.scores.reading.tooFew", params: { score, minimum: SUPPRESSION_THRESHOLD } };
  if (!d || d.estimate === null || d.lower === null || d.upper === null)
    return { key: "studies.scores.reading.noEstimate", params: { score } };
  const params = { score, group, points: oneDecimal(Math.abs(d.estimate)), from: oneDecimal(d.lower), to: oneDecimal(d.upper) };
  if (d.lower <= 0 && d.upper >= 0) return { key: "studies.scores.reading.cannotTellYet", params };
  return { key: d.lower > 0 ? "studies.scores.reading.higher" : "studies.scores.reading.lower", params };
}

/** Key of the numberless warning shown instead of `studies.registration.warning.<metric>` when a cell behind it is hidden. */
export const hiddenWarningKey = (metric: string) => `studies.registration.differs.${metric}`;

/**
 * The registration warnings as a manager may see them (issue 14: every cell < 5 suppressed): a
 * warning whose numbers rest on a hidden cell — a share whose numerator, denominator or remainder
 * counts 1–4 people in either arm, or a median of 1–4 people — says only that the arms differ
 * (studies.registration.differs.<metric>, no parameters); the others keep their numbers.
 */
function shownWarnings(registration: RegistrationBalance): Message[] {
  return registration.warnings.map((w) => {
    const m = registration.metrics.find((x) => w.key === `studies.registration.warning.${x.metric}`);
    if (!m) return { key: w.key, params: {} };
    const hidden =
      m.kind === "share"
        ? Object.values(m.arms).some((a) => suppressShare(a.count, a.n).suppressed)
        : Object.values(m.arms).some((a) => !enough(a.n));
    return hidden ? { key: hiddenWarningKey(m.metric), params: {} } : w;
  });
}
const perArm = <T, U>(x: PerArm<T>, f: (v: T) => U): PerArm<U> => ({ INTERVENTION: f(x.INTERVENTION), CONTROL: f(x.CONTROL) });

function shareCell(count: number, n: number, lower: number | null, upper: number | null): ShareCell {
  const s = suppressShare(count, n);
  return s.suppressed ? { share: s, lower: null, upper: null } : { share: s, lower, upper };
}

function logRankView(l: ScaleAnalysis["logRank"]): NonNullable<EndpointView["logRank"]> {
  return {
    chiSquare: l.chiSquare,
    pValue: l.pValue,
    hazardRatio: l.hazardRatio ? { estimate: l.hazardRatio.estimate, lower: l.hazardRatio.lower, upper: l.hazardRatio.upper } : null,
    stratified: l.stratified,
  };
}

function firstAbsenceView(e: ScaleAnalysis, comparable: boolean): FirstAbsenceView {
  if (!comparable) return null;
  const i = e.medians.INTERVENTION.estimate;
  const c = e.medians.CONTROL.estimate;
  return {
    medians: perArm(e.medians, (m) => ({ estimate: m.estimate, lower: m.lower, upper: m.upper })),
    medianDifference: i !== null && c !== null ? i - c : null,
    logRank: logRankView(e.logRank),
  };
}

function endpointView(e: EntryScaleAnalysis, comparable: boolean): EndpointView {
  const curves = perArm(e.curves, (c) => disclosureSafeCurve(c));
  return {
    curves,
    atRisk: e.atRisk.map((r) => ({ time: r.time, INTERVENTION: suppressCount(r.INTERVENTION), CONTROL: suppressCount(r.CONTROL) })),
    medians: comparable ? e.medians : null,
    medianDifference: comparable ? e.medianDifference : null,
    rmst:
      comparable && e.rmst
        ? {
            tau: e.rmst.tau,
            plannedTau: e.rmst.plannedTau,
            arms: perArm(e.rmst.arms, (a) => ({ estimate: a.estimate, lower: a.lower, upper: a.upper })),
            difference: {
              estimate: e.rmst.difference.difference,
              lower: e.rmst.difference.lower,
              upper: e.rmst.difference.upper,
              pValue: e.rmst.difference.pValue,
            },
          }
        : null,
    logRank: comparable ? logRankView(e.logRank) : null,
  };
}

/**
 * The manager's view of `analysis` (analyseStudy), the baseline table (balanceTable of the arms,
 * intervention = INTERVENTION, comparison = CONTROL; with "after" for a matched comparison: the
 * matched groups are shown, with the standardised difference before and after matching) and the
 * registration balance.
 */
export function resultsView(analysis: StudyAnalysis, baseline: BalanceTable, registration: RegistrationBalance): ResultsView {
  const comparable = enough(analysis.participants.INTERVENTION) && enough(analysis.participants.CONTROL);
  const scores = (k: ScoreKey): ScoreView => {
    const s = analysis.scores[k];
    const ok = enough(s.arms.INTERVENTION.n) && enough(s.arms.CONTROL.n);
    const difference =
      ok && s.difference ? { estimate: s.difference.difference, lower: s.difference.lower, upper: s.difference.upper } : null;
    return {
      n: perArm(s.arms, (a) => suppressCount(a.n)),
      mean: perArm(s.arms, (a) => (enough(a.n) ? a.mean : null)),
      difference,
      reading: scoreReading(k, ok, difference, analysis.design === "MATCHED"),
    };
  };
  return {
    participants: perArm(analysis.participants, suppressCount),
    openCases: perArm(analysis.openCases, suppressCount),
    comparable,
    offBenefit: endpointView(analysis.offBenefit.fromEntry, comparable),
    firstReturn: endpointView(analysis.firstReturn.fromEntry, comparable),
    fromFirstAbsence: {
      offBenefit: firstAbsenceView(analysis.offBenefit.fromFirstAbsence, comparable),
      firstReturn: firstAbsenceView(analysis.firstReturn.fromFirstAbsence, comparable),
    },
    offBenefitAt: analysis.offBenefitAt.map((h) => {
      const arms = perArm(h.arms, (a) => shareCell(a.count, a.n, a.lower, a.upper));
      const shown = !arms.INTERVENTION.share.suppressed && !arms.CONTROL.share.suppressed && comparable;
      return {
        months: h.months,
        arms,
        difference: shown ? { estimate: h.difference.difference, lower: h.difference.lower, upper: h.difference.upper } : null,
      };
    }),
    scores: { selfRatedHealth: scores("selfRatedHealth"), workAbility: scores("workAbility") },
    sampleSize: comparable ? analysis.sampleSize : null,
    reading: analysis.reading,
    baseline: {
      threshold: baseline.threshold,
      matched: baseline.rows.some((r) => r.after !== null),
      rows: baseline.rows.map((r) => {
        const cell = (g: BalanceTable["rows"][number]["before"]["intervention"]) =>
          r.level === null
            ? { mean: enough(g.n) ? g.mean : null, sd: enough(g.n) ? g.sd : null, empty: g.n === 0 }
            : shareCell(g.count ?? 0, g.n, null, null);
        const armsOf = (c: BalanceTable["rows"][number]["before"]) => ({ INTERVENTION: cell(c.intervention), CONTROL: cell(c.comparison) });
        const hidden = (arms: ReturnType<typeof armsOf>) =>
          Object.values(arms).some((c) => ("share" in c ? c.share.suppressed : c.mean === null));
        const before = armsOf(r.before);
        const after = r.after ? armsOf(r.after) : null;
        const shown = after ?? before;
        return {
          covariate: r.covariate,
          level: r.level,
          arms: shown,
          smd: hidden(shown) ? null : (r.after ?? r.before).smd,
          smdBefore: after && !hidden(before) ? r.before.smd : null,
        };
      }),
    },
    registration: {
      metrics: registration.metrics.map((m) =>
        m.kind === "share"
          ? { metric: m.metric, kind: m.kind, arms: perArm(m.arms, (a) => shareCell(a.count, a.n, a.lower, a.upper)), exceeds: m.exceeds }
          : {
              metric: m.metric,
              kind: m.kind,
              arms: perArm(m.arms, (a) => ({ median: enough(a.n) ? a.median : null })),
              exceeds: m.exceeds,
            },
      ),
      followUps: perArm(registration.followUps, (f) => ({ due: suppressCount(f.due), held: suppressCount(f.held) })),
      warnings: shownWarnings(registration),
      tooFew: registration.tooFew,
    },
  };
}
