// Coordinator overview: the department's open cases whose next legal deadline has passed.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { DiagnosisGroup } from "@/lib/db/generated/client";

export type OverdueCaseRow = {
  id: string;
  citizenName: string;
  caseworkerName: string;
  diagnosisGroup: DiagnosisGroup;
  nextDeadlineOn: Date | null;
  nextDeadlineKind: string | null;
};

/**
 * The open cases of the coordinator's own jobcenter department (its read scope; never a
 * cross-department view) whose next deadline was before Danish today, most overdue first (at most 200).
 * One VIEW row per case shown.
 * @throws NotFoundError without the capability "case.viewOverdue".
 */
export const listOverdueCases = defineUseCase(
  { capability: "case.viewOverdue", notFound: "cases" },
  async (ctx): Promise<OverdueCaseRow[]> => {
    const rows = await ctx.read.sickLeaveCase.findMany({
      where: { status: { not: "CLOSED" }, nextDeadlineOn: { lt: ctx.today } },
      orderBy: { nextDeadlineOn: "asc" },
      take: 200,
      select: {
        id: true,
        citizenId: true,
        diagnosisGroup: true,
        nextDeadlineOn: true,
        nextDeadlineKind: true,
        caseworker: { select: { name: true } },
        citizen: { select: { firstName: true, lastName: true } },
      },
    });
    await ctx.audit.viewedList(
      "SickLeaveCase",
      rows.map((r) => ({ recordId: r.id, citizenId: r.citizenId })),
      { list: "overdue" },
    );
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      caseworkerName: r.caseworker.name,
      diagnosisGroup: r.diagnosisGroup,
      nextDeadlineOn: r.nextDeadlineOn,
      nextDeadlineKind: r.nextDeadlineKind,
    }));
  },
);
