// The adherence log of the home programme: one entry per plan and day. A second entry for the
// same day corrects the first (history keeps the earlier value). Future days are refused.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { adherenceDateError } from "@/lib/rehab/adherence";
import type { TRecordAdherence } from "@/lib/validation/rehab";
import { planForWriteSelect } from "./plan-rules";

/**
 * Records whether the home programme was done on a day (within the plan, not in the future).
 * `input.version` is the version of that day's entry the form showed, 0 for none (ADR 0012).
 * @returns the entry id and whether an existing entry was corrected.
 * @throws NotFoundError when the plan is missing or outside the therapist's write scope.
 * @throws DomainRuleError from adherenceDateError (field date); ConflictError when the day's entry
 *   was recorded or changed since the form was loaded.
 */
export const recordAdherence = defineUseCase(
  { capability: "rehab.edit", notFound: "rehabPlan" },
  async (ctx, input: TRecordAdherence): Promise<{ id: string; corrected: boolean }> => {
    const plan = await ctx.write.rehabPlan.get({ where: { id: input.planId }, select: planForWriteSelect });
    // One entry per day: serialise writes to the plan's log (the unique index is the last line of defence).
    await ctx.lock("rehabPlan", plan.id);
    const refusal = adherenceDateError(input.date, { startOn: plan.startOn, endOn: plan.endOn, today: ctx.today });
    if (refusal) throw new DomainRuleError(refusal, "date");
    const existing = await ctx.write.adherenceEntry.findFirst({
      where: { planId: plan.id, date: input.date },
      select: { id: true, done: true, note: true, version: true },
    });
    if (!existing) {
      // A new day's entry overwrites nothing, whatever version the form had for the day.
      const e = await ctx.tx.adherenceEntry.create({
        data: { planId: plan.id, date: input.date, done: input.done, note: input.note },
        select: { id: true },
      });
      await ctx.audit.created({ recordType: "AdherenceEntry", recordId: e.id, citizenId: plan.citizenId, details: { planId: plan.id } });
      return { id: e.id, corrected: false };
    }
    const changes = diffValues({ done: existing.done, note: existing.note }, { done: input.done, note: input.note });
    // Same values as stored: nothing to write and nothing to lose.
    if (Object.keys(changes).length === 0) return { id: existing.id, corrected: true };
    // Version 0 ("no entry when the form loaded") never matches a stored entry: ConflictError.
    const day = historyValue(input.date, "day");
    await ctx.saveChange("adherenceEntry", existing, {
      version: input.version,
      data: { done: input.done, note: input.note },
      history: { action: "CORRECT", changes: { date: { from: day, to: day }, ...changes } },
      audit: { citizenId: plan.citizenId, details: { planId: plan.id } },
    });
    return { id: existing.id, corrected: true };
  },
);
