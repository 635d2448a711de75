// The plan page's goals: the table, per goal "mark achieved" and "correct", and the add form.
import type { PlanSectionProps } from "./section-props";
import { isoDay } from "@/lib/time";
import { Section } from "@/components/ui/Section";
import { Td } from "@/components/ui/Table";
import { GoalsTable } from "@/components/rehab/GoalsTable";
import { AddGoalForm } from "./AddGoalForm";
import { DeferredDetails } from "@/components/ui/DeferredDetails";
import { EditGoalForm } from "./EditGoalForm";
import { MarkAchievedForm } from "./MarkAchievedForm";
import { Flash } from "@/components/forms/Flash";

export function GoalsSection({ p, t, locale, today, openForm }: PlanSectionProps) {
  return (
    <Section id="goals" title={t("rehab.goals.heading")}>
      <p className="mb-3 text-sm text-slate-700">{t("rehab.goals.intro")}</p>
      <Flash scope="goals" />
      <GoalsTable
        goals={p.goals}
        t={t}
        locale={locale}
        actions={
          p.canEdit
            ? {
                head: t("rehab.goals.actions"),
                cell: (g) => (
                  <Td className="min-w-64">
                    {!g.achievedOn ? <MarkAchievedForm planId={p.id} goal={g} today={today} /> : null}
                    <DeferredDetails
                      className="mt-2"
                      path={`/rehab/${p.id}`}
                      formKey={`goal-${g.id}`}
                      openForm={openForm}
                      linkText={t("common.formWithoutScript")}
                      summary={
                        <>
                          {t("rehab.goals.edit")}
                          <span className="sr-only">: {g.text}</span>
                        </>
                      }
                    >
                      <EditGoalForm planId={p.id} goal={{ ...g, achievedOn: isoDay(g.achievedOn) }} />
                    </DeferredDetails>
                  </Td>
                ),
              }
            : undefined
        }
      />
      {p.canEdit ? <AddGoalForm planId={p.id} /> : null}
    </Section>
  );
}
