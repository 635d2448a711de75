// Voids a wrongly registered exemption with a reason; it stays readable in the timeline.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { historyValue } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TVoidExemption } from "@/lib/validation/cases";
import { loadCaseForWrite, updateCaseVersioned } from "./access";

export async function voidExemption(actor: Actor, data: TVoidExemption): Promise<{ id: string; version: number }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    // The exemption is loaded together with the case id from the URL, never by its own id alone.
    const e = await tx.caseExemption.findFirst({
      where: { id: data.exemptionId, caseId: c.id, voidedAt: null },
      select: { id: true, reason: true, fromOn: true, untilOn: true },
    });
    if (!e) throw new NotFoundError("exemption");
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    const version = await updateCaseVersioned(tx, c.id, data.version, {});
    await tx.caseExemption.update({ where: { id: e.id }, data: { voidedAt: new Date(), voidReason: data.reason }, select: { id: true } });
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "EXEMPTION_VOID",
      changes: {
        exemptionReason: { from: e.reason, to: null },
        exemptionFrom: { from: historyValue(e.fromOn, "day"), to: null },
        exemptionUntil: { from: historyValue(e.untilOn, "day"), to: null },
      },
      reason: data.reason,
    });
    await recomputeCaseDeadline(tx, c.id, today());
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { exemptionVoided: e.id },
    });
    return { id: e.id, version };
  });
}
