// One case with its citizen's facts, for the case page. Loaded through the policy's scope, so a
// case outside it is not found. Every read is logged; a health-center read is logged as
// cross-department together with the consent that allowed it. Follow-ups and exemptions are
// jobcenter case work and are only returned to readers of the owning department.
import type { Actor } from "@/lib/auth/policy";
import { can, caseScope, isCrossDepartment } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { NotFoundError } from "@/lib/domain/errors";
import { today as todayInDenmark } from "@/lib/format";
import { readConsentId } from "./access";
import { caseDeadlines, dueSoonDaysFor } from "./case-deadlines";

export async function getCase(actor: Actor, caseId: string, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "read", now), { id: caseId }] },
      select: {
        id: true,
        firstAbsenceDay: true,
        diagnosisGroup: true,
        diagnosisDetail: true,
        status: true,
        partialHoursPerWeek: true,
        closedOn: true,
        closingReason: true,
        nextDeadlineOn: true,
        nextDeadlineKind: true,
        version: true,
        caseworkerId: true,
        createdAt: true,
        caseworker: { select: { id: true, name: true } },
        department: { select: { kind: true, name: true } },
        citizen: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            cprEncrypted: true,
            phone: true,
            email: true,
            address: true,
            employerName: true,
            employerContactName: true,
            employerPhone: true,
            employerEmail: true,
            occupation: true,
            industry: true,
            employmentStatus: true,
            version: true,
          },
        },
      },
    });
    if (!c) throw new NotFoundError("case");
    const cross = isCrossDepartment(actor, c.department.kind);
    let consentId: string | null = null;
    if (cross) {
      consentId = await readConsentId(tx, actor, c.citizen.id, now);
      // The scope filter already required this consent; a miss here means it was revoked in between.
      if (!consentId) throw new NotFoundError("case");
    }
    const [exemptions, followUps] = cross
      ? [[], []]
      : await Promise.all([
          tx.caseExemption.findMany({
            where: { caseId: c.id, voidedAt: null },
            orderBy: { fromOn: "desc" },
            select: { id: true, reason: true, fromOn: true, untilOn: true, note: true, createdAt: true },
          }),
          tx.followUp.findMany({
            where: { caseId: c.id, voidedAt: null },
            orderBy: [{ createdAt: "desc" }],
            select: {
              id: true,
              dueOn: true,
              scheduledAt: true,
              heldAt: true,
              mode: true,
              participants: true,
              summary: true,
              agreements: true,
              status: true,
              statusReason: true,
              version: true,
              createdAt: true,
            },
          }),
        ]);
    const today = todayInDenmark(now);
    const [deadlines, dueSoonDays] = await Promise.all([caseDeadlines(tx, c.id, today), dueSoonDaysFor(tx, actor.organisationId)]);
    await logAccess(tx, actor, {
      action: "VIEW",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizen.id,
      crossDepartment: cross,
      consentId,
    });
    const { cprEncrypted, ...citizen } = c.citizen;
    const readOnly = cross || !can(actor, "case.edit");
    return {
      ...c,
      partialHoursPerWeek: c.partialHoursPerWeek === null ? null : Number(c.partialHoursPerWeek),
      citizen: { ...citizen, cprMasked: maskCpr(decryptCpr(cprEncrypted)) },
      exemptions,
      deadlines,
      today,
      dueSoonDays,
      // Newest first by when it happened (held, else scheduled, else registered).
      followUps: [...followUps].sort(
        (a, b) => (b.heldAt ?? b.scheduledAt ?? b.createdAt).getTime() - (a.heldAt ?? a.scheduledAt ?? a.createdAt).getTime(),
      ),
      readOnly,
      canEdit: !readOnly,
    };
  });
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
