// Corrects an exercise of the home programme (description, repetitions, frequency) with history
// and optimistic concurrency on the exercise's own version (ADR 0012).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import type { TUpdateExercise } from "@/lib/validation/rehab";
import { planForWriteSelect } from "./plan-rules";

/**
 * Corrects an active exercise; nothing is written when nothing changed. Loaded together with the plan id from the URL.
 * @returns the exercise id and its version after the correction.
 * @throws NotFoundError when the plan or exercise is missing or outside the therapist's write scope.
 * @throws ConflictError when the exercise changed or was removed since the form was loaded.
 */
export const updateExercise = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TUpdateExercise) => {
  const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
  const ex = await ctx.write.homeExercise.get({
    where: { id: input.exerciseId, planId: plan.id },
    select: { id: true, description: true, repetitions: true, frequency: true, version: true, removedAt: true },
  });
  // Removed meanwhile (another tab or colleague): the form the user acted on is out of date.
  if (ex.removedAt) throw new ConflictError();
  const values = { description: input.description, repetitions: input.repetitions, frequency: input.frequency };
  const changes = diffValues({ description: ex.description, repetitions: ex.repetitions, frequency: ex.frequency }, values);
  // Nothing to write (the form shows what is stored): no change, so nothing can be lost either.
  if (Object.keys(changes).length === 0) return { id: ex.id, version: ex.version };
  return ctx.saveChange("homeExercise", ex, {
    version: input.version,
    data: values,
    history: { action: "CORRECT", changes, reason: input.reason },
    audit: { citizenId: plan.citizenId, details: { planId: plan.id, fields: Object.keys(changes) } },
  });
});
