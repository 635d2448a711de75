// The jobcenter's case as the health center reads it under consent (issue 9): case facts, held
// follow-up conversations with summary and agreements, and the return-to-work plans week by week.
// No edit controls: the jobcenter's records are changed only by the jobcenter.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { CaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { formatDateTime, formatDay, formatNumber } from "@/lib/format";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { caseFactItems } from "@/app/(app)/cases/_components/case-facts";

export function JobcenterCaseReadOnly({ t, locale, c }: { t: T; locale: Locale; c: CaseForHealthCenter }) {
  const hours = (n: number | null) => (n === null ? "—" : formatNumber(n, locale, 1));
  return (
    <>
      <Section id="facts" title={t("consents.healthCase.factsHeading")}>
        <DescriptionList
          items={[
            ...caseFactItems(t, locale, c),
            { term: t("consents.healthCase.caseworker"), value: `${c.caseworker.name} (${c.caseworker.email})` },
          ]}
        />
        <h3 className="mb-2 mt-5 text-base font-semibold text-slate-900">{t("consents.healthCase.citizenHeading")}</h3>
        <DescriptionList
          items={[
            { term: t("cases.facts.name"), value: c.citizen.name },
            { term: t("cases.facts.cpr"), value: <span className="font-mono">{c.citizen.cprMasked}</span> },
            { term: t("cases.facts.employmentStatus"), value: t(`cases.employmentStatus.${c.citizen.employmentStatus}`) },
            { term: t("cases.facts.occupation"), value: c.citizen.occupation },
            { term: t("cases.facts.employer"), value: c.citizen.employerName },
          ]}
        />
      </Section>

      <Section id="followups" title={t("consents.healthCase.followUpsHeading")}>
        {c.followUps.length === 0 ? (
          <p>{t("consents.healthCase.followUpsNone")}</p>
        ) : (
          <ul className="space-y-3">
            {c.followUps.map((f) => (
              <li key={f.id} className="rounded-md border border-slate-200 p-3">
                <h3 className="font-semibold text-slate-900">
                  {t("consents.healthCase.heldAt", { date: formatDateTime(f.heldAt, locale), mode: t(`followups.mode.${f.mode}`) })}
                </h3>
                <DescriptionList
                  items={[
                    { term: t("consents.healthCase.summary"), value: f.summary },
                    { term: t("consents.healthCase.agreements"), value: f.agreements },
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="rtw" title={t("consents.healthCase.rtwHeading")}>
        {c.plans.length === 0 ? (
          <p>{t("consents.healthCase.rtwNone")}</p>
        ) : (
          c.plans.map((p) => (
            <div key={p.id} className="mb-4">
              <h3 className="mb-1 font-semibold text-slate-900">
                {t("consents.healthCase.rtwPlan", { date: formatDay(p.startOn, locale), status: t(`rtw.status.${p.status}`) })}
              </h3>
              <p className="mb-2 text-sm text-slate-800">
                {t("consents.healthCase.employerContact")}: {p.employerContact}
              </p>
              <Table
                caption={t("consents.healthCase.rtwCaption")}
                head={[
                  t("consents.healthCase.week"),
                  t("consents.healthCase.plannedHours"),
                  t("consents.healthCase.plannedDays"),
                  t("consents.healthCase.pattern"),
                  t("consents.healthCase.actualHours"),
                ]}
              >
                {p.weeks.map((w) => (
                  <tr key={w.weekNumber}>
                    <Td>{w.weekNumber}</Td>
                    <Td>{hours(w.plannedHours)}</Td>
                    <Td>{w.plannedDays}</Td>
                    <Td>{w.pattern ?? "—"}</Td>
                    <Td>{hours(w.actualHours)}</Td>
                  </tr>
                ))}
              </Table>
              <p className="mt-2 text-sm text-slate-800">
                {t("consents.healthCase.totals", { planned: hours(p.totals.plannedHours), actual: hours(p.totals.actualHours) })}
              </p>
            </div>
          ))
        )}
      </Section>
    </>
  );
}
