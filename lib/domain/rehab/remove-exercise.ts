// Removes an exercise from the home programme. Removal is soft (removedAt): the exercise stays in
// the plan's history and in the "removed exercises" list.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError } from "@/lib/domain/errors";
import type { TRemoveExercise } from "@/lib/validation/rehab";
import { planForWriteSelect } from "./plan-rules";

/**
 * Marks an active exercise removed (now); history "REMOVE".
 * @throws NotFoundError when the plan or exercise is missing or outside the therapist's write scope.
 * @throws ConflictError when the exercise changed or was removed since the page was loaded.
 */
export const removeExercise = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TRemoveExercise) => {
  const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
  const ex = await ctx.write.homeExercise.get({ where: { id: input.exerciseId, planId: plan.id }, select: { id: true, removedAt: true } });
  // Removed meanwhile (another tab or colleague): the page the user acted on is out of date.
  if (ex.removedAt) throw new ConflictError();
  const removedAt = ctx.now;
  await ctx.saveChange("homeExercise", ex, {
    version: input.version,
    data: { removedAt },
    history: { action: "REMOVE", changes: { removedAt: { from: null, to: removedAt.toISOString() } } },
    audit: { citizenId: plan.citizenId, details: { planId: plan.id, removed: true } },
  });
  return { id: ex.id };
});
