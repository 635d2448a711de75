// Corrects a rehab plan's facts (condition, body region, package, dates) with history and
// optimistic concurrency: a stale form gets "errors.conflict" and nothing is written.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TUpdateRehabPlan } from "@/lib/validation/rehab";
import { loadPlanForWrite } from "./shared";

export async function updateRehabPlan(actor: Actor, input: TUpdateRehabPlan): Promise<{ id: string; version: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const before = await tx.rehabPlan.findUniqueOrThrow({
      where: { id: plan.id },
      select: { condition: true, bodyRegion: true, standardPackage: true, startOn: true, endOn: true },
    });
    const changes = diffValues(
      {
        condition: before.condition,
        bodyRegion: before.bodyRegion,
        standardPackage: before.standardPackage,
        startOn: historyValue(before.startOn, "day"),
        endOn: historyValue(before.endOn, "day"),
      },
      {
        condition: input.condition,
        bodyRegion: input.bodyRegion,
        standardPackage: input.standardPackage,
        startOn: historyValue(input.startOn, "day"),
        endOn: historyValue(input.endOn, "day"),
      },
    );
    if (Object.keys(changes).length === 0) return { id: plan.id, version: plan.version };
    const r = await tx.rehabPlan.updateMany({
      where: { id: plan.id, version: input.version, voidedAt: null },
      data: {
        condition: input.condition,
        bodyRegion: input.bodyRegion,
        standardPackage: input.standardPackage,
        startOn: input.startOn,
        endOn: input.endOn,
        version: { increment: 1 },
      },
    });
    if (r.count !== 1) throw new DomainRuleError("errors.conflict");
    await recordVersion(tx, actor, {
      recordType: "RehabPlan",
      recordId: plan.id,
      version: input.version + 1,
      action: "CORRECT",
      changes,
      reason: input.reason,
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "RehabPlan",
      recordId: plan.id,
      citizenId: plan.citizenId,
      details: { fields: Object.keys(changes) },
    });
    return { id: plan.id, version: input.version + 1 };
  });
}
