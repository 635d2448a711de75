// The outcome sections of the results page: Kaplan–Meier curves with the numbers at risk and a data
// table, the effect table (RMST, medians, log-rank) and the shares off benefit at 3/6/12 months.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { EndpointView, ResultsView } from "@/lib/studies/results-view";
import { ARMS } from "@/lib/studies/types";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { SurvivalChart } from "@/components/studies/SurvivalChart";
import { armColumns, armLabel, count, interval, num, share } from "../../_components/present";
import { mergeCurves } from "./curves";

export function CurveSection({
  id,
  title,
  texts,
  e,
  matched,
  t,
  locale,
}: {
  id: string;
  title: string;
  /** The curve's explanation, the caption of its numbers at risk and of its points (they differ per endpoint). */
  texts: { hint: string; atRisk: string; points: string };
  e: EndpointView;
  matched: boolean;
  t: T;
  locale: Locale;
}) {
  const points = mergeCurves(e.curves);
  const labels = { INTERVENTION: armLabel("INTERVENTION", matched, t), CONTROL: armLabel("CONTROL", matched, t) };
  return (
    <Section id={id} title={title}>
      <p className="mb-2 text-sm text-slate-700">{texts.hint}</p>
      {points.length ? <SurvivalChart points={points} labels={labels} dayLabel={t("studies.results.day")} /> : null}
      <div className="mt-4">
        <Table caption={texts.atRisk} head={[t("studies.results.group"), ...e.atRisk.map((r) => String(r.time))]}>
          {ARMS.map((arm) => (
            <tr key={arm}>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {labels[arm]}
              </th>
              {e.atRisk.map((r) => (
                <Td key={r.time}>{count(r[arm], t, locale)}</Td>
              ))}
            </tr>
          ))}
        </Table>
      </div>
      {points.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-brand-700">{texts.points}</summary>
          <div className="mt-2">
            <Table caption={texts.points} hideCaption head={[t("studies.results.day"), labels.INTERVENTION, labels.CONTROL]}>
              {points.map((p) => (
                <tr key={p.time}>
                  <Td>{p.time}</Td>
                  <Td>{p.INTERVENTION === undefined ? t("studies.shown.none") : `${num(p.INTERVENTION, t, locale, 1)} %`}</Td>
                  <Td>{p.CONTROL === undefined ? t("studies.shown.none") : `${num(p.CONTROL, t, locale, 1)} %`}</Td>
                </tr>
              ))}
            </Table>
          </div>
        </details>
      ) : null}
    </Section>
  );
}

export function EffectSection({ r, t, locale }: { r: ResultsView; t: T; locale: Locale }) {
  const e = r.offBenefit;
  if (!r.comparable || !e.rmst) {
    return (
      <Section id="effect" title={t("studies.results.effect")}>
        <p>{t("studies.results.notComparable")}</p>
      </Section>
    );
  }
  const rows: [string, string, string][] = [
    [
      t("studies.results.rmst", { tau: Math.round(e.rmst.tau) }),
      num(e.rmst.difference.estimate, t, locale, 1),
      interval(e.rmst.difference, t, locale, 1),
    ],
  ];
  if (e.medianDifference) {
    rows.push([
      t("studies.results.medianDiff"),
      e.medianDifference.estimate === null ? t("studies.results.notReached") : num(e.medianDifference.estimate, t, locale),
      interval(e.medianDifference, t, locale),
    ]);
  }
  for (const arm of ARMS) {
    const m = e.medians?.[arm];
    if (m) {
      rows.push([
        t("studies.results.medianArm", { arm: armLabel(arm, r.baseline.matched, t) }),
        m.estimate === null ? t("studies.results.notReached") : num(m.estimate, t, locale),
        interval(m, t, locale),
      ]);
    }
  }
  if (e.logRank) {
    rows.push([
      t("studies.results.logRank"),
      t("studies.results.logRankValue", { chi: num(e.logRank.chiSquare, t, locale, 2), p: num(e.logRank.pValue, t, locale, 3) }),
      "",
    ]);
    if (e.logRank.hazardRatio) {
      rows.push([
        t(r.baseline.matched ? "studies.results.hazardMatched" : "studies.results.hazard"),
        num(e.logRank.hazardRatio.estimate, t, locale, 2),
        interval(e.logRank.hazardRatio, t, locale, 2),
      ]);
    }
  }
  return (
    <Section id="effect" title={t("studies.results.effect")}>
      <Table
        caption={t(r.baseline.matched ? "studies.results.effectCaptionMatched" : "studies.results.effectCaption")}
        head={[t("studies.results.measure"), t("studies.results.estimate"), t("studies.results.interval")]}
      >
        {rows.map(([label, est, ci]) => (
          <tr key={label}>
            <th scope="row" className="px-4 py-2 text-left font-medium">
              {label}
            </th>
            <Td>{est}</Td>
            <Td>{ci}</Td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

export function OffBenefitSection({ r, t, locale }: { r: ResultsView; t: T; locale: Locale }) {
  return (
    <Section id="off-benefit" title={t("studies.results.offBenefitAt", { months: "3, 6, 12" })}>
      <Table
        caption={t("studies.results.offBenefitCaption")}
        head={[
          ...armColumns(t("studies.results.measure"), r.baseline.matched, t),
          t(r.baseline.matched ? "studies.results.differenceMatched" : "studies.results.difference"),
        ]}
      >
        {r.offBenefitAt.map((h) => (
          <tr key={h.months}>
            <th scope="row" className="px-4 py-2 text-left font-medium">
              {t("studies.results.months", { months: h.months })}
            </th>
            {ARMS.map((arm) => (
              <Td key={arm}>
                {share(h.arms[arm].share, t, locale)}
                {h.arms[arm].lower !== null ? ` (${interval(h.arms[arm], t, locale, 0, 100)} %)` : ""}
              </Td>
            ))}
            <Td>
              {h.difference && h.difference.estimate !== null
                ? `${t("studies.results.percentPoints", { value: num(h.difference.estimate * 100, t, locale) })} (${interval(h.difference, t, locale, 0, 100)})`
                : t("studies.shown.none")}
            </Td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}
