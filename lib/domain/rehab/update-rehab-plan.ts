// Corrects a rehab plan's facts (condition, body region, package, dates) with history and
// optimistic concurrency: a stale form gets "errors.conflict" and nothing is written.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TUpdateRehabPlan } from "@/lib/validation/rehab";

/**
 * Corrects the plan's facts; nothing is written when nothing changed.
 * @returns the plan id and its version after the correction.
 * @throws NotFoundError when the plan is missing or outside the therapist's write scope.
 * @throws ConflictError when the plan changed since the form was loaded.
 */
export const updateRehabPlan = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TUpdateRehabPlan) => {
  const plan = await ctx.write.rehabPlan.get({
    where: { id: input.planId },
    select: {
      id: true,
      citizenId: true,
      version: true,
      condition: true,
      bodyRegion: true,
      standardPackage: true,
      startOn: true,
      endOn: true,
    },
  });
  const values = (p: { condition: string; bodyRegion: string; standardPackage: string | null; startOn: Date; endOn: Date | null }) => ({
    condition: p.condition,
    bodyRegion: p.bodyRegion,
    standardPackage: p.standardPackage,
    startOn: historyValue(p.startOn, "day"),
    endOn: historyValue(p.endOn, "day"),
  });
  const changes = diffValues(values(plan), values(input));
  if (Object.keys(changes).length === 0) return { id: plan.id, version: plan.version };
  const { condition, bodyRegion, standardPackage, startOn, endOn } = input;
  return ctx.saveChange("rehabPlan", plan, {
    version: input.version,
    data: { condition, bodyRegion, standardPackage, startOn, endOn },
    history: { action: "CORRECT", changes, reason: input.reason },
    audit: { citizenId: plan.citizenId, details: { fields: Object.keys(changes) } },
  });
});
