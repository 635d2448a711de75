// Health-center staff: the jobcenter cases they may see — active consent AND their department
// works with the citizen (the policy's caseScope). Each listed citizen is a cross-department read
// and is logged with its consent.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { CaseStatus, DiagnosisGroup } from "@/lib/db/generated/client";

export type ConsentedCaseRow = {
  id: string;
  citizenName: string;
  diagnosisGroup: DiagnosisGroup;
  status: CaseStatus;
  firstAbsenceDay: Date;
};

/**
 * The open jobcenter cases in the health-center actor's read scope, longest absence first (at most 200).
 * One VIEW row per case shown, cross-department with the consent it is read under.
 * @throws NotFoundError without the capability "case.viewConsented".
 */
export const listConsentedCases = defineUseCase(
  { capability: "case.viewConsented", notFound: "cases" },
  async (ctx): Promise<ConsentedCaseRow[]> => {
    const rows = await ctx.read.sickLeaveCase.findMany({
      where: { status: { not: "CLOSED" } },
      orderBy: { firstAbsenceDay: "asc" },
      take: 200,
      select: {
        id: true,
        diagnosisGroup: true,
        status: true,
        firstAbsenceDay: true,
        department: { select: { kind: true } },
        citizen: { select: { id: true, firstName: true, lastName: true } },
      },
    });
    await ctx.audit.viewedList(
      "SickLeaveCase",
      rows.map((r) => ({ recordId: r.id, citizenId: r.citizen.id, owner: r.department.kind })),
      { list: "consented-cases" },
    );
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      diagnosisGroup: r.diagnosisGroup,
      status: r.status,
      firstAbsenceDay: r.firstAbsenceDay,
    }));
  },
);
