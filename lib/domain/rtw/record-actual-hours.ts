// Records the hours the citizen actually worked in a week of the plan (corrections keep history).
// Not for weeks that have not started yet, and not on a draft or cancelled plan. The weeks are part
// of the plan: the form carries the plan's version (ADR 0012), so a stale tab cannot overwrite.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import { weekStartOn } from "@/lib/rtw/plan";
import type { TRecordActualHours } from "@/lib/validation/rtw";
import { planForWriteSelect, planValue } from "./week-values";

/**
 * Sets a started week's actual hours (hours per week, half hours) and note; history "ACTUAL_HOURS"
 * on the plan. Nothing is written when nothing changed.
 * @returns the week id and the plan's version after the change.
 * @throws NotFoundError when the plan or week is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.planNotActive" | "rtw.errors.weekInFuture" (field actualHours);
 *   ConflictError when the plan changed since the form was loaded.
 */
export const recordActualHours = defineUseCase({ capability: "rtw.edit", notFound: "rtwPlan" }, async (ctx, input: TRecordActualHours) => {
  const plan = planValue(
    await ctx.write.returnToWorkPlan.get({ where: { id: input.planId, caseId: input.caseId }, select: planForWriteSelect }),
  );
  if (plan.status === "CANCELLED" || plan.status === "DRAFT") throw new DomainRuleError("rtw.errors.planNotActive");
  const week = plan.weeks.find((w) => w.weekNumber === input.weekNumber);
  if (!week) throw new NotFoundError("rtwWeek");
  if (weekStartOn(plan.startOn, week.weekNumber).getTime() > ctx.today.getTime())
    throw new DomainRuleError("rtw.errors.weekInFuture", "actualHours");
  const changes = diffValues({ actualHours: week.actualHours, note: week.note }, { actualHours: input.actualHours, note: input.note });
  // Nothing to write (the form shows what is stored): no change, so nothing can be lost either.
  if (Object.keys(changes).length === 0) return { id: week.id, version: plan.version };
  const { version } = await ctx.saveChange("returnToWorkPlan", plan, {
    version: input.version,
    data: {},
    childWrites: () =>
      ctx.write.rtwWeek.updateMany({ where: { id: week.id, planId: plan.id }, data: { actualHours: input.actualHours, note: input.note } }),
    history: { action: "ACTUAL_HOURS", changes: { week: { from: week.weekNumber, to: week.weekNumber }, ...changes } },
    audit: { citizenId: plan.case.citizenId, details: { caseId: plan.caseId, week: week.weekNumber } },
  });
  return { id: week.id, version };
});
