// Changes the status of a case: ACTIVE ↔ PARTIAL_RETURN (with hours per week), CLOSED (with a
// closing reason, effective date = closing date), and reopening a closed case when the citizen
// has no other open case. Every change is a CaseStatusChange row; the rules engine reads them.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TChangeCaseStatus } from "@/lib/validation/cases";
import { assertNoOtherOpenCase, loadCaseForWrite, lockCitizen, updateCaseVersioned } from "./access";
import { runInTransaction } from "@/lib/domain/run-use-case";
import { endConsentsWithLastCase } from "@/lib/domain/consents/end-consents-with-last-case";

export async function changeCaseStatus(actor: Actor, data: TChangeCaseStatus): Promise<{ id: string; version: number }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    const day = today();
    if (data.effectiveOn > day) throw new DomainRuleError("errors.dateInFuture", "effectiveOn");
    if (data.effectiveOn < c.firstAbsenceDay) throw new DomainRuleError("cases.errors.beforeAbsence", "effectiveOn");
    if (data.status === c.status && data.status !== "PARTIAL_RETURN") throw new DomainRuleError("cases.errors.sameStatus", "status");
    const hours = c.partialHoursPerWeek === null ? null : Number(c.partialHoursPerWeek);
    if (data.status === "PARTIAL_RETURN" && c.status === "PARTIAL_RETURN" && hours === data.hoursPerWeek)
      throw new DomainRuleError("cases.errors.sameStatus", "hoursPerWeek");
    const last = await tx.caseStatusChange.findFirst({
      where: { caseId: c.id },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
      select: { effectiveOn: true },
    });
    if (last && data.effectiveOn < last.effectiveOn) throw new DomainRuleError("cases.errors.beforeLastStatusChange", "effectiveOn");
    if (c.status === "CLOSED") {
      // Reopening: the one-open-case rule applies again.
      await lockCitizen(tx, c.citizenId);
      await assertNoOtherOpenCase(tx, c.citizenId, c.id);
    }
    const closing = data.status === "CLOSED";
    const after = {
      status: data.status,
      partialHoursPerWeek: data.hoursPerWeek,
      closedOn: closing ? data.effectiveOn : null,
      closingReason: data.closingReason,
    };
    const version = await updateCaseVersioned(tx, c.id, data.version, after);
    await tx.caseStatusChange.create({
      data: {
        caseId: c.id,
        status: data.status,
        effectiveOn: data.effectiveOn,
        hoursPerWeek: data.hoursPerWeek,
        closingReason: data.closingReason,
        note: data.note,
        changedById: actor.userId,
      },
      select: { id: true },
    });
    const changes = diffValues(
      { status: c.status, partialHoursPerWeek: hours, closedOn: historyValue(c.closedOn, "day"), closingReason: c.closingReason },
      {
        status: data.status,
        partialHoursPerWeek: data.hoursPerWeek,
        closedOn: historyValue(after.closedOn, "day"),
        closingReason: data.closingReason,
      },
    );
    changes.effectiveOn = { from: null, to: historyValue(data.effectiveOn, "day") };
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "STATUS_CHANGE",
      changes,
      reason: data.note,
    });
    await recomputeCaseDeadline(tx, c.id, day);
    // Consent (issue 9): closing the citizen's last open case ends their consents, in this transaction.
    if (closing) await runInTransaction(tx, actor, endConsentsWithLastCase, { citizenId: c.citizenId, caseId: c.id });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { status: data.status },
    });
    return { id: c.id, version };
  });
}
