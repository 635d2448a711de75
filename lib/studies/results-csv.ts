// A study's results as CSV (issue 14): exactly what the results page shows — suppressed counts as
// "< 5" — one section per table (UTF-8 with BOM, ";" between fields, Danish decimal comma in Danish).
// As on the page, how the groups were formed (matched design) and the balance come before any outcome.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay, formatNumber } from "@/lib/format";
import type { Suppressed } from "@/lib/kpi/suppress";
import type { StudyResults } from "@/lib/domain/studies/get-study-results";
import type { Shown } from "./results-view";
import { ARMS } from "./types";

/** "Covariate: level" in words, as on the page (e.g. "Køn: Kvinde"). */
function levelName(covariate: string, level: string | null, t: T): string {
  const name = t(`studies.results.covariates.${covariate}` as never);
  if (level === null) return name;
  const key: Record<string, string> = {
    sex: `studies.results.sex.${level}`,
    diagnosisGroup: `cases.diagnosisGroup.${level}`,
    employmentStatus: `cases.employmentStatus.${level}`,
  };
  return `${name}: ${key[covariate] ? t(key[covariate] as never) : level}`;
}

/** The CSV text of `r` in the translator's language. */
export function studyResultsCsv(r: StudyResults, t: T, locale: Locale): string {
  const n = (x: number | null | undefined, digits = 1) =>
    x === null || x === undefined || !Number.isFinite(x) ? "" : formatNumber(x, locale, digits);
  const c = (s: Suppressed) => (s.suppressed ? t("studies.shown.small") : s.value);
  const sh = (s: Shown) => (s.suppressed ? t("studies.shown.small") : s.value === null ? "" : n(s.value * 100));
  const matched = r.results.baseline.matched;
  const arms = ARMS.map((a) => (matched && a === "CONTROL" ? t("studies.arm.COMPARISON") : t(`studies.arm.${a}`)));
  const m = r.matching;
  const matchingRows: (string | number)[][] = m
    ? [
        [t("studies.results.matchingCaption"), t("studies.results.matchingCount")],
        ...(["treated", "pool", "pairs", "unmatched", "lateIntervention"] as const).map((k) => [
          t(`studies.results.matchingRows.${k}`, { graceDays: m.graceDays }),
          c(m[k]),
        ]),
        [],
      ]
    : [];
  const b = r.results.baseline;
  const baselineRows: (string | number)[][] = [
    [
      t("studies.results.baseline"),
      ...arms,
      ...(matched ? [t("studies.results.smdBefore"), t("studies.results.smdAfter")] : [t("studies.results.smd")]),
    ],
    ...b.rows.map((row) => [
      levelName(row.covariate, row.level, t),
      ...ARMS.map((a) => {
        const x = row.arms[a];
        return "share" in x ? sh(x.share) : n(x.mean);
      }),
      ...(matched ? [n(row.smdBefore, 2)] : []),
      n(row.smd, 2),
    ]),
    [],
  ];
  const rows: (string | number)[][] = [
    [r.study.name],
    [t("studies.results.asOf", { date: formatDay(r.analysisDay, locale) })],
    [],
    [t("studies.results.group"), t("studies.results.count"), t("studies.results.open")],
    ...ARMS.map((a, i) => [arms[i]!, c(r.results.participants[a]), c(r.results.openCases[a])]),
    [],
    ...matchingRows,
    ...baselineRows,
    [t("studies.results.reading")],
    ...r.results.reading.map((m) => [t(m.key as never, m.params as never)]),
    [],
  ];
  const e = r.results.offBenefit;
  if (e.rmst) {
    rows.push([t("studies.results.measure"), t("studies.results.estimate"), t("studies.results.interval")]);
    rows.push([
      t("studies.results.rmst", { tau: Math.round(e.rmst.tau) }),
      n(e.rmst.difference.estimate),
      `${n(e.rmst.difference.lower)} – ${n(e.rmst.difference.upper)}`,
    ]);
    if (e.logRank) rows.push([t("studies.results.logRank"), n(e.logRank.chiSquare, 2), `p = ${n(e.logRank.pValue, 3)}`]);
    rows.push([]);
  }
  rows.push([t("studies.results.atRiskCaption"), ...e.atRisk.map((x) => x.time)]);
  for (const [i, a] of ARMS.entries()) rows.push([arms[i]!, ...e.atRisk.map((x) => c(x[a]))]);
  rows.push([]);
  rows.push([
    t("studies.results.offBenefitCaption"),
    ...arms,
    t(matched ? "studies.results.differenceMatched" : "studies.results.difference"),
  ]);
  for (const h of r.results.offBenefitAt) {
    rows.push([
      t("studies.results.months", { months: h.months }),
      ...ARMS.map((a) => sh(h.arms[a].share)),
      h.difference ? n((h.difference.estimate ?? NaN) * 100) : "",
    ]);
  }
  rows.push([]);
  const group = matched ? "matched" : "control";
  rows.push([
    t("studies.firstAbsence.caption", { group }),
    ...arms,
    t("studies.firstAbsence.medianDifference"),
    t("studies.firstAbsence.logRank"),
  ]);
  for (const k of ["offBenefit", "firstReturn"] as const) {
    const v = r.results.fromFirstAbsence[k];
    const median = (m: { estimate: number | null; lower: number | null; upper: number | null }) =>
      m.estimate === null ? t("studies.results.notReached") : `${n(m.estimate, 0)} (${n(m.lower, 0)} – ${n(m.upper, 0)})`;
    rows.push(
      v
        ? [
            t(`studies.firstAbsence.endpoint.${k}`),
            ...ARMS.map((a) => median(v.medians[a])),
            v.medianDifference === null ? t("studies.results.notReached") : n(v.medianDifference, 0),
            v.logRank ? `χ² = ${n(v.logRank.chiSquare, 2)}; p = ${n(v.logRank.pValue, 3)}` : "",
          ]
        : [t(`studies.firstAbsence.endpoint.${k}`), t("studies.results.notComparable")],
    );
  }
  rows.push([]);
  rows.push([
    t("studies.scores.caption", { group }),
    ...arms.flatMap((a) => [`${a}: ${t("studies.scores.n")}`, `${a}: ${t("studies.scores.meanChange")}`]),
    t("studies.results.difference"),
    t("studies.results.interval"),
  ]);
  for (const k of ["selfRatedHealth", "workAbility"] as const) {
    const s = r.results.scores[k];
    rows.push([
      t(`studies.scores.measure.${k}`),
      ...ARMS.flatMap((a) => [c(s.n[a]), n(s.mean[a], 2)]),
      n(s.difference?.estimate, 2),
      s.difference ? `${n(s.difference.lower, 2)} – ${n(s.difference.upper, 2)}` : "",
    ]);
  }
  for (const k of ["selfRatedHealth", "workAbility"] as const)
    rows.push([t(r.results.scores[k].reading.key as never, r.results.scores[k].reading.params as never)]);
  rows.push([]);
  rows.push([t("studies.results.registrationCaption"), ...arms]);
  for (const m of r.results.registration.metrics) {
    rows.push([
      t(`studies.results.metrics.${m.metric}` as never),
      ...ARMS.map((a) => {
        const x = m.arms[a];
        return "share" in x ? sh(x.share) : n(x.median, 0);
      }),
    ]);
  }
  // The warnings exactly as the page shows them: numberless where a cell behind them is hidden (results-view.ts).
  for (const w of r.results.registration.warnings) rows.push([t(w.key as never, w.params as never)]);
  return stringify(rows, { delimiter: ";", bom: true, record_delimiter: "windows" });
}
