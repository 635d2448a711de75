// The results page of an effect study (issue 14, journey of the manager): the definition, the
// groups at entry and the registration balance (before any outcome), the plain-language reading,
// the curves with numbers at risk, the effect with its uncertainty and the shares off benefit.
// A MATCHED study first shows how its groups were formed and the balance before and after matching;
// its outcomes appear only when the manager asks for them after the balance (?outcomes=shown; issue 14).
// Aggregates only (lib/studies/results-view.ts); a study outside the organisation is 404.
import { cache } from "react";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/actions/or-not-found";
import { getStudyResults } from "@/lib/domain/studies/get-study-results";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { uuidField } from "@/lib/validation/fields";
import { notFound } from "next/navigation";
import { CloseStudyForm } from "../_components/CloseStudyForm";
import { count } from "../_components/present";
import { BaselineSection, RegistrationSection } from "./_components/BalanceSections";
import { CurveSection, EffectSection, OffBenefitSection } from "./_components/OutcomeSections";
import { MatchingSection } from "./_components/MatchingSection";
import { FirstAbsenceSection, ScoreSection } from "./_components/MoreOutcomeSections";
import { withPageMessages } from "@/components/layout/PageMessages";

/** The study's results of this request, computed once for the title and the page (React's per-request cache). */
const loadResults = cache(async (studyId: string) => {
  const id = uuidField.safeParse(studyId);
  if (!id.success) notFound();
  const actor = await requireActor();
  return orNotFound(getStudyResults(actor, { studyId: id.data }));
});

/** The tab title names the study, like the case page (walk6). */
export async function generateMetadata({ params }: { params: Promise<{ studyId: string }> }) {
  const [{ study }, t] = await Promise.all([loadResults((await params).studyId), getT()]);
  return { title: t("cases.titles.study", { name: study.name }) };
}

async function StudyResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ studyId: string }>;
  searchParams: Promise<{ outcomes?: string | string[] }>;
}) {
  const outcomesAsked = (await searchParams).outcomes === "shown";
  const actor = await requireActor();
  const [{ study: s, analysisDay, results: r, matching, excluded }, t, locale] = await Promise.all([
    loadResults((await params).studyId),
    getT(),
    getLocale(),
  ]);
  const groups = s.diagnosisGroups.length
    ? s.diagnosisGroups.map((g) => t(`cases.diagnosisGroup.${g}` as never)).join(", ")
    : t("studies.results.allGroups");
  return (
    <>
      <PageHeader
        title={s.name}
        intro={t("studies.results.asOf", { date: formatDay(analysisDay, locale) })}
        actions={
          <>
            <Link prefetch={false} href="/studies" className={buttonClass("secondary")}>
              {t("studies.results.back")}
            </Link>
            {!matching || outcomesAsked ? (
              <a href={`/api/exports/study-results?studyId=${s.id}`} className={buttonClass("secondary")} download>
                {t("studies.results.csv")}
              </a>
            ) : null}
          </>
        }
      />
      <Section id="definition" title={t("studies.results.definition")}>
        <DescriptionList
          items={[
            { term: t("studies.results.question"), value: s.question },
            ...(s.programmes.length ? [{ term: t("studies.results.programmes"), value: s.programmes.map((p) => p.name).join(", ") }] : []),
            ...(s.wayOfWorking ? [{ term: t("studies.results.wayOfWorking"), value: s.wayOfWorking }] : []),
            { term: t("studies.list.design"), value: t(`studies.design.${s.design}`) },
            { term: t("studies.results.population"), value: groups },
            ...(matching
              ? []
              : [
                  {
                    term: t("studies.results.ratio"),
                    value: t("studies.results.ratioValue", { intervention: s.ratio.INTERVENTION, control: s.ratio.CONTROL }),
                  },
                ]),
            {
              term: t("studies.results.period"),
              value: t("studies.list.period_value", { from: formatDay(s.startOn, locale), to: formatDay(s.plannedEndOn, locale) }),
            },
            { term: t("studies.results.planned"), value: formatNumber(s.plannedParticipants, locale) },
            ...(excluded.suppressed || excluded.value > 0
              ? [{ term: t("studies.results.excluded"), value: count(excluded, t, locale) }]
              : []),
            { term: t("studies.list.status"), value: t(`studies.status.${s.phase}`) },
          ]}
        />
        {s.status === "CLOSED" ? (
          <div className="mt-3 space-y-2">
            <p>{t("studies.close.closedOn", { date: formatDay(s.closedAt, locale), reason: s.closeReason ?? "" })}</p>
            {s.verifiedAtClose !== null ? (
              <Alert tone={s.verifiedAtClose ? "success" : "error"}>
                {t(s.verifiedAtClose ? "studies.close.verified" : "studies.close.notVerified")}
              </Alert>
            ) : null}
            {s.seedRevealed ? (
              <p className="break-all text-sm">
                {t("studies.close.seed")}: <code>{s.seedRevealed}</code>
              </p>
            ) : null}
          </div>
        ) : null}
      </Section>
      {matching ? <MatchingSection m={matching} t={t} locale={locale} /> : null}
      <BaselineSection r={r} t={t} locale={locale} />
      <RegistrationSection r={r} t={t} locale={locale} />
      {matching && !outcomesAsked ? (
        <Section id="outcomes" title={t("studies.results.outcomes")}>
          <p className="mb-3 max-w-3xl">{t("studies.results.outcomesGate")}</p>
          <Link prefetch={false} href={`/studies/${s.id}?outcomes=shown#reading`} className={buttonClass("primary")}>
            {t("studies.results.outcomesShow")}
          </Link>
        </Section>
      ) : (
        <>
          <Section id="reading" title={t("studies.results.reading")}>
            <div className="max-w-3xl space-y-2">
              {r.reading.map((m) => (
                <p key={m.key}>{t(m.key as never, m.params as never)}</p>
              ))}
            </div>
          </Section>
          <CurveSection
            id="curve-off-benefit"
            title={t("studies.results.curve")}
            texts={{
              hint: t("studies.results.curveHint"),
              atRisk: t("studies.results.atRiskCaption"),
              points: t("studies.results.curveCaption"),
            }}
            e={r.offBenefit}
            matched={!!matching}
            t={t}
            locale={locale}
          />
          <EffectSection r={r} t={t} locale={locale} />
          <OffBenefitSection r={r} t={t} locale={locale} />
          <CurveSection
            id="curve-first-return"
            title={t("studies.results.curveFirstReturn")}
            texts={{
              hint: t("studies.results.curveHintFirstReturn"),
              atRisk: t("studies.results.atRiskCaptionFirstReturn"),
              points: t("studies.results.curveCaptionFirstReturn"),
            }}
            e={r.firstReturn}
            matched={!!matching}
            t={t}
            locale={locale}
          />
          <FirstAbsenceSection r={r} t={t} locale={locale} />
          <ScoreSection r={r} t={t} locale={locale} />
        </>
      )}
      {s.status === "RUNNING" && can(actor, "study.close") ? (
        <Section id="close" title={t("studies.close.heading")}>
          <p className="mb-3 max-w-2xl text-sm text-slate-700">{t(matching ? "studies.close.introMatched" : "studies.close.intro")}</p>
          <CloseStudyForm studyId={s.id} version={s.version} />
        </Section>
      ) : null}
    </>
  );
}

export default withPageMessages("/studies/[studyId]", StudyResultsPage);
