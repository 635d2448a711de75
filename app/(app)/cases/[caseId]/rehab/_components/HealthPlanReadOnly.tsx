// One rehab plan of the health center as the jobcenter reads it under consent: period, therapist,
// work-oriented goals, the home programme with adherence, and progress notes with the score trend.
// No edit controls: the health center's records are changed only in the health center.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { RehabForJobcenter } from "@/lib/domain/rehab/get-rehab-for-jobcenter";
import { formatDay, formatPercent } from "@/lib/format";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { ProgressTrendChart } from "@/components/charts/ProgressTrendChart";
import { trendPoints } from "@/components/charts/trend-points";
import { GoalsTable } from "@/components/rehab/GoalsTable";

type Plan = RehabForJobcenter["plans"][number];

export function HealthPlanReadOnly({ t, locale, plan: p }: { t: T; locale: Locale; plan: Plan }) {
  const region = t(`rehab.bodyRegion.${p.bodyRegion as "BACK"}`);
  const period = p.endOn
    ? t("rehab.detail.periodClosed", { start: formatDay(p.startOn, locale), end: formatDay(p.endOn, locale) })
    : t("rehab.detail.periodOpen", { start: formatDay(p.startOn, locale) });
  const s = p.adherenceSinceStart;
  const adherence =
    s.rate === null
      ? t("consents.healthRecord.notStarted")
      : t("consents.healthRecord.adherenceValue", {
          rate: formatPercent(s.rate, locale),
          done: s.done,
          days: s.days,
          last14: p.adherenceLast14.rate === null ? "—" : formatPercent(p.adherenceLast14.rate, locale),
        });
  return (
    <article aria-labelledby={`plan-${p.id}`} className="mb-6 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0">
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
          { term: t("consents.healthRecord.adherence"), value: adherence },
        ]}
      />
      <h4 className="mb-2 mt-4 font-semibold text-slate-900">{t("rehab.goals.heading")}</h4>
      <GoalsTable goals={p.goals} t={t} locale={locale} />
      <h4 className="mb-2 mt-4 font-semibold text-slate-900">{t("consents.healthRecord.exercisesHeading")}</h4>
      {p.exercises.length === 0 ? (
        <p>{t("consents.healthRecord.exercisesNone")}</p>
      ) : (
        <Table
          caption={t("rehab.exercises.caption")}
          hideCaption
          head={[t("rehab.exercises.description"), t("rehab.exercises.repetitions"), t("rehab.exercises.frequency")]}
        >
          {p.exercises.map((e) => (
            <tr key={e.id}>
              <Td>{e.description}</Td>
              <Td>{e.repetitions}</Td>
              <Td>{e.frequency}</Td>
            </tr>
          ))}
        </Table>
      )}
      <h4 className="mb-2 mt-4 font-semibold text-slate-900">{t("consents.healthRecord.notesHeading")}</h4>
      {p.progressNotes.length === 0 ? (
        <p>{t("consents.healthRecord.notesNone")}</p>
      ) : (
        <>
          <ProgressTrendChart id={`trend-${p.id}`} points={trendPoints(p.progressNotes, locale)} />
          <Table
            caption={t("consents.healthRecord.notesCaption")}
            hideCaption
            head={[
              t("rehab.notes.writtenOn"),
              t("rehab.notes.text"),
              t("consents.healthRecord.scoresHeading"),
              t("consents.healthRecord.author"),
            ]}
          >
            {[...p.progressNotes].reverse().map((n) => (
              <tr key={n.id}>
                <Td className="whitespace-nowrap">{formatDay(n.writtenOn, locale)}</Td>
                <Td>{n.text}</Td>
                <Td className="whitespace-nowrap">
                  {t("consents.healthRecord.scores", { health: n.selfRatedHealth, pain: n.pain, work: n.workAbility })}
                </Td>
                <Td>{n.authorName}</Td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </article>
  );
}
