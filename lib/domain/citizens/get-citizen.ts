// One citizen of the jobcenter's register with their cases and the correction history.
import type { Actor } from "@/lib/auth/policy";
import { can, citizenScope, isCrossDepartment, seesPersons } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { decryptCpr } from "@/lib/crypto/cpr";
import { maskCpr } from "@/lib/validation/cpr";
import { NotFoundError } from "@/lib/domain/errors";
import { historyFor } from "@/lib/domain/history/list-history";

export async function getCitizen(actor: Actor, citizenId: string) {
  if (!seesPersons(actor) || isCrossDepartment(actor, "JOBCENTER")) throw new NotFoundError("citizen");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.citizen.findFirst({
      where: { AND: [citizenScope(actor, "read"), { id: citizenId }] },
      select: {
        id: true,
        cprEncrypted: true,
        birthDate: true,
        firstName: true,
        lastName: true,
        phone: true,
        email: true,
        address: true,
        employmentStatus: true,
        occupation: true,
        industry: true,
        employerName: true,
        employerContactName: true,
        employerPhone: true,
        employerEmail: true,
        version: true,
        createdAt: true,
        cases: {
          where: { voidedAt: null },
          orderBy: { firstAbsenceDay: "desc" },
          select: {
            id: true,
            status: true,
            firstAbsenceDay: true,
            closedOn: true,
            diagnosisGroup: true,
            caseworker: { select: { name: true } },
          },
        },
      },
    });
    if (!c) throw new NotFoundError("citizen");
    const history = await historyFor(tx, actor.organisationId, [{ recordType: "Citizen", recordId: c.id }]);
    await logAccess(tx, actor, { action: "VIEW", recordType: "Citizen", recordId: c.id, citizenId: c.id });
    const { cprEncrypted, cases, ...facts } = c;
    return {
      ...facts,
      cprMasked: maskCpr(decryptCpr(cprEncrypted)),
      cases: cases.map((k) => ({ ...k, caseworkerName: k.caseworker.name })),
      hasOpenCase: cases.some((k) => k.status !== "CLOSED"),
      canEdit: can(actor, "citizen.edit"),
      canOpenCase: can(actor, "case.create"),
      history,
    };
  });
}

export type CitizenDetail = Awaited<ReturnType<typeof getCitizen>>;
