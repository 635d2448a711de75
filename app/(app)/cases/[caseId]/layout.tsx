// Every page of a case: the case header (citizen, masked CPR, status, next deadline with its
// state in words) and the tab navigation. Each sub-page still loads its records through the policy.
// Read by the other department (a therapist under consent), every tab is marked as the jobcenter's
// record with the consent it is shown under (issue 9 "Read-only views").
import type { ReactNode } from "react";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { caseAgeWeeks } from "@/lib/rules/dates";
import { Badge } from "@/components/ui/Badge";
import { caseTabs } from "./tabs";
import { loadCase } from "./load-case";
import { caseTitle } from "./case-title";
import { CaseTabs } from "./_components/CaseTabs";
import { DeadlineBadge, deadlineKindLabel } from "../_components/DeadlineBadge";
import { urgencyOf } from "@/lib/domain/cases/urgency";
import { OtherSideBanner } from "../../consents/_components/OtherSideBanner";

/** "Gitte Petersen · Sag · Samspil": the overview's title (the tabs set their own, ./case-title.ts). */
export async function generateMetadata({ params }: { params: Promise<{ caseId: string }> }) {
  return caseTitle((await params).caseId);
}

export default async function CaseLayout({ children, params }: { children: ReactNode; params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [c, t, locale] = await Promise.all([loadCase(caseId), getT(), getLocale()]);
  const name = `${c.citizen.firstName} ${c.citizen.lastName}`;
  const urgency = urgencyOf(c.nextDeadlineOn, c.today, c.dueSoonDays);
  const exemptNow = c.status !== "CLOSED" && c.exemptions.some((e) => e.fromOn <= c.today && (!e.untilOn || e.untilOn >= c.today));
  return (
    <>
      <div className="mb-4">
        <h1 className="text-2xl font-bold text-slate-900">{t("cases.facts.title", { name })}</h1>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
          <li>
            <span className="font-semibold">{t("cases.facts.cpr")}:</span> <span className="font-mono">{c.citizen.cprMasked}</span>
          </li>
          <li>
            <span className="font-semibold">{t("cases.facts.status")}:</span> {t(`cases.status.${c.status}`)}
          </li>
          <li>
            <span className="font-semibold">{t("cases.facts.caseAge")}:</span>{" "}
            {t("cases.weeks", { count: caseAgeWeeks(c.firstAbsenceDay, c.today) })}
          </li>
          <li>
            <span className="font-semibold">{t("cases.facts.caseworker")}:</span> {c.caseworker.name}
          </li>
          <li className="flex flex-wrap items-center gap-2" data-testid="next-deadline">
            <span className="font-semibold">{t("cases.header.nextDeadline")}:</span>
            {c.nextDeadlineOn ? (
              <>
                <span>
                  {t("cases.header.deadlineValue", {
                    kind: deadlineKindLabel(t, c.nextDeadlineKind),
                    date: formatDay(c.nextDeadlineOn, locale),
                  })}
                </span>
                <DeadlineBadge t={t} state={urgency} />
              </>
            ) : (
              <span>{t("cases.header.noDeadline")}</span>
            )}
            {exemptNow ? <Badge tone="info">{t("cases.header.exempt")}</Badge> : null}
          </li>
        </ul>
      </div>
      <CaseTabs
        label={t("cases.tabs.label")}
        items={caseTabs.map((tab) => ({ href: tab.segment ? `/cases/${c.id}/${tab.segment}` : `/cases/${c.id}`, label: t(tab.labelKey) }))}
      />
      {c.shownUnder ? <OtherSideBanner t={t} locale={locale} owner={c.department.kind} consent={c.shownUnder} /> : null}
      {children}
    </>
  );
}
