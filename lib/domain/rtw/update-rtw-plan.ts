// Corrects a return-to-work plan's facts and moves its status (DRAFT → ACTIVE → COMPLETED, or
// CANCELLED), with history and optimistic concurrency.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { canChangeStatus } from "@/lib/rtw/plan";
import type { TUpdateRtwPlan } from "@/lib/validation/rtw";
import { planForWriteSelect, planValue } from "./week-values";

/**
 * Corrects status, start day, employer contact and note; nothing is written when nothing changed.
 * The plan is loaded together with the case id from the URL.
 * @returns the plan id and its version after the correction.
 * @throws NotFoundError when the plan is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.statusTransition" | "rtw.errors.openPlanExists" (field status);
 *   ConflictError when the plan changed since the form was loaded.
 */
export const updateRtwPlan = defineUseCase({ capability: "rtw.edit", notFound: "rtwPlan" }, async (ctx, input: TUpdateRtwPlan) => {
  const plan = planValue(
    await ctx.write.returnToWorkPlan.get({ where: { id: input.planId, caseId: input.caseId }, select: planForWriteSelect }),
  );
  await ctx.lock("rtw-case", plan.caseId);
  if (!canChangeStatus(plan.status, input.status)) throw new DomainRuleError("rtw.errors.statusTransition", "status");
  if (input.status !== plan.status && (input.status === "ACTIVE" || input.status === "DRAFT")) {
    const other = await ctx.write.returnToWorkPlan.findFirst({
      where: { caseId: plan.caseId, id: { not: plan.id }, status: { in: ["DRAFT", "ACTIVE"] } },
      select: { id: true },
    });
    if (other) throw new DomainRuleError("rtw.errors.openPlanExists", "status");
  }
  const changes = diffValues(
    { status: plan.status, startOn: historyValue(plan.startOn, "day"), employerContact: plan.employerContact, note: plan.note },
    { status: input.status, startOn: historyValue(input.startOn, "day"), employerContact: input.employerContact, note: input.note },
  );
  if (Object.keys(changes).length === 0) return { id: plan.id, version: plan.version };
  return ctx.saveChange("returnToWorkPlan", plan, {
    version: input.version,
    data: { status: input.status, startOn: input.startOn, employerContact: input.employerContact, note: input.note },
    history: { action: changes.status ? "STATUS_CHANGE" : "CORRECT", changes, reason: input.reason },
    audit: { citizenId: plan.case.citizenId, details: { caseId: plan.caseId, fields: Object.keys(changes) } },
  });
});
