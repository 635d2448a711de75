// Opens a sick-leave case for a citizen. At most one open (not closed, not voided) case per
// citizen: checked under a per-citizen advisory lock inside the transaction, so that concurrent
// requests on several app instances cannot both pass.
import type { Actor } from "@/lib/auth/policy";
import { can, citizenScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TOpenCase } from "@/lib/validation/cases";
import { assertNoOtherOpenCase, findAssignableCaseworker, lockCitizen } from "./access";

export async function openCase(actor: Actor, data: TOpenCase): Promise<{ id: string }> {
  if (!can(actor, "case.create") || !actor.departmentId) throw new NotFoundError("citizen");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const citizen = await tx.citizen.findFirst({
      where: { AND: [citizenScope(actor, "write"), { id: data.citizenId }] },
      select: { id: true, birthDate: true },
    });
    if (!citizen) throw new NotFoundError("citizen");
    const day = today();
    if (data.firstAbsenceDay > day) throw new DomainRuleError("errors.dateInFuture", "firstAbsenceDay");
    if (data.firstAbsenceDay < citizen.birthDate) throw new DomainRuleError("cases.errors.beforeBirth", "firstAbsenceDay");
    const caseworker = await findAssignableCaseworker(tx, actor, data.caseworkerId);
    await lockCitizen(tx, citizen.id);
    await assertNoOtherOpenCase(tx, citizen.id);
    const c = await tx.sickLeaveCase.create({
      data: {
        organisationId: actor.organisationId,
        departmentId: actor.departmentId!,
        citizenId: citizen.id,
        caseworkerId: caseworker.id,
        firstAbsenceDay: data.firstAbsenceDay,
        diagnosisGroup: data.diagnosisGroup,
        diagnosisDetail: data.diagnosisDetail,
        statusChanges: { create: { status: "ACTIVE", effectiveOn: data.firstAbsenceDay, changedById: actor.userId } },
      },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version: 1,
      action: "CREATE",
      changes: creationValues({
        firstAbsenceDay: historyValue(data.firstAbsenceDay, "day"),
        diagnosisGroup: data.diagnosisGroup,
        diagnosisDetail: data.diagnosisDetail,
        status: "ACTIVE",
        caseworker: caseworker.name,
      }),
    });
    await recomputeCaseDeadline(tx, c.id, day);
    await logAccess(tx, actor, { action: "CREATE", recordType: "SickLeaveCase", recordId: c.id, citizenId: citizen.id });
    return c;
  });
}
