// Case tab "Tilbagevenden": the graded return-to-work plan (weeks, actual hours, proposals from
// the health center) and workplace aids. The caseworker edits; a therapist with consent reads
// the plan and proposes schedules; aids are jobcenter-only.
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getCaseRtw, type RtwPlanView } from "@/lib/domain/rtw/get-case-rtw";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { today } from "@/lib/clock";
import { isoDay } from "@/lib/time";
import { Section } from "@/components/ui/Section";
import { Alert } from "@/components/ui/Alert";
import { Badge, type Tone } from "@/components/ui/Badge";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { AidsSection } from "./_components/AidsSection";
import { CreatePlanForm, EditPlanForm, ScheduleEditor } from "./_components/LazyRtwForms";
import { Proposals } from "./_components/Proposals";
import { WeeksTable } from "./_components/WeeksTable";
import { withPageMessages } from "@/components/layout/PageMessages";
import { caseTabMetadata } from "../case-title";
import { Flash } from "@/components/forms/Flash";

export const generateMetadata = caseTabMetadata("cases.tabs.rtw");

async function load(caseId: string) {
  const actor = await requireActor();
  return orNotFound(getCaseRtw(actor, caseId));
}

const STATUS_TONE: Record<RtwPlanView["status"], Tone> = { DRAFT: "neutral", ACTIVE: "info", COMPLETED: "success", CANCELLED: "warning" };

async function CaseRtwTab({ params }: { params: Promise<{ caseId: string }> }) {
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
        <Flash scope="rtw" />
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

      {!data.crossDepartment ? <AidsSection data={data} t={t} locale={locale} /> : null}
    </>
  );
}

export default withPageMessages("/cases/[caseId]/rtw", CaseRtwTab);
