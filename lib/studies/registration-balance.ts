// Registration balance by arm (issue 14): were both arms registered the same way? The 2009 trial
// "Aktive – hurtigere tilbage" (Rambøll 2009, §2.2.2–2.2.3) recorded exemptions far more often for
// participants than for controls — for participants the exemption changed what the caseworker had
// to do, for controls it was paperwork — and cases were entered at different moments, which weakened
// its evaluation. This module measures exactly that, per arm, and warns when the arms differ by more
// than a threshold:
//  - exemptions: share of participants with an exemption starting between entry and the analysis day;
//  - missingFollowUps: share of participants with at least one due follow-up not held (of those with one due);
//  - missingClosingReasons: share of closed cases without a closing reason;
//  - daysToFirstRegistration: median days from entry to the first registration on the case;
//  - daysFirstAbsenceToEntry: median days from the first absence day to entry.
// Shares are compared in percentage points (Newcombe interval for the difference), days as the
// difference of medians. No warning is computed while an arm has fewer than `minimumPerArm` people.
import { quantile } from "@/lib/stats/means";
import { newcombeDifference, wilsonInterval, type ProportionInterval } from "@/lib/stats/proportions";
import { daysBetween } from "@/lib/time";
import type { Arm, Message, PerArm } from "./types";

export type RegistrationRecord = {
  arm: Arm;
  firstAbsenceDay: Date;
  entryDay: Date;
  /** Start days of the case's exemptions (non-voided). */
  exemptionsFrom: readonly Date[];
  /** Follow-ups due between entry and the analysis day (from the rules engine) and how many of them were held. */
  followUpsDue: number;
  followUpsHeld: number;
  closed: boolean;
  /** The recorded closing reason of a closed case; null = missing. */
  closingReason: string | null;
  /** Day of the first registration on the case after entry (a follow-up record, status change, note); null = none yet. */
  firstRegistrationDay: Date | null;
};

export type ShareMetric = {
  kind: "share";
  metric: "exemptions" | "missingFollowUps" | "missingClosingReasons";
  arms: PerArm<ProportionInterval>;
  /** INTERVENTION − CONTROL as a proportion (0.1 = 10 percentage points), Newcombe interval. */
  difference: { estimate: number | null; lower: number | null; upper: number | null };
  threshold: number;
  exceeds: boolean;
};
export type DaysMetric = {
  kind: "days";
  metric: "daysToFirstRegistration" | "daysFirstAbsenceToEntry";
  arms: PerArm<{ n: number; median: number | null; lowerQuartile: number | null; upperQuartile: number | null; missing: number }>;
  /** Median INTERVENTION − median CONTROL, days. */
  difference: { estimate: number | null };
  threshold: number;
  exceeds: boolean;
};
export type RegistrationBalance = {
  participants: PerArm<number>;
  /** Follow-ups held of those due, per arm (totals, for display). */
  followUps: PerArm<{ due: number; held: number }>;
  metrics: (ShareMetric | DaysMetric)[];
  /** One message per metric beyond its threshold (studies.registration.warning.<metric>); empty while an arm is too small. */
  warnings: Message[];
  tooFew: boolean;
};

export type RegistrationOptions = {
  analysisDay: Date;
  /** Largest acceptable difference between arms: shares as a proportion (default 0.10 = 10 points), days (default 7). */
  shareThreshold?: number;
  daysThreshold?: number;
  minimumPerArm?: number;
};

const pct = (x: number | null) => Math.round(100 * (x ?? 0));

function warning(m: ShareMetric | DaysMetric): Message {
  const key = `studies.registration.warning.${m.metric}`;
  if (m.kind === "share") {
    return {
      key,
      params: { intervention: pct(m.arms.INTERVENTION.estimate), control: pct(m.arms.CONTROL.estimate), threshold: pct(m.threshold) },
    };
  }
  return {
    key,
    params: {
      intervention: Math.round(m.arms.INTERVENTION.median ?? 0),
      control: Math.round(m.arms.CONTROL.median ?? 0),
      threshold: m.threshold,
    },
  };
}

/** Registration balance of a study as of `analysisDay`. Throws RangeError when held > due or counts are not whole numbers ≥ 0. */
export function registrationBalance(records: readonly RegistrationRecord[], options: RegistrationOptions): RegistrationBalance {
  const shareThreshold = options.shareThreshold ?? 0.1;
  const daysThreshold = options.daysThreshold ?? 7;
  const minimum = options.minimumPerArm ?? 5;
  for (const r of records) {
    if (![r.followUpsDue, r.followUpsHeld].every((x) => Number.isInteger(x) && x >= 0) || r.followUpsHeld > r.followUpsDue) {
      throw new RangeError(`follow-ups held/due must be whole numbers with held ≤ due: ${r.followUpsHeld}/${r.followUpsDue}`);
    }
  }
  const of = (arm: Arm) => records.filter((r) => r.arm === arm);
  const arms: PerArm<RegistrationRecord[]> = { INTERVENTION: of("INTERVENTION"), CONTROL: of("CONTROL") };
  const tooFew = arms.INTERVENTION.length < minimum || arms.CONTROL.length < minimum;
  const day = options.analysisDay.getTime();

  const share = (
    metric: ShareMetric["metric"],
    inDenominator: (r: RegistrationRecord) => boolean,
    hit: (r: RegistrationRecord) => boolean,
  ): ShareMetric => {
    const p = (a: Arm) => {
      const base = arms[a].filter(inDenominator);
      return wilsonInterval(base.filter(hit).length, base.length);
    };
    const i = p("INTERVENTION");
    const c = p("CONTROL");
    const d = newcombeDifference(i.count, i.n, c.count, c.n);
    return {
      kind: "share",
      metric,
      arms: { INTERVENTION: i, CONTROL: c },
      difference: { estimate: d.difference, lower: d.lower, upper: d.upper },
      threshold: shareThreshold,
      exceeds: d.difference !== null && Math.abs(d.difference) > shareThreshold,
    };
  };
  const days = (metric: DaysMetric["metric"], value: (r: RegistrationRecord) => number | null): DaysMetric => {
    const stat = (a: Arm) => {
      const v = arms[a].map(value);
      const known = v.filter((x): x is number => x !== null);
      return {
        n: known.length,
        median: quantile(known, 0.5),
        lowerQuartile: quantile(known, 0.25),
        upperQuartile: quantile(known, 0.75),
        missing: v.length - known.length,
      };
    };
    const i = stat("INTERVENTION");
    const c = stat("CONTROL");
    const estimate = i.median !== null && c.median !== null ? i.median - c.median : null;
    return {
      kind: "days",
      metric,
      arms: { INTERVENTION: i, CONTROL: c },
      difference: { estimate },
      threshold: daysThreshold,
      exceeds: estimate !== null && Math.abs(estimate) > daysThreshold,
    };
  };

  const metrics: (ShareMetric | DaysMetric)[] = [
    share(
      "exemptions",
      () => true,
      (r) => r.exemptionsFrom.some((f) => f.getTime() >= r.entryDay.getTime() && f.getTime() <= day),
    ),
    share(
      "missingFollowUps",
      (r) => r.followUpsDue > 0,
      (r) => r.followUpsHeld < r.followUpsDue,
    ),
    share(
      "missingClosingReasons",
      (r) => r.closed,
      (r) => r.closingReason === null,
    ),
    days("daysToFirstRegistration", (r) => (r.firstRegistrationDay ? daysBetween(r.entryDay, r.firstRegistrationDay) : null)),
    days("daysFirstAbsenceToEntry", (r) => daysBetween(r.firstAbsenceDay, r.entryDay)),
  ];
  const warnings: Message[] = tooFew ? [] : metrics.filter((m) => m.exceeds).map(warning);
  const sum = (a: Arm, f: (r: RegistrationRecord) => number) => arms[a].reduce((s, r) => s + f(r), 0);
  return {
    participants: { INTERVENTION: arms.INTERVENTION.length, CONTROL: arms.CONTROL.length },
    followUps: {
      INTERVENTION: { due: sum("INTERVENTION", (r) => r.followUpsDue), held: sum("INTERVENTION", (r) => r.followUpsHeld) },
      CONTROL: { due: sum("CONTROL", (r) => r.followUpsDue), held: sum("CONTROL", (r) => r.followUpsHeld) },
    },
    metrics,
    warnings,
    tooFew,
  };
}
