// Coordinator overview: the department's open cases whose next legal deadline has passed.
import type { Actor } from "@/lib/auth/policy";
import { caseScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { listViewEntries, logAccess } from "@/lib/audit/log";
import type { DiagnosisGroup } from "@/lib/db/generated/client";

export type OverdueCaseRow = {
  id: string;
  citizenName: string;
  caseworkerName: string;
  diagnosisGroup: DiagnosisGroup;
  nextDeadlineOn: Date | null;
  nextDeadlineKind: string | null;
};

export async function listOverdueCases(actor: Actor, today: Date): Promise<OverdueCaseRow[]> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.sickLeaveCase.findMany({
      // Own department only: this overview is the coordinator's own caseload, never a cross-department view.
      where: {
        AND: [
          caseScope(actor, "read"),
          { departmentId: actor.departmentId ?? "", status: { not: "CLOSED" }, nextDeadlineOn: { lt: today } },
        ],
      },
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
    await logAccess(
      tx,
      actor,
      listViewEntries(
        "SickLeaveCase",
        rows.map((r) => ({ recordId: r.id, citizenId: r.citizenId })),
        { list: "overdue" },
      ),
    );
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      caseworkerName: r.caseworker.name,
      diagnosisGroup: r.diagnosisGroup,
      nextDeadlineOn: r.nextDeadlineOn,
      nextDeadlineKind: r.nextDeadlineKind,
    }));
  });
}
