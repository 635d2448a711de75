// One case with its citizen's facts, for the case page. Loaded through the policy's scope, so a
// case outside it is not found. Every read is logged; a health-center read is logged as
// cross-department together with the consent that allowed it.
import type { Actor } from "@/lib/auth/policy";
import { activeConsentWhere, caseScope, consentScopeFor, isCrossDepartment } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { NotFoundError } from "@/lib/domain/errors";

export async function getCase(actor: Actor, caseId: string, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "read", now), { id: caseId }] },
      select: {
        id: true, firstAbsenceDay: true, diagnosisGroup: true, diagnosisDetail: true, status: true,
        partialHoursPerWeek: true, closedOn: true, closingReason: true, nextDeadlineOn: true, nextDeadlineKind: true,
        version: true, caseworkerId: true,
        caseworker: { select: { id: true, name: true } },
        department: { select: { kind: true, name: true } },
        citizen: {
          select: {
            id: true, firstName: true, lastName: true, cprEncrypted: true, phone: true, email: true, address: true,
            employerName: true, employerContactName: true, employerPhone: true, employerEmail: true,
            occupation: true, industry: true, employmentStatus: true, version: true,
          },
        },
      },
    });
    if (!c) throw new NotFoundError("case");
    const cross = isCrossDepartment(actor, c.department.kind);
    let consentId: string | null = null;
    if (cross) {
      const consent = await tx.consent.findFirst({
        where: { citizenId: c.citizen.id, ...activeConsentWhere(consentScopeFor(actor.departmentKind!), now) },
        select: { id: true },
        orderBy: { validFrom: "desc" },
      });
      // The scope filter already required this consent; a miss here means it was revoked in between.
      if (!consent) throw new NotFoundError("case");
      consentId = consent.id;
    }
    await logAccess(tx, actor, { action: "VIEW", recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizen.id, crossDepartment: cross, consentId });
    const { cprEncrypted, ...citizen } = c.citizen;
    return {
      ...c,
      partialHoursPerWeek: c.partialHoursPerWeek === null ? null : Number(c.partialHoursPerWeek),
      citizen: { ...citizen, cprMasked: maskCpr(decryptCpr(cprEncrypted)) },
      readOnly: cross || actor.role !== "CASEWORKER",
    };
  });
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
