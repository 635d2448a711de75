// The caseworker's worklist: own open cases, most urgent deadline first.
import type { Actor } from "@/lib/auth/policy";
import { caseScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import type { CaseStatus, DiagnosisGroup } from "@/lib/db/generated/client";

export type MyCaseRow = {
  id: string;
  citizenName: string;
  cprMasked: string;
  diagnosisGroup: DiagnosisGroup;
  status: CaseStatus;
  firstAbsenceDay: Date;
  nextDeadlineOn: Date | null;
  nextDeadlineKind: string | null;
};

export async function listMyCases(actor: Actor): Promise<MyCaseRow[]> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.sickLeaveCase.findMany({
      where: { AND: [caseScope(actor, "read"), { caseworkerId: actor.userId, status: { not: "CLOSED" } }] },
      orderBy: [{ nextDeadlineOn: { sort: "asc", nulls: "last" } }, { firstAbsenceDay: "asc" }],
      select: {
        id: true, diagnosisGroup: true, status: true, firstAbsenceDay: true, nextDeadlineOn: true, nextDeadlineKind: true,
        citizen: { select: { firstName: true, lastName: true, cprEncrypted: true } },
      },
      take: 500,
    });
    await logAccess(tx, actor, { action: "VIEW", recordType: "CaseList", details: { list: "my-cases", count: rows.length } });
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      cprMasked: maskCpr(decryptCpr(r.citizen.cprEncrypted)),
      diagnosisGroup: r.diagnosisGroup,
      status: r.status,
      firstAbsenceDay: r.firstAbsenceDay,
      nextDeadlineOn: r.nextDeadlineOn,
      nextDeadlineKind: r.nextDeadlineKind,
    }));
  });
}
