// A work-oriented goal of a rehab plan ("gå 1 km uden smerter", "løfte 10 kg").
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TAddGoal } from "@/lib/validation/rehab";
import { MAX_GOALS, planForWriteSelect } from "./plan-rules";

/**
 * Adds a goal (text, baseline, target) to the plan, at the end of the list; history "CREATE".
 * The plan is locked so that simultaneous additions count right.
 * @throws NotFoundError when the plan is missing or outside the therapist's write scope.
 * @throws DomainRuleError "rehab.errors.tooManyGoals" (field text) at MAX_GOALS goals.
 */
export const addGoal = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TAddGoal) => {
  const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
  await ctx.lock("rehabPlan", plan.id);
  const count = await ctx.write.rehabGoal.count({ where: { planId: plan.id, voidedAt: null } });
  if (count >= MAX_GOALS) throw new DomainRuleError("rehab.errors.tooManyGoals", "text");
  const goal = await ctx.tx.rehabGoal.create({
    data: { planId: plan.id, text: input.text, baseline: input.baseline, target: input.target, position: count + 1 },
    select: { id: true },
  });
  await ctx.recordCreated("rehabGoal", goal, {
    values: { text: input.text, baseline: input.baseline, target: input.target },
    audit: { citizenId: plan.citizenId, details: { planId: plan.id } },
  });
  return goal;
});
