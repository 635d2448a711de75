// A rehab plan's goals as a table (text, baseline, target, day achieved): the therapist's plan page
// (with a column of edit controls) and the jobcenter's read-only view of the plan show the same table.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { Table, Td } from "@/components/ui/Table";

type Goal = { id: string; text: string; baseline: string; target: string; achievedOn: Date | null };

/**
 * The goals, or "no goals yet" when there are none. `actions`: an extra last column (heading
 * `actions.head`, cell `actions.cell(goal)`), e.g. the forms to mark a goal achieved or correct it.
 */
export function GoalsTable<G extends Goal>({
  goals,
  t,
  locale,
  actions,
}: {
  goals: readonly G[];
  t: T;
  locale: Locale;
  actions?: { head: string; cell: (goal: G) => ReactNode };
}) {
  if (goals.length === 0) return <p>{t("rehab.goals.empty")}</p>;
  return (
    <Table
      caption={t("rehab.goals.caption")}
      hideCaption
      head={[
        t("rehab.goals.text"),
        t("rehab.goals.baseline"),
        t("rehab.goals.target"),
        t("rehab.goals.achievedOn"),
        ...(actions ? [actions.head] : []),
      ]}
    >
      {goals.map((g) => (
        <tr key={g.id}>
          <Td>{g.text}</Td>
          <Td>{g.baseline}</Td>
          <Td>{g.target}</Td>
          <Td>{g.achievedOn ? <Badge tone="success">{formatDay(g.achievedOn, locale)}</Badge> : t("rehab.goals.notAchieved")}</Td>
          {actions ? actions.cell(g) : null}
        </tr>
      ))}
    </Table>
  );
}
