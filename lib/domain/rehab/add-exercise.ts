// The home programme: at most five active exercises (lib/rehab/home-programme.ts), enforced here
// inside the transaction with the plan locked, so that two simultaneous additions cannot make six.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { addExerciseError } from "@/lib/rehab/home-programme";
import type { TAddExercise } from "@/lib/validation/rehab";
import { planForWriteSelect } from "./plan-rules";

/**
 * Adds an exercise (description, repetitions, frequency) at the end of the home programme; history "CREATE".
 * @throws NotFoundError when the plan is missing or outside the therapist's write scope.
 * @throws DomainRuleError "rehab.errors.tooManyExercises" (field description) at five active exercises (report 003, tiltag 4).
 */
export const addExercise = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TAddExercise) => {
  const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
  await ctx.lock("rehabPlan", plan.id);
  const active = await ctx.write.homeExercise.count({ where: { planId: plan.id, removedAt: null } });
  const refusal = addExerciseError(active);
  if (refusal) throw new DomainRuleError(refusal, "description");
  const last = await ctx.write.homeExercise.findFirst({
    where: { planId: plan.id },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const ex = await ctx.tx.homeExercise.create({
    data: {
      planId: plan.id,
      description: input.description,
      repetitions: input.repetitions,
      frequency: input.frequency,
      position: (last?.position ?? 0) + 1,
    },
    select: { id: true },
  });
  await ctx.recordCreated("homeExercise", ex, {
    values: { description: input.description, repetitions: input.repetitions, frequency: input.frequency },
    audit: { citizenId: plan.citizenId, details: { planId: plan.id } },
  });
  return ex;
});
