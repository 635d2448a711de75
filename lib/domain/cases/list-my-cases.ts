// The caseworker's worklist: own cases, most urgent deadline first (overdue, due within 7 days,
// on track, none), with filters (status, diagnosis group, deadline state), search (name or full
// CPR number) and the number of open cases per deadline state. Each row also carries every overdue
// deadline with days overdue, the flags and the visitation category (issue 8 item 7, issue 15).
// One page of MY_CASES_PAGE_SIZE rows at a time (issue 10, ADR 0020): only the page's rows are read,
// reported on and logged; the counts per deadline state always count ALL the caseworker's open cases.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { CaseStatus, DiagnosisGroup, Prisma } from "@/lib/db/generated/client";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { citizenSearchWhere } from "@/lib/domain/citizens/search-citizens";
import type { TMyCasesQuery } from "@/lib/validation/cases";
import { orgRulesFor } from "./case-deadlines";
import { URGENCY_ORDER, urgencyOf, urgencyWhere, type UrgencyState } from "./urgency";
import { ROW_REPORT_SELECT, worklistReports, type RowReport } from "./worklist-reports";
import { EMPTY_ROW_REPORT } from "@/lib/domain/deadlines/row-report";

export type MyCaseRow = {
  id: string;
  citizenName: string;
  cprMasked: string;
  diagnosisGroup: DiagnosisGroup;
  status: CaseStatus;
  firstAbsenceDay: Date;
  nextDeadlineOn: Date | null;
  nextDeadlineKind: string | null;
  urgency: UrgencyState;
} & RowReport;

/** `page` is 1-based and clamped to [1, pages]; `total` = rows matching the filters over all pages. */
export type MyCases = {
  rows: MyCaseRow[];
  counts: Record<UrgencyState, number>;
  invalidCpr: boolean;
  page: number;
  pages: number;
  total: number;
  pageSize: number;
};

/** Rows per page of the worklist (issue 10: "50 per page"). */
export const MY_CASES_PAGE_SIZE = 50;

/**
 * One page (`query.page`, default 1, clamped to the last page) of the caseworker's own open cases
 * (or a status filter), most urgent deadline first, with counts per urgency state on Danish today
 * over all the caseworker's open cases (not only the page). Each row shown is logged (one VIEW per
 * citizen; ADR 0003); rows on other pages are neither read in full nor logged.
 * Search: a full CPR number (exact, blind index) or name words.
 */
export const getMyWorklist = defineUseCase({}, async (ctx, query: Partial<TMyCasesQuery> | undefined): Promise<MyCases> => {
  query ??= {};
  const today = ctx.today;
  const mine: Prisma.SickLeaveCaseWhereInput = { caseworkerId: ctx.actor.userId };
  const open: Prisma.SickLeaveCaseWhereInput = { status: { not: "CLOSED" } };
  const search = citizenSearchWhere(query.q);
  const rules = await orgRulesFor(ctx);
  const dueSoonDays = rules.dueSoonDays;
  const unfiltered = (!query.status || query.status === "OPEN") && !query.group && !query.state && search.by === "none";
  const filters: Prisma.SickLeaveCaseWhereInput[] = [
    !query.status || query.status === "OPEN" ? open : { status: query.status },
    ...(query.group ? [{ diagnosisGroup: query.group }] : []),
    ...(query.state ? [urgencyWhere(query.state, today, dueSoonDays)] : []),
    ...(search.by !== "none" ? [{ citizen: search.where }] : []),
  ];
  const where: Prisma.SickLeaveCaseWhereInput = { AND: [mine, ...filters] };

  // One grouped query for the four counts: open cases per next-deadline day, classified here
  // exactly as urgencyWhere classifies them in SQL.
  const byDay = await ctx.read.sickLeaveCase.groupBy({ by: ["nextDeadlineOn"], where: { AND: [mine, open] }, _count: { _all: true } });
  const counts = Object.fromEntries(URGENCY_ORDER.map((s) => [s, 0])) as Record<UrgencyState, number>;
  for (const g of byDay) counts[urgencyOf(g.nextDeadlineOn, today, dueSoonDays)] += g._count._all;
  const total = unfiltered ? URGENCY_ORDER.reduce((n, s) => n + counts[s], 0) : await ctx.read.sickLeaveCase.count({ where });
  const pages = Math.max(1, Math.ceil(total / MY_CASES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(query.page ?? 1)), pages);

  const rows =
    total === 0
      ? []
      : await ctx.read.sickLeaveCase.findMany({
          where,
          orderBy: [{ nextDeadlineOn: { sort: "asc", nulls: "last" } }, { firstAbsenceDay: "asc" }, { id: "asc" }],
          select: {
            id: true,
            diagnosisGroup: true,
            status: true,
            firstAbsenceDay: true,
            nextDeadlineOn: true,
            nextDeadlineKind: true,
            ...ROW_REPORT_SELECT,
            citizen: { select: { id: true, firstName: true, lastName: true, cprEncrypted: true } },
          },
          skip: (page - 1) * MY_CASES_PAGE_SIZE,
          take: MY_CASES_PAGE_SIZE,
        });
  const { reports } = await worklistReports(ctx, rows, rules);
  await ctx.audit.viewedList(
    "SickLeaveCase",
    rows.map((r) => ({ recordId: r.id, citizenId: r.citizen.id })),
    { list: "my-cases", search: search.by },
  );
  return {
    invalidCpr: search.invalidCpr,
    page,
    pages,
    total,
    pageSize: MY_CASES_PAGE_SIZE,
    counts,
    rows: rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      cprMasked: maskCpr(decryptCpr(r.citizen.cprEncrypted)),
      diagnosisGroup: r.diagnosisGroup,
      status: r.status,
      firstAbsenceDay: r.firstAbsenceDay,
      nextDeadlineOn: r.nextDeadlineOn,
      nextDeadlineKind: r.nextDeadlineKind,
      urgency: urgencyOf(r.nextDeadlineOn, today, dueSoonDays),
      ...(reports.get(r.id) ?? EMPTY_ROW_REPORT),
    })),
  };
});
