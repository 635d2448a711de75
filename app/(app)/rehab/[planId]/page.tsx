import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatPercent, isoDay, today } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { ProgressTrendChart } from "@/components/charts/ProgressTrendChart";
import { JobcenterCaseLinks } from "../../consents/_components/JobcenterCaseLinks";
import type { AdherenceSummary } from "@/lib/rehab/adherence";
import {
  AddExerciseForm,
  AddGoalForm,
  AdherenceForm,
  EditGoalForm,
  FirstConversationForm,
  MarkAchievedForm,
  PlanEditForm,
  ProgressNoteForm,
  RemoveExerciseForm,
} from "./_components/PlanForms";

const ADHERENCE_ROWS = 14;

async function load(planId: string) {
  const actor = await requireActor();
  return orNotFound(getRehabPlan(actor, planId));
}

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rehab.title") };
}

export default async function RehabPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const [p, t, locale] = await Promise.all([load(planId), getT(), getLocale()]);
  const todayIso = isoDay(today());
  const rate = (s: AdherenceSummary) =>
    s.rate === null
      ? t("rehab.adherence.notStarted")
      : t("rehab.adherence.rateValue", { rate: formatPercent(s.rate, locale), done: s.done, days: s.days });
  const period = p.endOn
    ? t("rehab.detail.periodClosed", { start: formatDay(p.startOn, locale), end: formatDay(p.endOn, locale) })
    : t("rehab.detail.periodOpen", { start: formatDay(p.startOn, locale) });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/rehab">{t("rehab.detail.backToList")}</Link>
      </p>
      <PageHeader
        title={t("rehab.detail.title", { name: p.citizenName })}
        intro={`${p.condition} · ${t(`rehab.bodyRegion.${p.bodyRegion as "BACK"}`)}`}
      />
      {!p.canEdit ? <Alert>{t("rehab.detail.readOnly")}</Alert> : null}

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
      <Section id="goals" title={t("rehab.goals.heading")}>
        <p className="mb-3 text-sm text-slate-700">{t("rehab.goals.intro")}</p>
        {p.goals.length === 0 ? (
          <p>{t("rehab.goals.empty")}</p>
        ) : (
          <Table
            caption={t("rehab.goals.caption")}
            hideCaption
            head={[
              t("rehab.goals.text"),
              t("rehab.goals.baseline"),
              t("rehab.goals.target"),
              t("rehab.goals.achievedOn"),
              ...(p.canEdit ? [t("rehab.goals.actions")] : []),
            ]}
          >
            {p.goals.map((g) => (
              <tr key={g.id}>
                <Td>{g.text}</Td>
                <Td>{g.baseline}</Td>
                <Td>{g.target}</Td>
                <Td>{g.achievedOn ? <Badge tone="success">{formatDay(g.achievedOn, locale)}</Badge> : t("rehab.goals.notAchieved")}</Td>
                {p.canEdit ? (
                  <Td className="min-w-64">
                    {!g.achievedOn ? <MarkAchievedForm planId={p.id} goalId={g.id} goalText={g.text} today={todayIso} /> : null}
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                        {t("rehab.goals.edit")}
                        <span className="sr-only">: {g.text}</span>
                      </summary>
                      <EditGoalForm
                        planId={p.id}
                        goal={{ id: g.id, text: g.text, baseline: g.baseline, target: g.target, achievedOn: isoDay(g.achievedOn) }}
                      />
                    </details>
                  </Td>
                ) : null}
              </tr>
            ))}
          </Table>
        )}
        {p.canEdit ? <AddGoalForm planId={p.id} /> : null}
      </Section>

      <Section id="guide" title={t("rehab.guide.heading")}>
        <p className="mb-3 text-sm text-slate-700">{t("rehab.guide.intro")}</p>
        {p.canEdit ? (
          <FirstConversationForm planId={p.id} value={p.firstConversation} />
        ) : p.firstConversation.heldOn || Object.keys(p.firstConversation.answers).length ? (
          <DescriptionList
            items={[
              {
                term: t("rehab.guide.heldOn"),
                value: p.firstConversation.heldOn ? formatDay(new Date(`${p.firstConversation.heldOn}T00:00:00Z`), locale) : null,
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

      <Section
        id="exercises"
        title={t("rehab.exercises.heading")}
        actions={
          <Badge tone={p.exercises.length >= p.maxExercises ? "warning" : "neutral"}>
            {t("rehab.exercises.count", { count: p.exercises.length, max: p.maxExercises })}
          </Badge>
        }
      >
        <p className="mb-3 text-sm text-slate-700">{t("rehab.exercises.intro", { max: p.maxExercises })}</p>
        {p.exercises.length === 0 ? (
          <p>{t("rehab.exercises.empty")}</p>
        ) : (
          <Table
            caption={t("rehab.exercises.caption")}
            hideCaption
            head={[
              t("rehab.exercises.description"),
              t("rehab.exercises.repetitions"),
              t("rehab.exercises.frequency"),
              ...(p.canEdit ? [t("rehab.exercises.actions")] : []),
            ]}
          >
            {p.exercises.map((e) => (
              <tr key={e.id}>
                <Td>{e.description}</Td>
                <Td>{e.repetitions}</Td>
                <Td>{e.frequency}</Td>
                {p.canEdit ? (
                  <Td>
                    <RemoveExerciseForm planId={p.id} exerciseId={e.id} description={e.description} />
                  </Td>
                ) : null}
              </tr>
            ))}
          </Table>
        )}
        {p.removedExercises.length ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">
              {t("rehab.exercises.removedHeading", { count: p.removedExercises.length })}
            </summary>
            <ul className="mt-2 list-disc pl-6 text-sm text-slate-700">
              {p.removedExercises.map((e) => (
                <li key={e.id}>
                  {e.description} ({e.repetitions}, {e.frequency}).{" "}
                  {t("rehab.exercises.removedOn", { date: formatDay(e.removedAt, locale) })}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {p.canEdit ? <AddExerciseForm planId={p.id} full={p.exercises.length >= p.maxExercises} max={p.maxExercises} /> : null}
      </Section>

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
            <AdherenceForm planId={p.id} today={todayIso} />
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

      <Section id="notes" title={t("rehab.notes.heading")}>
        <p className="mb-3 text-sm text-slate-700">{t("rehab.notes.intro")}</p>
        <ProgressTrendChart
          id="trend"
          points={p.progressNotes.map((n) => ({
            id: n.id,
            dateLabel: formatDay(n.writtenOn, locale),
            selfRatedHealth: n.selfRatedHealth,
            pain: n.pain,
            workAbility: n.workAbility,
          }))}
        />
        {p.canEdit ? <ProgressNoteForm planId={p.id} today={todayIso} /> : null}
        <div className="mt-4">
          {p.progressNotes.length === 0 ? (
            <p>{t("rehab.notes.empty")}</p>
          ) : (
            <Table
              caption={t("rehab.notes.caption")}
              head={[t("rehab.notes.writtenOn"), t("rehab.notes.scores"), t("rehab.notes.text"), t("rehab.notes.author")]}
            >
              {[...p.progressNotes].reverse().map((n) => (
                <tr key={n.id}>
                  <Td className="whitespace-nowrap">{formatDay(n.writtenOn, locale)}</Td>
                  <Td>{t("rehab.notes.scoresValue", { health: n.selfRatedHealth, pain: n.pain, work: n.workAbility })}</Td>
                  <Td className="whitespace-pre-line">{n.text}</Td>
                  <Td>{n.authorName}</Td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      </Section>
    </>
  );
}
