// A progress note with outcome scores: self-rated health 1–5, pain 0–10, work ability 0–10.
// Written on a day that is not in the future and not before the plan started.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { creationValues } from "@/lib/domain/history/diff";
import type { TAddProgressNote } from "@/lib/validation/rehab";
import { assertDayWithinPlan, planForWriteSelect } from "./plan-rules";
import { noteHistoryValues } from "./progress-note-values";

/**
 * Adds a progress note to the plan; history "CREATE" (day and scores).
 * @throws NotFoundError when the plan is missing or outside the therapist's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "rehab.errors.beforePlanStart" (field writtenOn).
 */
export const addProgressNote = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TAddProgressNote) => {
  const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
  assertDayWithinPlan(input.writtenOn, plan, ctx.today, "writtenOn");
  const note = await ctx.tx.progressNote.create({
    data: {
      planId: plan.id,
      authorId: ctx.actor.userId,
      writtenOn: input.writtenOn,
      text: input.text,
      selfRatedHealth: input.selfRatedHealth,
      pain: input.pain,
      workAbility: input.workAbility,
    },
    select: { id: true },
  });
  // The creation entry keeps the day and the scores; the text is the note itself.
  const { writtenOn, selfRatedHealth, pain, workAbility } = noteHistoryValues(input);
  await ctx.history.record({
    recordType: "ProgressNote",
    recordId: note.id,
    version: 1,
    action: "CREATE",
    changes: creationValues({ writtenOn, selfRatedHealth, pain, workAbility }),
  });
  await ctx.audit.created({ recordType: "ProgressNote", recordId: note.id, citizenId: plan.citizenId, details: { planId: plan.id } });
  return note;
});
