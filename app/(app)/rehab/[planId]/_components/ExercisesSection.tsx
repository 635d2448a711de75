// The plan page's home programme: active exercises (correct, remove), removed ones, and the add
// form, which is disabled with an explanation at the maximum (issue 8 item 13).
import type { PlanSectionProps } from "./section-props";
import { formatDay } from "@/lib/format";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { AddExerciseForm } from "./AddExerciseForm";
import { DeferredDetails } from "@/components/ui/DeferredDetails";
import { EditExerciseForm } from "./EditExerciseForm";
import { RemoveExerciseForm } from "./RemoveExerciseForm";

export function ExercisesSection({ p, t, locale, openForm }: Omit<PlanSectionProps, "today">) {
  const full = p.exercises.length >= p.maxExercises;
  return (
    <Section
      id="exercises"
      title={t("rehab.exercises.heading")}
      actions={
        <Badge tone={full ? "warning" : "neutral"}>{t("rehab.exercises.count", { count: p.exercises.length, max: p.maxExercises })}</Badge>
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
                <Td className="min-w-64">
                  <RemoveExerciseForm planId={p.id} exercise={e} />
                  <DeferredDetails
                    className="mt-2"
                    path={`/rehab/${p.id}`}
                    formKey={`exercise-${e.id}`}
                    openForm={openForm}
                    linkText={t("common.formWithoutScript")}
                    summary={
                      <>
                        {t("rehab.exercises.edit")}
                        <span className="sr-only">: {e.description}</span>
                      </>
                    }
                  >
                    <EditExerciseForm planId={p.id} exercise={e} />
                  </DeferredDetails>
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
                {e.description} ({e.repetitions}, {e.frequency}). {t("rehab.exercises.removedOn", { date: formatDay(e.removedAt, locale) })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {p.canEdit ? <AddExerciseForm planId={p.id} full={full} max={p.maxExercises} /> : null}
    </Section>
  );
}
