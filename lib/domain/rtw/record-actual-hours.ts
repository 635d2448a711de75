// Records the hours the citizen actually worked in a week of the plan (corrections keep history).
// Not for weeks that have not started yet, and not on a cancelled plan.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";

import { weekStartOn } from "@/lib/rtw/plan";
import type { TRecordActualHours } from "@/lib/validation/rtw";
import { loadRtwPlanForWrite } from "./shared";

export async function recordActualHours(actor: Actor, input: TRecordActualHours, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadRtwPlanForWrite(tx, actor, input.caseId, input.planId);
    if (plan.status === "CANCELLED" || plan.status === "DRAFT") throw new DomainRuleError("rtw.errors.planNotActive");
    const week = plan.weeks.find((w) => w.weekNumber === input.weekNumber);
    if (!week) throw new NotFoundError("rtwWeek");
    if (weekStartOn(plan.startOn, week.weekNumber).getTime() > today(now).getTime())
      throw new DomainRuleError("rtw.errors.weekInFuture", "actualHours");
    const changes = diffValues({ actualHours: week.actualHours, note: week.note }, { actualHours: input.actualHours, note: input.note });
    if (Object.keys(changes).length === 0) return { id: week.id };
    await tx.rtwWeek.update({ where: { id: week.id }, data: { actualHours: input.actualHours, note: input.note }, select: { id: true } });
    await tx.returnToWorkPlan.update({ where: { id: plan.id }, data: { version: { increment: 1 } }, select: { id: true } });
    await recordVersion(tx, actor, {
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      version: plan.version + 1,
      action: "ACTUAL_HOURS",
      changes: { week: { from: week.weekNumber, to: week.weekNumber }, ...changes },
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      citizenId: plan.case.citizenId,
      details: { caseId: plan.caseId, week: week.weekNumber },
    });
    return { id: week.id };
  });
}
