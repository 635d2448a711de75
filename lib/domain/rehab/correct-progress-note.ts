// Corrects a progress note (day, scores, text) with a reason. The earlier values stay readable in
// the correction history; optimistic concurrency on the note's own version (ADR 0012).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { diffValues } from "@/lib/domain/history/diff";
import type { TCorrectProgressNote } from "@/lib/validation/rehab";
import { assertDayWithinPlan, planForWriteSelect } from "./plan-rules";
import { noteHistoryValues } from "./progress-note-values";

/**
 * Corrects a note of the plan; nothing is written when nothing changed. Loaded together with the plan id from the URL.
 * @returns the note id and its version after the correction.
 * @throws NotFoundError when the plan or note is missing, voided or outside the therapist's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "rehab.errors.beforePlanStart" (field writtenOn);
 *   ConflictError when the note changed since the form was loaded.
 */
export const correctProgressNote = defineUseCase(
  { capability: "rehab.edit", notFound: "rehabPlan" },
  async (ctx, input: TCorrectProgressNote) => {
    const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
    const note = await ctx.write.progressNote.get({
      where: { id: input.noteId, planId: plan.id, voidedAt: null },
      select: { id: true, writtenOn: true, text: true, selfRatedHealth: true, pain: true, workAbility: true, version: true },
    });
    assertDayWithinPlan(input.writtenOn, plan, ctx.today, "writtenOn");
    const changes = diffValues(noteHistoryValues(note), noteHistoryValues(input));
    // Nothing to write (the form shows what is stored): no change, so nothing can be lost either.
    if (Object.keys(changes).length === 0) return { id: note.id, version: note.version };
    const { writtenOn, text, selfRatedHealth, pain, workAbility } = input;
    return ctx.saveChange("progressNote", note, {
      version: input.version,
      data: { writtenOn, text, selfRatedHealth, pain, workAbility },
      history: { action: "CORRECT", changes, reason: input.reason },
      audit: { citizenId: plan.citizenId, details: { planId: plan.id, fields: Object.keys(changes) } },
    });
  },
);
