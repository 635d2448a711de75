// The therapist's proposals for a plan: each with its weeks and decision; the caseworker decides
// open ones (with the plan's version), a therapist with consent proposes a new schedule.
import type { CaseRtw, RtwPlanView } from "@/lib/domain/rtw/get-case-rtw";
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay, formatNumber } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { Table, Td } from "@/components/ui/Table";
import { ProposalDecision } from "./ProposalDecision";
import { ScheduleEditor } from "./LazyRtwForms";

export function Proposals({ plan, data, t, locale }: { plan: RtwPlanView; data: CaseRtw; t: T; locale: Locale }) {
  const open = plan.status === "DRAFT" || plan.status === "ACTIVE";
  return (
    <>
      {plan.proposals.length === 0 ? <p>{t("rtw.proposals.empty")}</p> : null}
      {plan.proposals.map((x) => (
        <article key={x.id} aria-labelledby={`proposal-${x.id}`} className="mb-4 rounded-md border border-slate-200 p-4">
          <h3 id={`proposal-${x.id}`} className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
            {t("rtw.proposals.proposedBy", { name: x.proposedByName, date: formatDay(x.createdAt, locale) })}
            <Badge tone={x.status === "PROPOSED" ? "warning" : x.status === "ACCEPTED" ? "success" : "neutral"}>
              {t(`rtw.proposals.status.${x.status}`)}
            </Badge>
          </h3>
          {x.note ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{x.note}</p> : null}
          <div className="mt-2">
            <Table
              caption={t("rtw.proposals.table")}
              hideCaption
              head={[t("rtw.weeks.week"), t("rtw.weeks.plannedHours"), t("rtw.weeks.plannedDays"), t("rtw.weeks.pattern")]}
            >
              {x.weeks.map((w) => (
                <tr key={w.weekNumber}>
                  <Td>{t("rtw.weeks.weekLabel", { number: w.weekNumber })}</Td>
                  <Td>{t("rtw.weeks.hoursValue", { hours: formatNumber(w.plannedHours, locale, 1) })}</Td>
                  <Td>{w.plannedDays}</Td>
                  <Td>{w.pattern}</Td>
                </tr>
              ))}
            </Table>
          </div>
          {x.decidedByName && x.decidedAt ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("rtw.proposals.decidedBy", {
                decision: t(`rtw.proposals.status.${x.status}`),
                name: x.decidedByName,
                date: formatDay(x.decidedAt, locale),
              })}
              {x.declineReason ? ` ${t("rtw.proposals.declineReason", { reason: x.declineReason })}` : null}
            </p>
          ) : null}
          {data.canEdit && open && x.status === "PROPOSED" ? (
            <ProposalDecision caseId={data.caseId} planId={plan.id} version={plan.version} proposalId={x.id} />
          ) : null}
        </article>
      ))}
      {data.canPropose && open ? (
        <details className="mt-2" open={plan.proposals.every((x) => x.status !== "PROPOSED")}>
          <summary className="cursor-pointer font-semibold text-brand-700">{t("rtw.proposals.propose")}</summary>
          <p className="my-2 text-sm text-slate-700">{t("rtw.proposals.proposeIntro")}</p>
          <ScheduleEditor mode="propose" caseId={data.caseId} planId={plan.id} version={plan.version} weeks={plan.weeks} />
        </details>
      ) : null}
    </>
  );
}
