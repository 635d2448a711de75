// The caseworker edits the week-by-week schedule (planned hours, days and pattern). Recorded
// actual hours stay; the earlier schedule stays readable in the correction history.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { isOpenStatus } from "@/lib/rtw/plan";
import type { TSaveRtwSchedule } from "@/lib/validation/rtw";
import { applySchedule } from "./apply-schedule";
import { planForWriteSelect, planValue, scheduleHistory } from "./week-values";

/**
 * Replaces the planned weeks of an open plan (applySchedule); history "SCHEDULE" with the old and new schedule.
 * @returns the plan id and its new version.
 * @throws NotFoundError when the plan is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.planClosed" | "rtw.errors.cannotRemoveRecordedWeek";
 *   ConflictError when the plan (or a week) changed since the form was loaded.
 */
export const saveRtwSchedule = defineUseCase({ capability: "rtw.edit", notFound: "rtwPlan" }, async (ctx, input: TSaveRtwSchedule) => {
  const plan = planValue(
    await ctx.write.returnToWorkPlan.get({ where: { id: input.planId, caseId: input.caseId }, select: planForWriteSelect }),
  );
  if (!isOpenStatus(plan.status)) throw new DomainRuleError("rtw.errors.planClosed");
  return ctx.saveChange("returnToWorkPlan", plan, {
    version: input.version,
    data: {},
    childWrites: () => applySchedule(ctx, plan.id, plan.weeks, input.weeks),
    history: {
      action: "SCHEDULE",
      changes: { weeks: { from: scheduleHistory(plan.weeks), to: scheduleHistory(input.weeks) } },
      reason: input.reason,
    },
    audit: { citizenId: plan.case.citizenId, details: { caseId: plan.caseId, weeks: input.weeks.length } },
  });
});
