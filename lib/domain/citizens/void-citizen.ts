// Voids a wrongly created citizen. The record stays (with its history) but disappears from lists
// and searches. A citizen with a live case cannot be voided: void the case first.
// The blind index is moved aside so that the CPR number can be registered correctly again; the
// encrypted CPR number itself is kept.
import type { Actor } from "@/lib/auth/policy";
import { can, citizenScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import type { TVoidCitizen } from "@/lib/validation/citizens";

export async function voidCitizen(actor: Actor, data: TVoidCitizen): Promise<{ id: string }> {
  if (!can(actor, "citizen.edit")) throw new NotFoundError("citizen");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.citizen.findFirst({
      where: { AND: [citizenScope(actor, "write"), { id: data.citizenId }] },
      select: { id: true, version: true, cprIndex: true },
    });
    if (!c) throw new NotFoundError("citizen");
    if (c.version !== data.version) throw new DomainRuleError("errors.conflict");
    const liveCase = await tx.sickLeaveCase.findFirst({ where: { citizenId: c.id, voidedAt: null }, select: { id: true } });
    if (liveCase) throw new DomainRuleError("citizens.errors.hasCases");
    const now = new Date();
    const r = await tx.citizen.updateMany({
      where: { id: c.id, version: data.version, voidedAt: null },
      data: { voidedAt: now, voidReason: data.reason, cprIndex: `voided:${c.id}:${c.cprIndex}`, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new DomainRuleError("errors.conflict");
    await recordVersion(tx, actor, {
      recordType: "Citizen",
      recordId: c.id,
      version: data.version + 1,
      action: "VOID",
      changes: { voided: { from: false, to: true } },
      reason: data.reason,
    });
    await logAccess(tx, actor, { action: "UPDATE", recordType: "Citizen", recordId: c.id, citizenId: c.id, details: { void: true } });
    return { id: c.id };
  });
}
