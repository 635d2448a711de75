// Health-center staff: the jobcenter cases they may see — active consent AND their department works with the citizen (caseScope).
// Each listed citizen is a cross-department read and is logged with its consent.
import type { Actor } from "@/lib/auth/policy";
import { activeConsentWhere, caseScope, consentScopeFor, seesPersons } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import type { CaseStatus, DiagnosisGroup } from "@/lib/db/generated/client";

export type ConsentedCaseRow = {
  id: string;
  citizenName: string;
  diagnosisGroup: DiagnosisGroup;
  status: CaseStatus;
  firstAbsenceDay: Date;
};

export async function listConsentedCases(actor: Actor, now = new Date()): Promise<ConsentedCaseRow[]> {
  if (!seesPersons(actor) || actor.departmentKind !== "HEALTH_CENTER") return [];
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.sickLeaveCase.findMany({
      where: { AND: [caseScope(actor, "read", now), { status: { not: "CLOSED" } }] },
      orderBy: { firstAbsenceDay: "asc" },
      take: 200,
      select: {
        id: true,
        diagnosisGroup: true,
        status: true,
        firstAbsenceDay: true,
        citizen: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            consents: {
              where: activeConsentWhere(consentScopeFor(actor.departmentKind!), now),
              select: { id: true },
              take: 1,
              orderBy: { validFrom: "desc" },
            },
          },
        },
      },
    });
    await logAccess(
      tx,
      actor,
      rows.map((r) => ({
        action: "VIEW" as const,
        recordType: "SickLeaveCase",
        recordId: r.id,
        citizenId: r.citizen.id,
        crossDepartment: true,
        consentId: r.citizen.consents[0]?.id ?? null,
        details: { view: "list" },
      })),
    );
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      diagnosisGroup: r.diagnosisGroup,
      status: r.status,
      firstAbsenceDay: r.firstAbsenceDay,
    }));
  });
}
