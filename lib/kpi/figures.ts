// The catalogue of the board-meeting key figures (SPEC §6, issue 11; exact rules in
// docs/key-figures.md). Each figure is read from pre-aggregated cells (KpiCell.figure = a cell key
// below) written by the refresh job; this file says which cells make up which figure, which way is
// better (for target status), and which cells are tied together by exact sums (for suppression).
// Pure and browser-safe.
import type { ReferralReasonCode } from "@/lib/db/generated/browser";

export const REASON_CODES = [
  "NOT_ELIGIBLE",
  "BETTER_OFFER_ELSEWHERE",
  "INSUFFICIENT_INFORMATION",
  "CITIZEN_DECLINED",
  "NON_ATTENDANCE",
  "HEALTH_WORSENED",
  "NOT_BENEFITING",
  "OTHER",
] as const satisfies readonly ReferralReasonCode[];

/** A reason category of a referral event, or UNSPECIFIED for events recorded without one. */
export type ReasonCategory = ReferralReasonCode | "UNSPECIFIED";
export const REASON_CATEGORIES: readonly ReasonCategory[] = [...REASON_CODES, "UNSPECIFIED"];

export const FIGURE_GROUPS = ["cases", "followUps", "referrals", "health", "outcomes"] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

/** Referral steps whose reasons are counted (a breakdown by REASON_CATEGORIES). */
export const REASON_STEPS = ["rejected", "returned", "dropped"] as const;
export type ReasonStep = (typeof REASON_STEPS)[number];

/** The cell key of a reason breakdown: "referrals.rejected.NOT_ELIGIBLE". */
export const reasonCell = (step: ReasonStep, code: ReasonCategory) => `referrals.${step}.${code}`;

export type FigureShape =
  /** A count of units (people, cases, conversations…) in the month. */
  | { kind: "count"; cell: string; reasons?: ReasonStep }
  /** numerator / denominator in per cent; comp = denominator − numerator (suppressed too). */
  | { kind: "share"; num: string; den: string; comp: string }
  /** People in a programme place at month end / the places of the programmes in the filter, in per cent. */
  | { kind: "capacity"; cell: string }
  /** A median or percentile (in days or weeks) of the people counted in `basis`. */
  | { kind: "stat"; cell: string; unit: "days" | "weeks" };

export type FigureSpec = {
  group: FigureGroup;
  shape: FigureShape;
  /** Which direction meets a target: "higher" means value ≥ target is met. */
  better: "higher" | "lower";
  /** Only known for today (the current month), no history. */
  snapshot?: true;
};

export const FIGURES = {
  active: { group: "cases", shape: { kind: "count", cell: "active" }, better: "lower" },
  inflow: { group: "cases", shape: { kind: "count", cell: "inflow" }, better: "lower" },
  outflow: { group: "cases", shape: { kind: "count", cell: "outflow" }, better: "higher" },
  partialReturns: { group: "cases", shape: { kind: "count", cell: "partialReturns" }, better: "higher" },
  durationMedian: { group: "cases", shape: { kind: "stat", cell: "duration.median", unit: "weeks" }, better: "lower" },
  followUpsOnTime: {
    group: "followUps",
    shape: { kind: "share", num: "followUps.onTime", den: "followUps.held", comp: "followUps.late" },
    better: "higher",
  },
  overdueNow: { group: "followUps", shape: { kind: "count", cell: "overdueNow" }, better: "lower", snapshot: true },
  submitted: { group: "referrals", shape: { kind: "count", cell: "referrals.submitted" }, better: "higher" },
  accepted: { group: "referrals", shape: { kind: "count", cell: "referrals.accepted" }, better: "higher" },
  started: { group: "referrals", shape: { kind: "count", cell: "referrals.started" }, better: "higher" },
  completed: { group: "referrals", shape: { kind: "count", cell: "referrals.completed" }, better: "higher" },
  rejected: { group: "referrals", shape: { kind: "count", cell: "referrals.rejected", reasons: "rejected" }, better: "lower" },
  returned: { group: "referrals", shape: { kind: "count", cell: "referrals.returned", reasons: "returned" }, better: "lower" },
  dropped: { group: "referrals", shape: { kind: "count", cell: "referrals.dropped", reasons: "dropped" }, better: "lower" },
  waitMedian: { group: "referrals", shape: { kind: "stat", cell: "wait.median", unit: "days" }, better: "lower" },
  waitP90: { group: "referrals", shape: { kind: "stat", cell: "wait.p90", unit: "days" }, better: "lower" },
  newPlans: { group: "health", shape: { kind: "count", cell: "plans.new" }, better: "higher" },
  capacityUse: { group: "health", shape: { kind: "capacity", cell: "capacity.inUse" }, better: "higher" },
  waitlist: { group: "health", shape: { kind: "count", cell: "waitlist" }, better: "lower" },
  goalsAchieved: { group: "health", shape: { kind: "count", cell: "goals.achieved" }, better: "higher" },
  offBenefit3m: {
    group: "outcomes",
    shape: { kind: "share", num: "offBenefit.num", den: "offBenefit.den", comp: "offBenefit.comp" },
    better: "higher",
  },
  recovered: {
    group: "outcomes",
    shape: { kind: "share", num: "recovered.num", den: "recovered.den", comp: "recovered.comp" },
    better: "higher",
  },
  improvedHealth: {
    group: "outcomes",
    shape: { kind: "share", num: "health.num", den: "health.den", comp: "health.comp" },
    better: "higher",
  },
} as const satisfies Record<string, FigureSpec>;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];

export function isFigureKey(v: unknown): v is FigureKey {
  return typeof v === "string" && Object.hasOwn(FIGURES, v);
}

export function figuresOf(group: FigureGroup): FigureKey[] {
  return FIGURE_KEYS.filter((k) => FIGURES[k].group === group);
}

/** The unit a target of the figure is entered and shown in. */
export function figureUnit(key: FigureKey): "count" | "percent" | "days" | "weeks" {
  const shape: FigureShape = FIGURES[key].shape;
  if (shape.kind === "share" || shape.kind === "capacity") return "percent";
  if (shape.kind === "stat") return shape.unit;
  return "count";
}

/** Cells that hold a statistic (a median or percentile), not a count of people: no sums relate them. */
export const STAT_CELLS: readonly string[] = ["duration.median", "wait.median", "wait.p90"];

/**
 * Families of count cells that exact sums tie together within one month and filter combination
 * (besides the sums over the filter dimensions), for complementary suppression:
 * - share: den = num + comp;
 * - breakdown: total = Σ reason cells.
 * The stock of active cases is tied to its flows across months: active(m) = active(m−1) + inflow(m) − outflow(m).
 */
export const SHARE_FAMILIES = FIGURE_KEYS.flatMap((k) => {
  const s: FigureShape = FIGURES[k].shape;
  return s.kind === "share" ? [{ num: s.num, den: s.den, comp: s.comp }] : [];
});
export const BREAKDOWN_FAMILIES = REASON_STEPS.map((step) => ({
  total: `referrals.${step}`,
  parts: REASON_CATEGORIES.map((c) => reasonCell(step, c)),
}));
export const STOCK_FLOW = { stock: "active", inflow: "inflow", outflow: "outflow" } as const;

/** Unit figures whose measure feeds statistics: closings → sick-leave weeks; starts → waiting days. */
export const STAT_SOURCES: Readonly<Record<string, readonly { cell: string; p: 0.5 | 0.9 }[]>> = {
  outflow: [{ cell: "duration.median", p: 0.5 }],
  "referrals.started": [
    { cell: "wait.median", p: 0.5 },
    { cell: "wait.p90", p: 0.9 },
  ],
};

/** What a figure's value counts or measures, for labels ("kpi.units.<unit>"). */
export type DisplayUnit = "cases" | "conversations" | "referrals" | "people" | "plans" | "goals" | "percent" | "days" | "weeks";
const COUNT_UNITS: Partial<Record<FigureKey, DisplayUnit>> = {
  active: "cases",
  inflow: "cases",
  outflow: "cases",
  partialReturns: "cases",
  overdueNow: "cases",
  submitted: "referrals",
  accepted: "referrals",
  started: "referrals",
  completed: "referrals",
  rejected: "referrals",
  returned: "referrals",
  dropped: "referrals",
  newPlans: "plans",
  waitlist: "people",
  goalsAchieved: "goals",
};
export function displayUnit(key: FigureKey): DisplayUnit {
  const u = figureUnit(key);
  return u === "count" ? (COUNT_UNITS[key] ?? "people") : u;
}

/** Cells of the snapshot figures (known only for the day of computation). */
export const SNAPSHOT_CELLS: readonly string[] = FIGURE_KEYS.flatMap((k) => {
  const spec: FigureSpec = FIGURES[k];
  return spec.snapshot && spec.shape.kind === "count" ? [spec.shape.cell] : [];
});
