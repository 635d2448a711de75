// The balance table of a comparison: per covariate (and per level of a categorical one) the counts,
// shares or mean/SD in each group and the standardised difference (SMD), before and after matching.
// Shown before any outcome (issue 14). Binary indicators per level for categorical covariates;
// |SMD| > 0.1 flags imbalance (Austin 2009, Stat Med 28:3083). The SMD after matching uses the
// pooled SD from before matching, so that it moves only when the means move (Stuart 2010, Stat Sci 25:1).
import { summarise } from "@/lib/stats/means";
import { pooledBinarySd, pooledSd, standardisedDifference } from "@/lib/stats/smd";
import type { MatchingCovariates } from "./matching";

export type GroupStat = { n: number; count: number | null; share: number | null; mean: number | null; sd: number | null };
export type BalanceCell = { intervention: GroupStat; comparison: GroupStat; smd: number | null };
export type BalanceRow = { covariate: keyof MatchingCovariates; level: string | null; before: BalanceCell; after: BalanceCell | null };
export type BalanceTable = {
  rows: BalanceRow[];
  threshold: number;
  imbalanced: { covariate: string; level: string | null; smd: number | null }[];
};
export type Groups = { intervention: readonly MatchingCovariates[]; comparison: readonly MatchingCovariates[] };

const CATEGORICAL = ["ageBand", "sex", "diagnosisGroup", "employmentStatus"] as const;

function binary(g: readonly MatchingCovariates[], key: (typeof CATEGORICAL)[number], level: string): GroupStat {
  const count = g.filter((c) => c[key] === level).length;
  return { n: g.length, count, share: g.length ? count / g.length : null, mean: null, sd: null };
}

function continuous(g: readonly MatchingCovariates[]): GroupStat {
  const s = summarise(g.map((c) => c.weeksOnBenefitAtEntry));
  return { n: s.n, count: null, share: null, mean: s.mean, sd: s.sd };
}

/**
 * Balance before (intervention vs the whole comparison pool, or the arms of a randomised study) and,
 * when given, after matching (matched intervention vs matched comparison cases). `threshold` default 0.1;
 * a row is imbalanced when |SMD| (after, or before without `after`) exceeds it or cannot be computed.
 */
export function balanceTable(before: Groups, after?: Groups, threshold = 0.1): BalanceTable {
  const rows: BalanceRow[] = [];
  for (const key of CATEGORICAL) {
    const levels = [...new Set([...before.intervention, ...before.comparison].map((c) => c[key]))].sort();
    for (const level of levels) {
      const bi = binary(before.intervention, key, level);
      const bc = binary(before.comparison, key, level);
      const denom = bi.share !== null && bc.share !== null ? pooledBinarySd(bi.share, bc.share) : 0;
      const cell = (i: GroupStat, c: GroupStat): BalanceCell => ({
        intervention: i,
        comparison: c,
        smd: i.share !== null && c.share !== null ? standardisedDifference(i.share, c.share, denom) : null,
      });
      rows.push({
        covariate: key,
        level,
        before: cell(bi, bc),
        after: after ? cell(binary(after.intervention, key, level), binary(after.comparison, key, level)) : null,
      });
    }
  }
  const wi = continuous(before.intervention);
  const wc = continuous(before.comparison);
  const denom = wi.sd !== null && wc.sd !== null ? pooledSd(wi.sd, wc.sd) : 0;
  const cell = (i: GroupStat, c: GroupStat): BalanceCell => ({
    intervention: i,
    comparison: c,
    smd: i.mean !== null && c.mean !== null ? standardisedDifference(i.mean, c.mean, denom) : null,
  });
  rows.push({
    covariate: "weeksOnBenefitAtEntry",
    level: null,
    before: cell(wi, wc),
    after: after ? cell(continuous(after.intervention), continuous(after.comparison)) : null,
  });
  const imbalanced = rows
    .map((r) => ({ covariate: r.covariate, level: r.level, smd: (r.after ?? r.before).smd }))
    .filter((r) => r.smd === null || Math.abs(r.smd) > threshold);
  return { rows, threshold, imbalanced };
}
