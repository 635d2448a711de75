// Work-oriented goals of a rehab plan ("gå 1 km uden smerter", "løfte 10 kg"): add, correct
// (with history) and mark achieved. Goals are always loaded together with the plan id from the URL.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TAddGoal, TMarkGoalAchieved, TUpdateGoal } from "@/lib/validation/rehab";
import { loadPlanForWrite, type Tx } from "./shared";

export const MAX_GOALS = 20;

export async function addGoal(actor: Actor, input: TAddGoal): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const count = await tx.rehabGoal.count({ where: { planId: plan.id, voidedAt: null } });
    if (count >= MAX_GOALS) throw new DomainRuleError("rehab.errors.tooManyGoals", "text");
    const goal = await tx.rehabGoal.create({
      data: { planId: plan.id, text: input.text, baseline: input.baseline, target: input.target, position: count + 1 },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "RehabGoal",
      recordId: goal.id,
      version: 1,
      action: "CREATE",
      changes: {
        text: { from: null, to: input.text },
        baseline: { from: null, to: input.baseline },
        target: { from: null, to: input.target },
      },
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "RehabGoal",
      recordId: goal.id,
      citizenId: plan.citizenId,
      details: { planId: plan.id },
    });
    return goal;
  });
}

async function loadGoal(tx: Tx, planId: string, goalId: string) {
  const goal = await tx.rehabGoal.findFirst({
    where: { id: goalId, planId, voidedAt: null },
    select: { id: true, text: true, baseline: true, target: true, achievedOn: true },
  });
  if (!goal) throw new NotFoundError("rehabGoal");
  return goal;
}

function checkAchievedOn(achievedOn: Date | null, startOn: Date, now: Date) {
  if (!achievedOn) return;
  if (achievedOn.getTime() > today(now).getTime()) throw new DomainRuleError("errors.dateInFuture", "achievedOn");
  if (achievedOn.getTime() < startOn.getTime()) throw new DomainRuleError("rehab.errors.beforePlanStart", "achievedOn");
}

export async function updateGoal(actor: Actor, input: TUpdateGoal, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const goal = await loadGoal(tx, plan.id, input.goalId);
    checkAchievedOn(input.achievedOn, plan.startOn, now);
    const changes = diffValues(
      { text: goal.text, baseline: goal.baseline, target: goal.target, achievedOn: historyValue(goal.achievedOn, "day") },
      { text: input.text, baseline: input.baseline, target: input.target, achievedOn: historyValue(input.achievedOn, "day") },
    );
    if (Object.keys(changes).length === 0) return { id: goal.id };
    await tx.rehabGoal.update({
      where: { id: goal.id },
      data: { text: input.text, baseline: input.baseline, target: input.target, achievedOn: input.achievedOn },
      select: { id: true },
    });
    await recordVersion(tx, actor, { recordType: "RehabGoal", recordId: goal.id, action: "CORRECT", changes, reason: input.reason });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "RehabGoal",
      recordId: goal.id,
      citizenId: plan.citizenId,
      details: { planId: plan.id, fields: Object.keys(changes) },
    });
    return { id: goal.id };
  });
}

export async function markGoalAchieved(actor: Actor, input: TMarkGoalAchieved, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const goal = await loadGoal(tx, plan.id, input.goalId);
    if (goal.achievedOn) throw new DomainRuleError("rehab.errors.goalAlreadyAchieved", "achievedOn");
    checkAchievedOn(input.achievedOn, plan.startOn, now);
    await tx.rehabGoal.update({ where: { id: goal.id }, data: { achievedOn: input.achievedOn }, select: { id: true } });
    await recordVersion(tx, actor, {
      recordType: "RehabGoal",
      recordId: goal.id,
      action: "ACHIEVED",
      changes: { achievedOn: { from: null, to: historyValue(input.achievedOn, "day") } },
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "RehabGoal",
      recordId: goal.id,
      citizenId: plan.citizenId,
      details: { planId: plan.id, achieved: true },
    });
    return { id: goal.id };
  });
}
