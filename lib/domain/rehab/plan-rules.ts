// Rules shared by the rehab-plan use cases (not use cases themselves): what a plan is loaded with
// for a write, and the date checks of goals and notes.
import { DomainRuleError } from "@/lib/domain/errors";

/** The plan fields every write to a plan or its records needs (ctx.write.rehabPlan.get). */
export const planForWriteSelect = { id: true, citizenId: true, startOn: true, endOn: true, version: true } as const;

/** Goals per plan: enough for a work-oriented plan, few enough to stay a plan (SPEC journey 2). */
export const MAX_GOALS = 20;

/**
 * A day recorded on a plan (goal achieved, note written) lies between the plan's start and Danish
 * today. `field` names the form field of the error.
 * @throws DomainRuleError "errors.dateInFuture" | "rehab.errors.beforePlanStart"
 */
export function assertDayWithinPlan(day: Date | null, plan: { startOn: Date }, today: Date, field: string): void {
  if (!day) return;
  if (day.getTime() > today.getTime()) throw new DomainRuleError("errors.dateInFuture", field);
  if (day.getTime() < plan.startOn.getTime()) throw new DomainRuleError("rehab.errors.beforePlanStart", field);
}
