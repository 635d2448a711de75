// The adherence log of the home programme: one entry per plan and day. A second entry for the
// same day corrects the first (history keeps the earlier value). Future days are refused.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { adherenceDateError } from "@/lib/rehab/adherence";
import type { TRecordAdherence } from "@/lib/validation/rehab";
import { loadPlanForWrite } from "./shared";

export async function recordAdherence(
  actor: Actor,
  input: TRecordAdherence,
  now = new Date(),
): Promise<{ id: string; corrected: boolean }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const refusal = adherenceDateError(input.date, { startOn: plan.startOn, endOn: plan.endOn, today: today(now) });
    if (refusal) throw new DomainRuleError(refusal, "date");
    const existing = await tx.adherenceEntry.findUnique({
      where: { planId_date: { planId: plan.id, date: input.date } },
      select: { id: true, done: true, note: true },
    });
    if (!existing) {
      const e = await tx.adherenceEntry.create({
        data: { planId: plan.id, date: input.date, done: input.done, note: input.note },
        select: { id: true },
      });
      await logAccess(tx, actor, {
        action: "CREATE",
        recordType: "AdherenceEntry",
        recordId: e.id,
        citizenId: plan.citizenId,
        details: { planId: plan.id },
      });
      return { id: e.id, corrected: false };
    }
    const changes = diffValues({ done: existing.done, note: existing.note }, { done: input.done, note: input.note });
    if (Object.keys(changes).length > 0) {
      await tx.adherenceEntry.update({ where: { id: existing.id }, data: { done: input.done, note: input.note }, select: { id: true } });
      await recordVersion(tx, actor, {
        recordType: "AdherenceEntry",
        recordId: existing.id,
        action: "CORRECT",
        changes: { date: { from: historyValue(input.date, "day"), to: historyValue(input.date, "day") }, ...changes },
      });
      await logAccess(tx, actor, {
        action: "UPDATE",
        recordType: "AdherenceEntry",
        recordId: existing.id,
        citizenId: plan.citizenId,
        details: { planId: plan.id },
      });
    }
    return { id: existing.id, corrected: true };
  });
}
