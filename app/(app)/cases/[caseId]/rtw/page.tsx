// Case tab "Tilbagevenden": the graded return-to-work plan (weeks, actual hours, proposals from
// the health center) and workplace aids. The caseworker edits; a therapist with consent reads
// the plan and proposes schedules; aids are jobcenter-only.
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getCaseRtw, type CaseRtw, type RtwPlanView } from "@/lib/domain/rtw/get-case-rtw";
import { getLocale, getT, type T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay, formatDkk, formatNumber, formatPercent } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { today } from "@/lib/clock";
import { weekStartOn } from "@/lib/rtw/plan";
import { Section } from "@/components/ui/Section";
import { Alert } from "@/components/ui/Alert";
import { Badge, type Tone } from "@/components/ui/Badge";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import {
  ActualHoursForm,
  AidDecision,
  CreatePlanForm,
  EditPlanForm,
  ProposalDecision,
  RequestAidForm,
  ScheduleEditor,
} from "./_components/RtwForms";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rtw.tab.heading") };
}

async function load(caseId: string) {
  const actor = await requireActor();
  return orNotFound(getCaseRtw(actor, caseId));
}

const STATUS_TONE: Record<RtwPlanView["status"], Tone> = { DRAFT: "neutral", ACTIVE: "info", COMPLETED: "success", CANCELLED: "warning" };

function WeeksTable({ plan, data, t, locale, editable }: { plan: RtwPlanView; data: CaseRtw; t: T; locale: Locale; editable: boolean }) {
  const day = today();
  const hours = (n: number) => t("rtw.weeks.hoursValue", { hours: formatNumber(n, locale, 1) });
  if (plan.weeks.length === 0) return <p>{t("rtw.weeks.empty")}</p>;
  const tot = plan.totals;
  return (
    <>
      <Table
        caption={t("rtw.weeks.caption")}
        hideCaption
        head={[
          t("rtw.weeks.week"),
          t("rtw.weeks.plannedHours"),
          t("rtw.weeks.plannedDays"),
          t("rtw.weeks.pattern"),
          t("rtw.weeks.actualHours"),
          t("rtw.weeks.note"),
        ]}
      >
        {plan.weeks.map((w) => {
          const start = weekStartOn(plan.startOn, w.weekNumber);
          const canRecord = editable && plan.status === "ACTIVE" && start.getTime() <= day.getTime();
          return (
            <tr key={w.id}>
              <Td className="whitespace-nowrap">
                <span className="font-semibold">{t("rtw.weeks.weekLabel", { number: w.weekNumber })}</span>
                <br />
                <span className="text-slate-600">{t("rtw.weeks.from", { date: formatDay(start, locale) })}</span>
              </Td>
              <Td>{hours(w.plannedHours)}</Td>
              <Td>{w.plannedDays}</Td>
              <Td>{w.pattern}</Td>
              {canRecord ? (
                <td colSpan={2} className="px-4 py-2 align-top">
                  <ActualHoursForm
                    caseId={data.caseId}
                    planId={plan.id}
                    weekNumber={w.weekNumber}
                    actualHours={w.actualHours}
                    note={w.note}
                  />
                </td>
              ) : (
                <>
                  <Td>
                    {w.actualHours === null ? <span className="text-slate-600">{t("rtw.weeks.notRecorded")}</span> : hours(w.actualHours)}
                  </Td>
                  <Td>{w.note}</Td>
                </>
              )}
            </tr>
          );
        })}
      </Table>
      <p className="mt-2 text-sm text-slate-800">
        <span className="font-semibold">{t("rtw.weeks.totals")}: </span>
        {t("rtw.weeks.totalsSummary", {
          planned: formatNumber(tot.plannedHours, locale, 1),
          actual: formatNumber(tot.actualHours, locale, 1),
          weeks: tot.weeksWithActual,
          plannedRecorded: formatNumber(tot.plannedHoursInRecordedWeeks, locale, 1),
          ratio: tot.ratio === null ? "—" : formatPercent(tot.ratio, locale),
        })}
      </p>
    </>
  );
}

function Proposals({ plan, data, t, locale }: { plan: RtwPlanView; data: CaseRtw; t: T; locale: Locale }) {
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
            <ProposalDecision caseId={data.caseId} planId={plan.id} proposalId={x.id} />
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

export default async function CaseRtwTab({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [data, t, locale] = await Promise.all([load(caseId), getT(), getLocale()]);
  const plan = data.currentPlan;
  const earlier = data.plans.filter((p) => {
    return p.id !== plan?.id;
  });
  return (
    <>
      <Section id="rtw" title={t("rtw.tab.heading")}>
        <p className="mb-3 text-sm text-slate-700">{t("rtw.tab.intro")}</p>
        {data.crossDepartment ? <Alert>{t("rtw.tab.crossDepartment")}</Alert> : null}
        {!plan ? (
          data.canEdit ? (
            data.caseClosed ? (
              <p>{t("rtw.tab.caseClosed")}</p>
            ) : (
              <CreatePlanForm caseId={data.caseId} today={isoDay(today())} employerSuggestion={data.employerSuggestion} />
            )
          ) : (
            <p>{data.canPropose ? t("rtw.tab.noPlanTherapist") : t("rtw.tab.noPlan")}</p>
          )
        ) : (
          <>
            <h3 className="mb-2 flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
              {t("rtw.plan.heading", { date: formatDay(plan.startOn, locale) })}
              <Badge tone={STATUS_TONE[plan.status]}>{t(`rtw.status.${plan.status}`)}</Badge>
            </h3>
            <DescriptionList
              items={[
                { term: t("rtw.plan.status"), value: t(`rtw.status.${plan.status}`) },
                { term: t("rtw.plan.startOn"), value: formatDay(plan.startOn, locale) },
                { term: t("rtw.plan.employerContact"), value: plan.employerContact },
                { term: t("rtw.plan.note"), value: plan.note ? <span className="whitespace-pre-line">{plan.note}</span> : null },
              ]}
            />
            {data.canEdit && plan.status === "DRAFT" ? (
              <div className="mt-4">
                <Alert>{t("rtw.plan.draftHint")}</Alert>
              </div>
            ) : null}
            {data.canEdit ? (
              <details className="mt-4" open={plan.status === "DRAFT"}>
                <summary className="cursor-pointer font-semibold text-brand-700">{t("rtw.plan.edit")}</summary>
                <div className="mt-3">
                  <EditPlanForm
                    caseId={data.caseId}
                    plan={{
                      id: plan.id,
                      version: plan.version,
                      status: plan.status,
                      startOn: isoDay(plan.startOn),
                      employerContact: plan.employerContact,
                      note: plan.note,
                    }}
                  />
                </div>
              </details>
            ) : null}
            <h3 className="mb-2 mt-6 text-base font-semibold text-slate-900">{t("rtw.weeks.heading")}</h3>
            <WeeksTable plan={plan} data={data} t={t} locale={locale} editable={data.canEdit} />
            {data.canEdit ? (
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold text-brand-700">{t("rtw.schedule.edit")}</summary>
                <p className="my-2 text-sm text-slate-700">{t("rtw.schedule.intro")}</p>
                <ScheduleEditor mode="edit" caseId={data.caseId} planId={plan.id} version={plan.version} weeks={plan.weeks} />
              </details>
            ) : null}
          </>
        )}
      </Section>

      {plan && (data.canEdit || data.canPropose || plan.proposals.length > 0) ? (
        <Section id="rtw-proposals" title={t("rtw.proposals.heading")}>
          <Proposals plan={plan} data={data} t={t} locale={locale} />
        </Section>
      ) : null}

      {earlier.length ? (
        <Section id="rtw-earlier" title={t("rtw.plan.earlier")}>
          {earlier.map((p) => (
            <details key={p.id} className="mb-3">
              <summary className="cursor-pointer font-semibold text-brand-700">
                {t("rtw.plan.heading", { date: formatDay(p.startOn, locale) })} ({t(`rtw.status.${p.status}`)})
              </summary>
              <div className="mt-2">
                <WeeksTable plan={p} data={data} t={t} locale={locale} editable={false} />
              </div>
            </details>
          ))}
        </Section>
      ) : null}

      {!data.crossDepartment ? (
        <Section id="aids" title={t("rtw.aids.heading")}>
          <p className="mb-3 text-sm text-slate-700">{t("rtw.aids.intro", { mandate: formatDkk(data.mandateDkk, locale) })}</p>
          {data.aids.length === 0 ? (
            <p>{t("rtw.aids.empty")}</p>
          ) : (
            <Table
              caption={t("rtw.aids.caption")}
              hideCaption
              head={[
                t("rtw.aids.item"),
                t("rtw.aids.amount"),
                t("rtw.aids.requested"),
                t("rtw.aids.status"),
                t("rtw.aids.decision"),
                ...(data.canEdit ? [t("rtw.aids.actions")] : []),
              ]}
            >
              {data.aids.map((a) => (
                <tr key={a.id}>
                  <Td>{a.item}</Td>
                  <Td className="whitespace-nowrap">{formatDkk(a.amountDkk, locale)}</Td>
                  <Td>
                    {formatDay(a.requestedAt, locale)}
                    <br />
                    <span className="text-slate-600">{a.requestedByName}</span>
                  </Td>
                  <Td>
                    <Badge tone={a.status === "APPROVED" ? "success" : a.status === "REJECTED" ? "danger" : "warning"}>
                      {t(`rtw.aids.statusValue.${a.status}`)}
                    </Badge>
                    {a.status === "REQUESTED" && !a.withinMandate ? (
                      <p className="mt-1 text-sm text-slate-700">{t("rtw.aids.awaitingManager")}</p>
                    ) : null}
                  </Td>
                  <Td>
                    {a.decidedByName && a.decidedAt
                      ? t("rtw.aids.decidedBy", {
                          name: a.decidedByName,
                          role: a.decidedRole ? t(`common.roles.${a.decidedRole}`) : "",
                          date: formatDay(a.decidedAt, locale),
                        })
                      : "—"}
                    {a.decisionNote ? <p className="mt-1 text-sm text-slate-700">{a.decisionNote}</p> : null}
                  </Td>
                  {data.canEdit ? (
                    <Td>
                      {a.status === "REQUESTED" ? (
                        <AidDecision caseId={data.caseId} aidId={a.id} item={a.item} canApprove={a.withinMandate} />
                      ) : null}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </Table>
          )}
          {data.canEdit && !data.caseClosed ? <RequestAidForm caseId={data.caseId} /> : null}
        </Section>
      ) : null}
    </>
  );
}
