// Corrects the registered facts of a case (first absence day, diagnosis) with a reason.
// The first status row (ACTIVE from the first absence day) follows a corrected first absence day,
// and the change is recorded in the case's history.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TCorrectCase } from "@/lib/validation/cases";
import { loadCaseForWrite, updateCaseVersioned } from "./access";

export async function correctCase(actor: Actor, data: TCorrectCase): Promise<{ id: string; version: number }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    const changes = diffValues(
      { firstAbsenceDay: historyValue(c.firstAbsenceDay, "day"), diagnosisGroup: c.diagnosisGroup, diagnosisDetail: c.diagnosisDetail },
      {
        firstAbsenceDay: historyValue(data.firstAbsenceDay, "day"),
        diagnosisGroup: data.diagnosisGroup,
        diagnosisDetail: data.diagnosisDetail,
      },
    );
    if (Object.keys(changes).length === 0) throw new DomainRuleError("cases.errors.noChanges");
    const day = today();
    if (changes.firstAbsenceDay) {
      if (data.firstAbsenceDay > day) throw new DomainRuleError("errors.dateInFuture", "firstAbsenceDay");
      const statusRows = await tx.caseStatusChange.findMany({
        where: { caseId: c.id },
        orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, effectiveOn: true },
      });
      const [first, ...later] = statusRows;
      if (later.some((s) => s.effectiveOn < data.firstAbsenceDay))
        throw new DomainRuleError("cases.errors.absenceAfterStatusChange", "firstAbsenceDay");
      const heldBefore = await tx.followUp.findFirst({
        where: { caseId: c.id, voidedAt: null, status: "HELD", heldAt: { lt: data.firstAbsenceDay } },
        select: { id: true },
      });
      if (heldBefore) throw new DomainRuleError("cases.errors.absenceAfterFollowUp", "firstAbsenceDay");
      if (first && first.effectiveOn.getTime() === c.firstAbsenceDay.getTime()) {
        await tx.caseStatusChange.update({ where: { id: first.id }, data: { effectiveOn: data.firstAbsenceDay }, select: { id: true } });
      }
    }
    const version = await updateCaseVersioned(tx, c.id, data.version, {
      firstAbsenceDay: data.firstAbsenceDay,
      diagnosisGroup: data.diagnosisGroup,
      diagnosisDetail: data.diagnosisDetail,
    });
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "CORRECT",
      changes,
      reason: data.reason,
    });
    await recomputeCaseDeadline(tx, c.id, day);
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { fields: Object.keys(changes) },
    });
    return { id: c.id, version };
  });
}
