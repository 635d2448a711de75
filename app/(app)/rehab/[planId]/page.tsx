import { cache } from "react";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { today } from "@/lib/clock";
import { isoDay, parseIsoDay } from "@/lib/time";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Alert } from "@/components/ui/Alert";
import { RedirectNotice } from "@/components/forms/RedirectNotice";
import { AdherenceSection } from "./_components/AdherenceSection";
import { ExercisesSection } from "./_components/ExercisesSection";
import { FirstConversationForm } from "./_components/FirstConversationForm";
import { GoalsSection } from "./_components/GoalsSection";
import { NotesSection } from "./_components/NotesSection";
import { PlanEditForm } from "./_components/PlanEditForm";
import { JobcenterCaseLinks } from "../../consents/_components/JobcenterCaseLinks";
import { FlagForConferenceForm } from "../../meetings/_components/TaskForms";
import { withPageMessages } from "@/components/layout/PageMessages";

/**
 * The plan of this request, read once for the title and the page (React's per-request cache): one
 * scoped read and one access-log row per view. Out of scope: the 404 page, with its title.
 */
const load = cache(async (planId: string) => {
  const actor = await requireActor();
  return orNotFound(getRehabPlan(actor, planId));
});

/** "Gitte Petersen · Genoptræningsforløb · Samspil". */
export async function generateMetadata({ params }: { params: Promise<{ planId: string }> }) {
  const [p, t] = await Promise.all([load((await params).planId), getT()]);
  return { title: t("rehab.detail.pageTitle", { name: p.citizenName }) };
}

async function RehabPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { planId } = await params;
  // The correction forms of goals, exercises and notes are drawn by the browser; `?form=<key>` (or
  // `all`) draws them on the server, for a browser without JavaScript (ADR 0029).
  const { form: formParam, created } = await searchParams;
  const openForm = typeof formParam === "string" ? formParam : undefined;
  const [p, t, locale] = await Promise.all([load(planId), getT(), getLocale()]);
  const todayIso = isoDay(today());
  const period = p.endOn
    ? t("rehab.detail.periodClosed", { start: formatDay(p.startOn, locale), end: formatDay(p.endOn, locale) })
    : t("rehab.detail.periodOpen", { start: formatDay(p.startOn, locale) });
  return (
    <>
      <BackLink href="/rehab">{t("rehab.detail.backToList")}</BackLink>
      <PageHeader
        title={t("rehab.detail.title", { name: p.citizenName })}
        intro={`${p.condition} · ${t(`rehab.bodyRegion.${p.bodyRegion as "BACK"}`)}`}
      />
      <RedirectNotice param="created" present={created === "1"}>
        {t("rehab.new.created")}
      </RedirectNotice>
      {!p.canEdit ? <Alert>{t("rehab.detail.readOnly")}</Alert> : null}
      {p.referral?.caseClosed ? <Alert>{t("referrals.caseClosed.plan")}</Alert> : null}

      <Section id="facts" title={t("rehab.detail.factsHeading")}>
        <DescriptionList
          items={[
            { term: t("rehab.detail.citizen"), value: p.citizenName },
            { term: t("rehab.detail.occupation"), value: p.occupation },
            { term: t("rehab.detail.employer"), value: p.employerName },
            { term: t("rehab.fields.condition"), value: p.condition },
            { term: t("rehab.fields.bodyRegion"), value: t(`rehab.bodyRegion.${p.bodyRegion as "BACK"}`) },
            {
              term: t("rehab.fields.standardPackage"),
              value: p.standardPackage ? t(`rehab.package.${p.standardPackage as "BACK"}`) : t("rehab.fields.noPackage"),
            },
            { term: t("rehab.detail.period"), value: period },
            { term: t("rehab.detail.therapist"), value: p.therapistName },
            ...(p.referral ? [{ term: t("rehab.detail.referral"), value: p.referral.programmeName }] : []),
            ...(p.hospitalPlanReceivedOn
              ? [{ term: t("rehab.detail.hospitalPlan"), value: formatDay(p.hospitalPlanReceivedOn, locale) }]
              : []),
          ]}
        />
        {p.canEdit ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-700">{t("rehab.detail.edit")}</summary>
            <PlanEditForm
              plan={{
                id: p.id,
                version: p.version,
                condition: p.condition,
                bodyRegion: p.bodyRegion,
                standardPackage: p.standardPackage,
                startOn: isoDay(p.startOn),
                endOn: isoDay(p.endOn),
              }}
            />
          </details>
        ) : null}
      </Section>
      <JobcenterCaseLinks from={{ planId: p.id }} />
      <GoalsSection p={p} t={t} locale={locale} today={todayIso} openForm={openForm} />

      <Section id="guide" title={t("rehab.guide.heading")}>
        <p className="mb-3 text-sm text-slate-700">{t("rehab.guide.intro")}</p>
        {p.canEdit ? (
          <FirstConversationForm planId={p.id} version={p.version} value={p.firstConversation} />
        ) : p.firstConversation.heldOn || Object.keys(p.firstConversation.answers).length ? (
          <DescriptionList
            items={[
              {
                term: t("rehab.guide.heldOn"),
                value: p.firstConversation.heldOn ? formatDay(parseIsoDay(p.firstConversation.heldOn), locale) : null,
              },
              ...Object.entries(p.firstConversation.answers).map(([q, a]) => ({
                term: t(`rehab.guide.questions.${q as "network"}`),
                value: a,
              })),
            ]}
          />
        ) : (
          <p>{t("rehab.guide.notHeld")}</p>
        )}
      </Section>

      <ExercisesSection p={p} t={t} locale={locale} openForm={openForm} />
      <AdherenceSection p={p} t={t} locale={locale} today={todayIso} />
      <NotesSection p={p} t={t} locale={locale} today={todayIso} openForm={openForm} />
      {p.canEdit ? (
        <Section id="conference" title={t("meetings.flag.heading")}>
          <FlagForConferenceForm rehabPlanId={p.id} />
        </Section>
      ) : null}
    </>
  );
}

export default withPageMessages("/rehab/[planId]", RehabPlanPage);
