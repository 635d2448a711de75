// The caseworker's worklist: own cases, most urgent deadline first (overdue, due within 7 days,
// on track, none), with filters (status, diagnosis group, deadline state), search (name or full
// CPR number) and the number of open cases per deadline state. Each row also carries every overdue
// deadline with days overdue, the flags and the visitation category (issue 8 item 7, issue 15).
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { CaseStatus, DiagnosisGroup, Prisma } from "@/lib/db/generated/client";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { citizenSearchWhere } from "@/lib/domain/citizens/search-citizens";
import type { TMyCasesQuery } from "@/lib/validation/cases";
import { dueSoonDaysFor } from "./case-deadlines";
import { URGENCY_ORDER, urgencyOf, urgencyWhere, type UrgencyState } from "./urgency";
import { worklistReports, type RowReport } from "./worklist-reports";

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

export type MyCases = { rows: MyCaseRow[]; counts: Record<UrgencyState, number>; invalidCpr: boolean; limited: boolean };

export const MY_CASES_LIMIT = 500;

/**
 * The caseworker's own open cases (or a status filter), most urgent deadline first, with counts per
 * urgency state on Danish today. Each row shown is logged (one VIEW per citizen; ADR 0003).
 * Search: a full CPR number (exact, blind index) or name words. At most MY_CASES_LIMIT rows (`limited`).
 */
export const getMyWorklist = defineUseCase({}, async (ctx, query: Partial<TMyCasesQuery> | undefined): Promise<MyCases> => {
  query ??= {};
  const today = ctx.today;
  const mine: Prisma.SickLeaveCaseWhereInput = { caseworkerId: ctx.actor.userId };
  const open: Prisma.SickLeaveCaseWhereInput = { status: { not: "CLOSED" } };
  const search = citizenSearchWhere(query.q);
  const dueSoonDays = await dueSoonDaysFor(ctx);
  const filters: Prisma.SickLeaveCaseWhereInput[] = [
    !query.status || query.status === "OPEN" ? open : { status: query.status },
    ...(query.group ? [{ diagnosisGroup: query.group }] : []),
    ...(query.state ? [urgencyWhere(query.state, today, dueSoonDays)] : []),
    ...(search.by !== "none" ? [{ citizen: search.where }] : []),
  ];
  const found = await ctx.read.sickLeaveCase.findMany({
    where: { AND: [mine, ...filters] },
    orderBy: [{ nextDeadlineOn: { sort: "asc", nulls: "last" } }, { firstAbsenceDay: "asc" }, { id: "asc" }],
    select: {
      id: true,
      diagnosisGroup: true,
      status: true,
      firstAbsenceDay: true,
      nextDeadlineOn: true,
      nextDeadlineKind: true,
      citizen: { select: { id: true, firstName: true, lastName: true, cprEncrypted: true } },
    },
    take: MY_CASES_LIMIT + 1,
  });
  const counts = {} as Record<UrgencyState, number>;
  for (const state of URGENCY_ORDER) {
    counts[state] = await ctx.read.sickLeaveCase.count({ where: { AND: [mine, open, urgencyWhere(state, today, dueSoonDays)] } });
  }
  const rows = found.slice(0, MY_CASES_LIMIT);
  const reports = await worklistReports(
    ctx,
    rows.map((r) => r.id),
  );
  await ctx.audit.viewedList(
    "SickLeaveCase",
    rows.map((r) => ({ recordId: r.id, citizenId: r.citizen.id })),
    { list: "my-cases", search: search.by },
  );
  return {
    invalidCpr: search.invalidCpr,
    limited: found.length > MY_CASES_LIMIT,
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
      ...(reports.get(r.id) ?? { overdue: [], flags: [], category: null }),
    })),
  };
});
