// Two further outcome sections of the results page (issue 14): the change in self-rated health and
// work ability where progress notes exist, and the compact comparison from the first absence day.
// Aggregates only, as the view gives them (lib/studies/results-view.ts: cells of 1–4 hidden).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { FirstAbsenceView, Interval, ResultsView, ScoreKey } from "@/lib/studies/results-view";
import { ARMS } from "@/lib/studies/types";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { armColumns, count, interval, num } from "../../_components/present";

const SCORES: readonly ScoreKey[] = ["selfRatedHealth", "workAbility"];

/** A mean change with its sign ("+0,4"), "–" when hidden or empty. */
function signed(x: number | null, t: T, locale: Locale): string {
  if (x === null) return t("studies.shown.none");
  const text = num(x, t, locale, 1);
  return x > 0 && text !== num(0, t, locale, 1) ? `+${text}` : text;
}

/** Per arm: how many have a change and its mean; the difference with Welch's interval; the reading. */
export function ScoreSection({ r, t, locale }: { r: ResultsView; t: T; locale: Locale }) {
  const matched = r.baseline.matched;
  const ci = (d: Interval | null) => (d ? interval(d, t, locale, 1) : t("studies.shown.none"));
  return (
    <Section id="scores" title={t("studies.scores.heading")}>
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("studies.scores.hint")}</p>
      <Table
        caption={t("studies.scores.caption", { group: matched ? "matched" : "control" })}
        head={[
          ...armColumns(t("studies.results.measure"), matched, t),
          t(matched ? "studies.results.differenceMatched" : "studies.results.difference"),
          t("studies.results.interval"),
        ]}
      >
        {SCORES.map((k) => {
          const s = r.scores[k];
          return (
            <tr key={k}>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {t(`studies.scores.measure.${k}`)}
              </th>
              {ARMS.map((arm) => (
                <Td key={arm}>
                  {s.n[arm].suppressed
                    ? t("studies.shown.small")
                    : t("studies.scores.cell", { n: count(s.n[arm], t, locale), mean: signed(s.mean[arm], t, locale) })}
                </Td>
              ))}
              <Td>
                {s.difference ? t("studies.scores.points", { value: signed(s.difference.estimate, t, locale) }) : t("studies.shown.none")}
              </Td>
              <Td>{ci(s.difference)}</Td>
            </tr>
          );
        })}
      </Table>
      <div className="mt-3 max-w-3xl space-y-2">
        {SCORES.map((k) => (
          <p key={k}>{t(r.scores[k].reading.key as never, r.scores[k].reading.params as never)}</p>
        ))}
      </div>
    </Section>
  );
}

function medianText(m: Interval, t: T, locale: Locale): string {
  if (m.estimate === null) return t("studies.results.notReached");
  return `${num(m.estimate, t, locale)} (${interval(m, t, locale)})`;
}

/** Medians from the first absence day per arm, their difference and the log-rank test, per endpoint. */
export function FirstAbsenceSection({ r, t, locale }: { r: ResultsView; t: T; locale: Locale }) {
  const matched = r.baseline.matched;
  const rows: ["offBenefit" | "firstReturn", FirstAbsenceView][] = [
    ["offBenefit", r.fromFirstAbsence.offBenefit],
    ["firstReturn", r.fromFirstAbsence.firstReturn],
  ];
  return (
    <Section id="from-first-absence" title={t("studies.firstAbsence.heading")}>
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("studies.firstAbsence.hint")}</p>
      {!r.comparable ? (
        <p>{t("studies.results.notComparable")}</p>
      ) : (
        <Table
          caption={t("studies.firstAbsence.caption", { group: matched ? "matched" : "control" })}
          head={[
            ...armColumns(t("studies.results.measure"), matched, t),
            t("studies.firstAbsence.medianDifference"),
            t("studies.firstAbsence.logRank"),
          ]}
        >
          {rows.map(([k, v]) =>
            v ? (
              <tr key={k}>
                <th scope="row" className="px-4 py-2 text-left font-medium">
                  {t(`studies.firstAbsence.endpoint.${k}`)}
                </th>
                {ARMS.map((arm) => (
                  <Td key={arm}>{medianText(v.medians[arm], t, locale)}</Td>
                ))}
                <Td>{v.medianDifference === null ? t("studies.results.notReached") : num(v.medianDifference, t, locale)}</Td>
                <Td>
                  {v.logRank
                    ? t("studies.results.logRankValue", {
                        chi: num(v.logRank.chiSquare, t, locale, 2),
                        p: num(v.logRank.pValue, t, locale, 3),
                      })
                    : t("studies.shown.none")}
                </Td>
              </tr>
            ) : null,
          )}
        </Table>
      )}
    </Section>
  );
}
