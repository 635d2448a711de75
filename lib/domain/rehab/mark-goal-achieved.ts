// Marks a goal of a rehab plan as achieved on a day (the quick action beside the goal).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import type { TMarkGoalAchieved } from "@/lib/validation/rehab";
import { assertDayWithinPlan, planForWriteSelect } from "./plan-rules";

/**
 * Sets the goal's achieved day (between the plan's start and Danish today); history "ACHIEVED".
 * @returns the goal id and its new version.
 * @throws NotFoundError when the plan or goal is missing or outside the therapist's write scope.
 * @throws DomainRuleError "rehab.errors.goalAlreadyAchieved" | "errors.dateInFuture" |
 *   "rehab.errors.beforePlanStart" (field achievedOn); ConflictError when the goal changed since the form was loaded.
 */
export const markGoalAchieved = defineUseCase(
  { capability: "rehab.edit", notFound: "rehabPlan" },
  async (ctx, input: TMarkGoalAchieved) => {
    const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
    const goal = await ctx.write.rehabGoal.get({
      where: { id: input.goalId, planId: plan.id, voidedAt: null },
      select: { id: true, achievedOn: true, version: true },
    });
    ctx.expectVersion(goal, input.version);
    if (goal.achievedOn) throw new DomainRuleError("rehab.errors.goalAlreadyAchieved", "achievedOn");
    assertDayWithinPlan(input.achievedOn, plan, ctx.today, "achievedOn");
    return ctx.saveChange("rehabGoal", goal, {
      version: input.version,
      data: { achievedOn: input.achievedOn },
      history: { action: "ACHIEVED", changes: { achievedOn: { from: null, to: historyValue(input.achievedOn, "day") } } },
      audit: { citizenId: plan.citizenId, details: { planId: plan.id, achieved: true } },
    });
  },
);
