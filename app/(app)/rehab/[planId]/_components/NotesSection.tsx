// The plan page's progress notes: the trend chart, the form for a new note, and the notes
// (newest first), each correctable with a reason.
import type { PlanSectionProps } from "./section-props";
import { formatDay } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { ProgressTrendChart } from "@/components/charts/ProgressTrendChart";
import { trendPoints } from "@/components/charts/trend-points";
import { DeferredDetails } from "@/components/ui/DeferredDetails";
import { CorrectNoteForm } from "./CorrectNoteForm";
import { ProgressNoteForm } from "./ProgressNoteForm";

export function NotesSection({ p, t, locale, today, openForm }: PlanSectionProps) {
  return (
    <Section id="notes" title={t("rehab.notes.heading")}>
      <p className="mb-3 text-sm text-slate-700">{t("rehab.notes.intro")}</p>
      <ProgressTrendChart id="trend" points={trendPoints(p.progressNotes, locale)} />
      {p.canEdit ? <ProgressNoteForm planId={p.id} today={today} /> : null}
      <div className="mt-4">
        {p.progressNotes.length === 0 ? (
          <p>{t("rehab.notes.empty")}</p>
        ) : (
          <Table
            caption={t("rehab.notes.caption")}
            head={[
              t("rehab.notes.writtenOn"),
              t("rehab.notes.scores"),
              t("rehab.notes.text"),
              t("rehab.notes.author"),
              ...(p.canEdit ? [t("rehab.notes.actions")] : []),
            ]}
          >
            {[...p.progressNotes].reverse().map((n) => (
              <tr key={n.id}>
                <Td className="whitespace-nowrap">{formatDay(n.writtenOn, locale)}</Td>
                <Td>{t("rehab.notes.scoresValue", { health: n.selfRatedHealth, pain: n.pain, work: n.workAbility })}</Td>
                <Td className="whitespace-pre-line">{n.text}</Td>
                <Td>{n.authorName}</Td>
                {p.canEdit ? (
                  <Td className="min-w-64">
                    <DeferredDetails
                      path={`/rehab/${p.id}`}
                      formKey={`note-${n.id}`}
                      openForm={openForm}
                      linkText={t("common.formWithoutScript")}
                      summary={
                        <>
                          {t("rehab.notes.correct")}
                          <span className="sr-only">: {t("rehab.notes.correctFor", { date: formatDay(n.writtenOn, locale) })}</span>
                        </>
                      }
                    >
                      <CorrectNoteForm
                        planId={p.id}
                        today={today}
                        note={{
                          id: n.id,
                          version: n.version,
                          writtenOn: isoDay(n.writtenOn),
                          selfRatedHealth: String(n.selfRatedHealth),
                          pain: String(n.pain),
                          workAbility: String(n.workAbility),
                          text: n.text,
                        }}
                      />
                    </DeferredDetails>
                  </Td>
                ) : null}
              </tr>
            ))}
          </Table>
        )}
      </div>
    </Section>
  );
}
