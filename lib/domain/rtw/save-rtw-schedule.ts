// The caseworker edits the week-by-week schedule (planned hours, days and pattern). Recorded
// actual hours stay; the earlier schedule stays readable in the correction history.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError } from "@/lib/domain/errors";

import { isOpenStatus } from "@/lib/rtw/plan";
import type { TSaveRtwSchedule } from "@/lib/validation/rtw";
import { applySchedule, loadRtwPlanForWrite, scheduleHistory } from "./shared";

export async function saveRtwSchedule(actor: Actor, input: TSaveRtwSchedule): Promise<{ id: string; version: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadRtwPlanForWrite(tx, actor, input.caseId, input.planId);
    if (!isOpenStatus(plan.status)) throw new DomainRuleError("rtw.errors.planClosed");
    const r = await tx.returnToWorkPlan.updateMany({ where: { id: plan.id, version: input.version }, data: { version: { increment: 1 } } });
    if (r.count !== 1) throw new DomainRuleError("errors.conflict");
    await applySchedule(tx, plan.id, plan.weeks, input.weeks);
    await recordVersion(tx, actor, {
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      version: input.version + 1,
      action: "SCHEDULE",
      changes: { weeks: { from: scheduleHistory(plan.weeks), to: scheduleHistory(input.weeks) } },
      reason: input.reason,
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      citizenId: plan.case.citizenId,
      details: { caseId: plan.caseId, weeks: input.weeks.length },
    });
    return { id: plan.id, version: input.version + 1 };
  });
}
