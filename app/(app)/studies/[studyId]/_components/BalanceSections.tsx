// The sections shown before any outcome (issue 14): the groups at entry (baseline balance with
// standardised differences; for a matched comparison before and after matching) and the
// registration balance by arm with its warnings.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { ResultsView, ShareCell } from "@/lib/studies/results-view";
import { ARMS } from "@/lib/studies/types";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { Alert } from "@/components/ui/Alert";
import { armColumns, armLabel, count, num, share } from "../../_components/present";

type Cell = ShareCell | { mean: number | null; sd: number | null; empty?: boolean } | { median: number | null };

function cellText(c: Cell, t: T, locale: Locale): string {
  if ("share" in c) return share(c.share, t, locale);
  if ("median" in c) return num(c.median, t, locale);
  // Nobody in the group: "–", as the counts and shares show it; 1–4 people: "< 5".
  if (c.mean === null) return c.empty ? t("studies.shown.none") : t("studies.shown.small");
  return `${num(c.mean, t, locale, 1)} (SD ${num(c.sd, t, locale, 1)})`;
}

function levelText(covariate: string, level: string | null, t: T): string {
  const name = t(`studies.results.covariates.${covariate}` as never);
  if (level === null) return name;
  const value =
    covariate === "sex"
      ? t(`studies.results.sex.${level}` as never)
      : covariate === "diagnosisGroup"
        ? t(`cases.diagnosisGroup.${level}` as never)
        : covariate === "employmentStatus"
          ? t(`cases.employmentStatus.${level}` as never)
          : level;
  return `${name}: ${value}`;
}

function smdText(smd: number | null, threshold: number, t: T, locale: Locale): string {
  return `${num(smd, t, locale, 2)}${smd !== null && Math.abs(smd) > threshold ? ` (${t("studies.results.imbalanced")})` : ""}`;
}

export function BaselineSection({ r, t, locale }: { r: ResultsView; t: T; locale: Locale }) {
  const b = r.baseline;
  const threshold = num(b.threshold, t, locale, 1);
  const head = b.matched
    ? [...armColumns(t("studies.results.covariate"), true, t), t("studies.results.smdBefore"), t("studies.results.smdAfter")]
    : [t("studies.results.covariate"), t("studies.arm.INTERVENTION"), t("studies.arm.CONTROL"), t("studies.results.smd")];
  return (
    <Section id="baseline" title={t("studies.results.baseline")}>
      <Table
        caption={
          b.matched ? t("studies.results.baselineCaptionMatched", { threshold }) : t("studies.results.baselineCaption", { threshold })
        }
        head={head}
      >
        {b.rows.map((row) => (
          <tr key={`${row.covariate}-${row.level ?? ""}`}>
            <th scope="row" className="px-4 py-2 text-left font-medium">
              {levelText(row.covariate, row.level, t)}
            </th>
            {ARMS.map((arm) => (
              <Td key={arm}>{cellText(row.arms[arm], t, locale)}</Td>
            ))}
            {b.matched ? <Td>{smdText(row.smdBefore, b.threshold, t, locale)}</Td> : null}
            <Td>{smdText(row.smd, b.threshold, t, locale)}</Td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

export function RegistrationSection({ r, t, locale }: { r: ResultsView; t: T; locale: Locale }) {
  const g = r.registration;
  return (
    <Section id="registration" title={t("studies.results.registration")}>
      {g.tooFew ? (
        <p className="mb-3">{t("studies.results.registrationTooFew")}</p>
      ) : g.warnings.length ? (
        <div className="mb-3 space-y-2">
          {g.warnings.map((w) => (
            <Alert key={w.key} tone="error">
              {t(w.key as never, w.params as never)}
            </Alert>
          ))}
        </div>
      ) : (
        <p className="mb-3">{t("studies.results.registrationOk")}</p>
      )}
      <Table
        caption={t("studies.results.registrationCaption")}
        head={[...armColumns(t("studies.results.metric"), r.baseline.matched, t), ""]}
      >
        {g.metrics.map((m) => (
          <tr key={m.metric}>
            <th scope="row" className="px-4 py-2 text-left font-medium">
              {t(`studies.results.metrics.${m.metric}` as never)}
            </th>
            {ARMS.map((arm) => (
              <Td key={arm}>{cellText(m.arms[arm], t, locale)}</Td>
            ))}
            <Td>{m.exceeds && !g.tooFew ? t("studies.results.exceeds") : ""}</Td>
          </tr>
        ))}
      </Table>
      <p className="mt-2 text-sm text-slate-700">
        {ARMS.map((arm) => `${armLabel(arm, r.baseline.matched, t)}: ${count(r.participants[arm], t, locale)}`).join(" · ")}
      </p>
    </Section>
  );
}
