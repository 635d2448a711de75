// Matched comparison (issue 14, MATCHED design): each intervention case gets one comparison case
// from the same municipality and period that did not get the intervention, matched exactly on age
// band, sex, diagnosis group and employment status and as near as possible on weeks on benefit at entry.
//
// Decisions (ADR 0011):
//  - 1:1, WITHOUT replacement: every comparison case is used once, so the two groups are independent
//    samples and the ordinary Kaplan–Meier, log-rank and RMST intervals apply unweighted (matching
//    with replacement or 1:k with varying k would need weights and a variance that allows for reuse:
//    Austin & Cafri 2020, Stat Med 39:1623). The municipality's pool of ordinary cases is large
//    compared with a programme's participants, so little is lost.
//  - Calipers: |Δ weeks on benefit| ≤ 4 weeks and |Δ entry day| ≤ 91 days (same period) by default;
//    an intervention case with no candidate inside the calipers stays unmatched and is reported
//    (the comparison then concerns the matched cases only).
//  - Greedy nearest neighbour, hardest first: intervention cases with the fewest candidates choose
//    first; ties by entry day, then id. Nearest = smallest |Δ weeks|, then |Δ entry day|, then id.
//    Deterministic: the same data give the same matches.
import { daysBetween } from "@/lib/time";

/** The name of this matching method, stored with a MATCHED study (as ALLOCATION_ALGORITHM is with a randomised one). */
export const MATCHING_ALGORITHM =
  "samspil-matching-v1 (1:1 greedy nearest neighbour, exact on age band, sex, diagnosis group, employment status)";

export type MatchingCovariates = {
  ageBand: string;
  sex: string;
  diagnosisGroup: string;
  employmentStatus: string;
  /** Completed weeks on sickness benefit on the entry day. */
  weeksOnBenefitAtEntry: number;
};

export type MatchCandidate = MatchingCovariates & { id: string; organisationId: string; entryDay: Date };
export type MatchOptions = { weeksCaliper?: number; periodCaliperDays?: number };
export type MatchResult = {
  pairs: { interventionId: string; comparisonId: string; weeksApart: number; daysApart: number }[];
  unmatched: string[];
  options: Required<MatchOptions>;
};

/** The age bands matched on (ageBand() also returns "under-18"). */
export const AGE_BANDS = ["18-29", "30-39", "40-49", "50-59", "60+"] as const;

/** Age band on `day` from the birth date (completed years); "under-18" below 18. */
export function ageBand(birthDate: Date, day: Date): string {
  let age = day.getUTCFullYear() - birthDate.getUTCFullYear();
  if (
    day.getUTCMonth() < birthDate.getUTCMonth() ||
    (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate())
  )
    age--;
  if (age < 18) return "under-18";
  if (age >= 60) return "60+";
  if (age < 30) return "18-29";
  const lo = Math.floor(age / 10) * 10;
  return `${lo}-${lo + 9}`;
}

const exactKey = (c: MatchCandidate) => JSON.stringify([c.organisationId, c.ageBand, c.sex, c.diagnosisGroup, c.employmentStatus]);

/**
 * Matches every intervention case to at most one comparison case (see the decisions above).
 * Throws RangeError when a case is in both lists, ids repeat, or a caliper is negative.
 */
export function matchComparisonCases(
  intervention: readonly MatchCandidate[],
  pool: readonly MatchCandidate[],
  options: MatchOptions = {},
): MatchResult {
  const o: Required<MatchOptions> = { weeksCaliper: options.weeksCaliper ?? 4, periodCaliperDays: options.periodCaliperDays ?? 91 };
  if (!(o.weeksCaliper >= 0) || !(o.periodCaliperDays >= 0)) throw new RangeError("calipers must be ≥ 0");
  const ids = [...intervention, ...pool].map((c) => c.id);
  if (new Set(ids).size !== ids.length) throw new RangeError("a case appears twice (in both groups, or twice in one)");

  const byKey = new Map<string, MatchCandidate[]>();
  for (const c of pool) byKey.set(exactKey(c), [...(byKey.get(exactKey(c)) ?? []), c]);
  const distance = (i: MatchCandidate, c: MatchCandidate) => ({
    weeks: Math.abs(i.weeksOnBenefitAtEntry - c.weeksOnBenefitAtEntry),
    days: Math.abs(daysBetween(i.entryDay, c.entryDay)),
  });
  const candidates = (i: MatchCandidate, used: Set<string>) =>
    (byKey.get(exactKey(i)) ?? []).filter((c) => {
      if (used.has(c.id)) return false;
      const d = distance(i, c);
      return d.weeks <= o.weeksCaliper && d.days <= o.periodCaliperDays;
    });

  const used = new Set<string>();
  const order = intervention
    .map((i) => ({ i, n: candidates(i, used).length }))
    .sort((a, b) => a.n - b.n || a.i.entryDay.getTime() - b.i.entryDay.getTime() || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0))
    .map(({ i }) => i);
  const pairs: MatchResult["pairs"] = [];
  const unmatched: string[] = [];
  for (const i of order) {
    const best = candidates(i, used)
      .map((c) => ({ c, d: distance(i, c) }))
      .sort((a, b) => a.d.weeks - b.d.weeks || a.d.days - b.d.days || (a.c.id < b.c.id ? -1 : 1))[0];
    if (!best) {
      unmatched.push(i.id);
      continue;
    }
    used.add(best.c.id);
    pairs.push({ interventionId: i.id, comparisonId: best.c.id, weeksApart: best.d.weeks, daysApart: best.d.days });
  }
  return { pairs, unmatched: unmatched.sort(), options: o };
}
