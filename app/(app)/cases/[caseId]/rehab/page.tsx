// Case tab "Genoptræning": the citizen's rehab plans, read-only (goals and progress). For the
// jobcenter this needs the citizen's HEALTH_TO_JOBCENTER consent; each read is logged with it.
import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listCaseRehabPlans } from "@/lib/domain/rehab/list-case-rehab-plans";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatPercent } from "@/lib/format";
import { Section } from "@/components/ui/Section";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { ProgressTrendChart } from "@/components/charts/ProgressTrendChart";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rehab.caseTab.heading") };
}

async function load(caseId: string) {
  const actor = await requireActor();
  return orNotFound(listCaseRehabPlans(actor, caseId));
}

export default async function CaseRehabTab({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [view, t, locale] = await Promise.all([load(caseId), getT(), getLocale()]);
  return (
    <Section id="rehab" title={t("rehab.caseTab.heading")}>
      <p className="mb-3 text-sm text-slate-700">{t("rehab.caseTab.intro")}</p>
      {view.consentMissing ? (
        <Alert>
          <strong>{t("rehab.caseTab.consentMissing")}</strong> {t("rehab.caseTab.consentMissingHint")}
        </Alert>
      ) : (
        <>
          {view.crossDepartment ? <Alert>{t("rehab.caseTab.readWithConsent")}</Alert> : null}
          {view.plans.length === 0 ? <p>{t("rehab.caseTab.none")}</p> : null}
          {view.plans.map((p) => {
            const region = t(`rehab.bodyRegion.${p.bodyRegion as "BACK"}`);
            const period = p.endOn
              ? t("rehab.detail.periodClosed", { start: formatDay(p.startOn, locale), end: formatDay(p.endOn, locale) })
              : t("rehab.detail.periodOpen", { start: formatDay(p.startOn, locale) });
            return (
              <article
                key={p.id}
                aria-labelledby={`plan-${p.id}`}
                className="mb-6 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0"
              >
                <h3 id={`plan-${p.id}`} className="mb-2 text-base font-semibold text-slate-900">
                  {t("rehab.caseTab.planHeading", { condition: p.condition, bodyRegion: region })}
                </h3>
                <DescriptionList
                  items={[
                    { term: t("rehab.caseTab.period"), value: period },
                    { term: t("rehab.caseTab.therapist"), value: p.therapistName },
                    {
                      term: t("rehab.fields.standardPackage"),
                      value: p.standardPackage ? t(`rehab.package.${p.standardPackage as "BACK"}`) : t("rehab.fields.noPackage"),
                    },
                    { term: t("rehab.caseTab.adherence"), value: p.adherenceRate === null ? "—" : formatPercent(p.adherenceRate, locale) },
                  ]}
                />
                <h4 className="mb-2 mt-4 font-semibold text-slate-900">{t("rehab.goals.heading")}</h4>
                {p.goals.length === 0 ? (
                  <p>{t("rehab.goals.empty")}</p>
                ) : (
                  <Table
                    caption={t("rehab.goals.caption")}
                    hideCaption
                    head={[t("rehab.goals.text"), t("rehab.goals.baseline"), t("rehab.goals.target"), t("rehab.goals.achievedOn")]}
                  >
                    {p.goals.map((g) => (
                      <tr key={g.id}>
                        <Td>{g.text}</Td>
                        <Td>{g.baseline}</Td>
                        <Td>{g.target}</Td>
                        <Td>
                          {g.achievedOn ? <Badge tone="success">{formatDay(g.achievedOn, locale)}</Badge> : t("rehab.goals.notAchieved")}
                        </Td>
                      </tr>
                    ))}
                  </Table>
                )}
                <h4 className="mb-2 mt-4 font-semibold text-slate-900">{t("rehab.caseTab.progressHeading")}</h4>
                {p.progress.length === 0 ? (
                  <p>{t("rehab.caseTab.noProgress")}</p>
                ) : (
                  <ProgressTrendChart
                    id={`trend-${p.id}`}
                    points={p.progress.map((n) => ({
                      id: n.id,
                      dateLabel: formatDay(n.writtenOn, locale),
                      selfRatedHealth: n.selfRatedHealth,
                      pain: n.pain,
                      workAbility: n.workAbility,
                    }))}
                  />
                )}
                {!view.crossDepartment ? (
                  <p className="mt-2 text-sm">
                    <Link href={`/rehab/${p.id}`}>{t("rehab.caseTab.openPlan")}</Link>
                  </p>
                ) : null}
              </article>
            );
          })}
        </>
      )}
    </Section>
  );
}
