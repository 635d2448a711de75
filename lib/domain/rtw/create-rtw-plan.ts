// The caseworker sets up a graded return-to-work plan (optrapningsplan) on an open case, with a
// step-up schedule from start hours to target hours (lib/rtw/plan.ts). One open plan per case.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import { stepUpSchedule } from "@/lib/rtw/plan";
import type { TCreateRtwPlan } from "@/lib/validation/rtw";
import { scheduleHistory } from "./week-values";

/**
 * Creates a DRAFT plan with its weeks (stepUpSchedule) on the caseworker's case; history "CREATE".
 * The case is locked so that two requests cannot both create the one open plan.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.caseClosed" | "rtw.errors.openPlanExists" | "rtw.errors.startBeforeSickLeave" (field startOn).
 */
export const createRtwPlan = defineUseCase({ capability: "rtw.edit", notFound: "case" }, async (ctx, input: TCreateRtwPlan) => {
  const c = await ctx.write.sickLeaveCase.get({
    where: { id: input.caseId },
    select: { id: true, citizenId: true, status: true, firstAbsenceDay: true },
  });
  if (c.status === "CLOSED") throw new DomainRuleError("rtw.errors.caseClosed");
  if (input.startOn.getTime() < c.firstAbsenceDay.getTime()) throw new DomainRuleError("rtw.errors.startBeforeSickLeave", "startOn");
  await ctx.lock("rtw-case", c.id);
  const open = await ctx.write.returnToWorkPlan.findFirst({
    where: { caseId: c.id, status: { in: ["DRAFT", "ACTIVE"] } },
    select: { id: true },
  });
  if (open) throw new DomainRuleError("rtw.errors.openPlanExists");
  const weeks = stepUpSchedule({
    startHours: input.startHours,
    targetHours: input.targetHours,
    weeks: input.weeks,
    startDays: input.startDays,
    targetDays: input.targetDays,
  });
  const plan = await ctx.tx.returnToWorkPlan.create({
    data: {
      organisationId: ctx.actor.organisationId,
      caseId: c.id,
      employerContact: input.employerContact,
      startOn: input.startOn,
      note: input.note,
      createdById: ctx.actor.userId,
      weeks: {
        create: weeks.map((w) => ({
          weekNumber: w.weekNumber,
          plannedHours: w.plannedHours,
          plannedDays: w.plannedDays,
          pattern: w.pattern,
        })),
      },
    },
    select: { id: true },
  });
  await ctx.history.record({
    recordType: "ReturnToWorkPlan",
    recordId: plan.id,
    version: 1,
    action: "CREATE",
    changes: {
      status: { from: null, to: "DRAFT" },
      startOn: { from: null, to: historyValue(input.startOn, "day") },
      employerContact: { from: null, to: input.employerContact },
      weeks: { from: null, to: scheduleHistory(weeks) },
    },
  });
  await ctx.audit.created({
    recordType: "ReturnToWorkPlan",
    recordId: plan.id,
    citizenId: c.citizenId,
    details: { caseId: c.id, weeks: weeks.length },
  });
  return plan;
});
