// Exempts a case from follow-up for a period (terminal illness, pregnancy-related, imminent
// return, treatment prevents participation). The rules engine sets no deadlines while exempt.
// Periods of live exemptions of a case must not overlap.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TGrantExemption } from "@/lib/validation/cases";
import { loadCaseForWrite, updateCaseVersioned } from "./access";

const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");

export async function grantExemption(actor: Actor, data: TGrantExemption): Promise<{ id: string; version: number }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    if (c.status === "CLOSED") throw new DomainRuleError("cases.errors.caseClosed");
    if (data.fromOn < c.firstAbsenceDay) throw new DomainRuleError("cases.errors.beforeAbsence", "fromOn");
    const live = await tx.caseExemption.findMany({ where: { caseId: c.id, voidedAt: null }, select: { fromOn: true, untilOn: true } });
    const until = data.untilOn ?? FAR_FUTURE;
    if (live.some((e) => e.fromOn <= until && (e.untilOn ?? FAR_FUTURE) >= data.fromOn))
      throw new DomainRuleError("cases.errors.exemptionOverlaps", "fromOn");
    const version = await updateCaseVersioned(tx, c.id, data.version, {});
    const e = await tx.caseExemption.create({
      data: {
        caseId: c.id,
        reason: data.exemptionReason,
        fromOn: data.fromOn,
        untilOn: data.untilOn,
        note: data.note,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "EXEMPTION",
      changes: creationValues({
        exemptionReason: data.exemptionReason,
        exemptionFrom: historyValue(data.fromOn, "day"),
        exemptionUntil: historyValue(data.untilOn, "day"),
      }),
      reason: data.note,
    });
    await recomputeCaseDeadline(tx, c.id, today());
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { exemption: e.id },
    });
    return { id: e.id, version };
  });
}
