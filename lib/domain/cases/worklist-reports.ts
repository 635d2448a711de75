// The deadline reports of a worklist's rows in one go (issue 8 item 7): every overdue deadline with
// days overdue (worst first), the flags, and the visitation category in force today. A helper of the
// worklist use case: it reads through the use case's scoped finders, one query for all rows.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { categoryOn, hasRuleset, type DeadlineFlag, type Deadline } from "@/lib/rules";
import { FACTS_SELECT, reportOf, toCaseFacts } from "@/lib/domain/deadlines/case-facts";
import type { OrgRules } from "./case-deadlines";

export type RowReport = {
  overdue: Pick<Deadline, "kind" | "dueOn" | "daysOverdue" | "legalBasisKey" | "legalParagraph">[];
  flags: DeadlineFlag[];
  /** The visitation category in force today (§ 12), or null when none is recorded. */
  category: 1 | 2 | 3 | null;
};

/**
 * Reports of the cases `ids` (already found through the actor's read scope) on ctx.today under the
 * organisation's dated rule versions (`rules`, read once by the caller: orgRulesFor); a case
 * without a report (voided, no ruleset) gets none.
 */
export async function worklistReports(ctx: UseCaseContext, ids: string[], rules: OrgRules): Promise<Map<string, RowReport>> {
  const out = new Map<string, RowReport>();
  if (ids.length === 0) return out;
  const { jurisdiction, versions } = rules;
  if (!jurisdiction || !hasRuleset(jurisdiction)) return out;
  const rows = await ctx.read.sickLeaveCase.findMany({ where: { id: { in: ids } }, select: FACTS_SELECT });
  for (const row of rows) {
    const report = reportOf(row, jurisdiction, versions, ctx.today);
    const category = categoryOn(toCaseFacts(row), ctx.today);
    out.set(row.id, {
      overdue: (report?.overdue ?? []).map((d) => ({
        kind: d.kind,
        dueOn: d.dueOn,
        daysOverdue: d.daysOverdue,
        legalBasisKey: d.legalBasisKey,
        legalParagraph: d.legalParagraph,
      })),
      flags: report?.flags ?? [],
      category: category ?? null,
    });
  }
  return out;
}
