// The deadline reports of a worklist's rows (issue 8 item 7): every overdue deadline with days
// overdue (worst first), the flags, and the visitation category in force today. A helper of the
// worklist use case. Each row's report is stored on the case for the day it was computed
// (lib/domain/deadlines/row-report.ts, ADR 0023); rows whose stored report is not for today are
// reported on live, with one query for all of them, through the use case's scoped finders.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { hasRuleset } from "@/lib/rules";
import { FACTS_SELECT, reportsOf } from "@/lib/domain/deadlines/case-facts";
import { EMPTY_ROW_REPORT, storedRowReportFor, type RowReport } from "@/lib/domain/deadlines/row-report";
import type { OrgRules } from "./case-deadlines";

export type { RowReport };

/** What the worklist selects of a case for its row report. */
export const ROW_REPORT_SELECT = { rowReport: true, rowReportOn: true } as const;

/**
 * Reports of the worklist rows `rows` (already found through the actor's read scope, with
 * ROW_REPORT_SELECT) on ctx.today under the organisation's dated rule versions (`rules`, read once
 * by the caller: orgRulesFor). The stored report is used when it was computed for ctx.today; the
 * other rows are computed live (one query for all of them). `live` counts those (for tests and the
 * ADR's measurements). Without a ruleset every row gets EMPTY_ROW_REPORT.
 */
export async function worklistReports(
  ctx: UseCaseContext,
  rows: { id: string; rowReport: unknown; rowReportOn: Date | null }[],
  rules: OrgRules,
): Promise<{ reports: Map<string, RowReport>; live: number }> {
  const reports = new Map<string, RowReport>();
  const { jurisdiction, versions } = rules;
  if (!jurisdiction || !hasRuleset(jurisdiction)) {
    for (const r of rows) reports.set(r.id, EMPTY_ROW_REPORT);
    return { reports, live: 0 };
  }
  const stale: string[] = [];
  for (const r of rows) {
    const stored = storedRowReportFor(r, ctx.today);
    if (stored) reports.set(r.id, stored);
    else stale.push(r.id);
  }
  if (stale.length > 0) {
    const facts = await ctx.read.sickLeaveCase.findMany({ where: { id: { in: stale } }, select: FACTS_SELECT });
    for (const row of facts) reports.set(row.id, reportsOf(row, jurisdiction, versions, ctx.today).row);
  }
  return { reports, live: stale.length };
}
