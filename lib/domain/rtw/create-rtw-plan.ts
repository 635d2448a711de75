// The caseworker sets up a graded return-to-work plan (optrapningsplan) on an open case, with a
// step-up schedule from start hours to target hours (lib/rtw/plan.ts). One open plan per case.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { loadCaseForWrite } from "@/lib/domain/cases/access";
import { lockRecord } from "@/lib/domain/rehab/shared";
import { historyValue } from "@/lib/domain/history/diff";
import { stepUpSchedule } from "@/lib/rtw/plan";
import type { TCreateRtwPlan } from "@/lib/validation/rtw";
import { scheduleHistory } from "./shared";

export async function createRtwPlan(actor: Actor, input: TCreateRtwPlan): Promise<{ id: string }> {
  if (!can(actor, "rtw.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, input.caseId);
    if (c.status === "CLOSED") throw new DomainRuleError("rtw.errors.caseClosed");
    if (input.startOn.getTime() < c.firstAbsenceDay.getTime()) throw new DomainRuleError("rtw.errors.startBeforeSickLeave", "startOn");
    await lockRecord(tx, "rtw-case", c.id);
    const open = await tx.returnToWorkPlan.findFirst({
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
    const plan = await tx.returnToWorkPlan.create({
      data: {
        organisationId: actor.organisationId,
        caseId: c.id,
        employerContact: input.employerContact,
        startOn: input.startOn,
        note: input.note,
        createdById: actor.userId,
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
    await recordVersion(tx, actor, {
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
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "ReturnToWorkPlan",
      recordId: plan.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, weeks: weeks.length },
    });
    return plan;
  });
}
