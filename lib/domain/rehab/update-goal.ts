// Corrects a goal of a rehab plan (text, baseline, target, achieved day) with history and
// optimistic concurrency on the goal's own version (ADR 0012).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TUpdateGoal } from "@/lib/validation/rehab";
import { assertDayWithinPlan, planForWriteSelect } from "./plan-rules";

/**
 * Corrects a goal; nothing is written when nothing changed. The goal is loaded together with the
 * plan id from the URL.
 * @returns the goal id and its version after the correction.
 * @throws NotFoundError when the plan or goal is missing or outside the therapist's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "rehab.errors.beforePlanStart" (field achievedOn);
 *   ConflictError when the goal changed since the form was loaded.
 */
export const updateGoal = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TUpdateGoal) => {
  const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
  const goal = await ctx.write.rehabGoal.get({
    where: { id: input.goalId, planId: plan.id, voidedAt: null },
    select: { id: true, text: true, baseline: true, target: true, achievedOn: true, version: true },
  });
  assertDayWithinPlan(input.achievedOn, plan, ctx.today, "achievedOn");
  const changes = diffValues(
    { text: goal.text, baseline: goal.baseline, target: goal.target, achievedOn: historyValue(goal.achievedOn, "day") },
    { text: input.text, baseline: input.baseline, target: input.target, achievedOn: historyValue(input.achievedOn, "day") },
  );
  // Nothing to write (the form shows what is stored): no change, so nothing can be lost either.
  if (Object.keys(changes).length === 0) return { id: goal.id, version: goal.version };
  return ctx.saveChange("rehabGoal", goal, {
    version: input.version,
    data: { text: input.text, baseline: input.baseline, target: input.target, achievedOn: input.achievedOn },
    history: { action: "CORRECT", changes, reason: input.reason },
    audit: { citizenId: plan.citizenId, details: { planId: plan.id, fields: Object.keys(changes) } },
  });
});
