// The plan page's training log: rates, the form (one day at a time) and the latest entries.
import type { RehabPlanDetail } from "@/lib/domain/rehab/get-rehab-plan";
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import type { AdherenceSummary } from "@/lib/rehab/adherence";
import { formatDay, formatPercent } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { AdherenceForm } from "./AdherenceForm";

const ADHERENCE_ROWS = 14;

export function AdherenceSection({ p, t, locale, today }: { p: RehabPlanDetail; t: T; locale: Locale; today: string }) {
  const rate = (s: AdherenceSummary) =>
    s.rate === null
      ? t("rehab.adherence.notStarted")
      : t("rehab.adherence.rateValue", { rate: formatPercent(s.rate, locale), done: s.done, days: s.days });
  return (
    <Section id="adherence" title={t("rehab.adherence.heading")}>
      <p className="mb-3 text-sm text-slate-700">{t("rehab.adherence.intro")}</p>
      <DescriptionList
        items={[
          { term: t("rehab.adherence.last14"), value: rate(p.adherenceLast14) },
          { term: t("rehab.adherence.sinceStart"), value: rate(p.adherenceSinceStart) },
        ]}
      />
      {p.canEdit ? (
        <div className="mt-4">
          <AdherenceForm planId={p.id} today={today} recorded={Object.fromEntries(p.adherence.map((a) => [isoDay(a.date), a.version]))} />
        </div>
      ) : null}
      <div className="mt-4">
        {p.adherence.length === 0 ? (
          <p>{t("rehab.adherence.empty")}</p>
        ) : (
          <>
            <Table
              caption={t("rehab.adherence.caption")}
              head={[t("rehab.adherence.date"), t("rehab.adherence.status"), t("rehab.adherence.note")]}
            >
              {p.adherence.slice(0, ADHERENCE_ROWS).map((a) => (
                <tr key={a.id}>
                  <Td>{formatDay(a.date, locale)}</Td>
                  <Td>
                    {a.done ? (
                      <Badge tone="success">{t("rehab.adherence.doneOptions.DONE")}</Badge>
                    ) : (
                      <Badge tone="warning">{t("rehab.adherence.doneOptions.NOT_DONE")}</Badge>
                    )}
                  </Td>
                  <Td>{a.note}</Td>
                </tr>
              ))}
            </Table>
            {p.adherence.length > ADHERENCE_ROWS && (
              <p className="mt-2 text-sm text-slate-600">{t("rehab.adherence.showing", { count: ADHERENCE_ROWS })}</p>
            )}
          </>
        )}
      </div>
    </Section>
  );
}
