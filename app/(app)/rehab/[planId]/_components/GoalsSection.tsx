// The plan page's goals: the table, per goal "mark achieved" and "correct", and the add form.
import type { RehabPlanDetail } from "@/lib/domain/rehab/get-rehab-plan";
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { AddGoalForm } from "./AddGoalForm";
import { EditGoalForm } from "./EditGoalForm";
import { MarkAchievedForm } from "./MarkAchievedForm";

export function GoalsSection({ p, t, locale, today }: { p: RehabPlanDetail; t: T; locale: Locale; today: string }) {
  return (
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
                  {!g.achievedOn ? <MarkAchievedForm planId={p.id} goal={g} today={today} /> : null}
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                      {t("rehab.goals.edit")}
                      <span className="sr-only">: {g.text}</span>
                    </summary>
                    <EditGoalForm planId={p.id} goal={{ ...g, achievedOn: isoDay(g.achievedOn) }} />
                  </details>
                </Td>
              ) : null}
            </tr>
          ))}
        </Table>
      )}
      {p.canEdit ? <AddGoalForm planId={p.id} /> : null}
    </Section>
  );
}
