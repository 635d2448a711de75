// Corrects a return-to-work plan's facts and moves its status (DRAFT → ACTIVE → COMPLETED, or
// CANCELLED), with history and optimistic concurrency.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";

import { canChangeStatus } from "@/lib/rtw/plan";
import type { TUpdateRtwPlan } from "@/lib/validation/rtw";
import { loadRtwPlanForWrite } from "./shared";

export async function updateRtwPlan(actor: Actor, input: TUpdateRtwPlan): Promise<{ id: string; version: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadRtwPlanForWrite(tx, actor, input.caseId, input.planId);
    if (!canChangeStatus(plan.status, input.status)) throw new DomainRuleError("rtw.errors.statusTransition", "status");
    if (input.status !== plan.status && (input.status === "ACTIVE" || input.status === "DRAFT")) {
      const other = await tx.returnToWorkPlan.findFirst({
        where: { caseId: plan.caseId, id: { not: plan.id }, status: { in: ["DRAFT", "ACTIVE"] } },
        select: { id: true },
      });
      if (other) throw new DomainRuleError("rtw.errors.openPlanExists", "status");
    }
    const changes = diffValues(
      { status: plan.status, startOn: historyValue(plan.startOn, "day"), employerContact: plan.employerContact, note: plan.note },
      { status: input.status, startOn: historyValue(input.startOn, "day"), employerContact: input.employerContact, note: input.note },
    );
    if (Object.keys(changes).length === 0) return { id: plan.id, version: plan.version };
    const r = await tx.returnToWorkPlan.updateMany({
      where: { id: plan.id, version: input.version },
      data: {
        status: input.status,
        startOn: input.startOn,
        employerContact: input.employerContact,
        note: input.note,
        version: { increment: 1 },
      },
    });
    if (r.count !== 1) throw new DomainRuleError("errors.conflict");
    await recordVersion(tx, actor, {
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      version: input.version + 1,
      action: changes.status ? "STATUS_CHANGE" : "CORRECT",
      changes,
      reason: input.reason,
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      citizenId: plan.case.citizenId,
      details: { caseId: plan.caseId, fields: Object.keys(changes) },
    });
    return { id: plan.id, version: input.version + 1 };
  });
}
