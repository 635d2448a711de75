// Shared steps of the return-to-work use cases: loading a plan through the policy's scope
// together with the case id from the URL, and applying a schedule with history.
import type { Actor } from "@/lib/auth/policy";
import { can, rtwPlanScope } from "@/lib/auth/policy";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { lockRecord, type Tx } from "@/lib/domain/rehab/shared";
import type { RtwStatus, RtwWeekDraft } from "@/lib/rtw/plan";

export const planWriteSelect = {
  id: true,
  caseId: true,
  status: true,
  startOn: true,
  version: true,
  employerContact: true,
  note: true,
  case: { select: { citizenId: true } },
  weeks: {
    where: { removedAt: null },
    orderBy: { weekNumber: "asc" as const },
    select: { id: true, weekNumber: true, plannedHours: true, plannedDays: true, pattern: true, actualHours: true, note: true },
  },
};

/** The plan on this case, if the actor may write it (caseworker of the case's jobcenter); locked for the transaction. */
export async function loadRtwPlanForWrite(tx: Tx, actor: Actor, caseId: string, planId: string) {
  if (!can(actor, "rtw.edit")) throw new NotFoundError("rtwPlan");
  const plan = await tx.returnToWorkPlan.findFirst({
    where: { AND: [rtwPlanScope(actor, "write"), { id: planId, caseId }] },
    select: planWriteSelect,
  });
  if (!plan) throw new NotFoundError("rtwPlan");
  await lockRecord(tx, "rtwPlan", plan.id);
  return { ...plan, status: plan.status as RtwStatus, weeks: plan.weeks.map(weekValue) };
}

type WeekRow = {
  id: string;
  weekNumber: number;
  plannedHours: { toNumber(): number };
  plannedDays: number;
  pattern: string | null;
  actualHours: { toNumber(): number } | null;
  note: string | null;
};

export function weekValue(w: WeekRow) {
  return {
    id: w.id,
    weekNumber: w.weekNumber,
    plannedHours: w.plannedHours.toNumber(),
    plannedDays: w.plannedDays,
    pattern: w.pattern,
    actualHours: w.actualHours === null ? null : w.actualHours.toNumber(),
    note: w.note,
  };
}

export type WeekValue = ReturnType<typeof weekValue>;

/** JSON form of a schedule for the correction history. */
export function scheduleHistory(
  weeks: readonly { weekNumber: number; plannedHours: number; plannedDays: number; pattern: string | null; actualHours?: number | null }[],
) {
  return weeks.map((w) => ({
    week: w.weekNumber,
    plannedHours: w.plannedHours,
    plannedDays: w.plannedDays,
    pattern: w.pattern,
    ...(w.actualHours !== undefined && w.actualHours !== null ? { actualHours: w.actualHours } : {}),
  }));
}

/**
 * Replaces the planned part of the schedule (hours, days, pattern) and keeps recorded actual hours.
 * Weeks beyond the new length are removed, unless actual hours were recorded for them.
 */
export async function applySchedule(
  tx: Tx,
  planId: string,
  current: readonly WeekValue[],
  next: readonly RtwWeekDraft[],
  field = "plannedHours",
): Promise<void> {
  const removed = current.filter((w) => w.weekNumber > next.length);
  if (removed.some((w) => w.actualHours !== null)) throw new DomainRuleError("rtw.errors.cannotRemoveRecordedWeek", field);
  // Soft removal: nothing is hard-deleted; the earlier schedule also stays in the plan's history.
  if (removed.length)
    await tx.rtwWeek.updateMany({ where: { planId, id: { in: removed.map((w) => w.id) } }, data: { removedAt: new Date() } });
  for (const w of next) {
    await tx.rtwWeek.upsert({
      where: { planId_weekNumber: { planId, weekNumber: w.weekNumber } },
      create: { planId, weekNumber: w.weekNumber, plannedHours: w.plannedHours, plannedDays: w.plannedDays, pattern: w.pattern },
      update: { plannedHours: w.plannedHours, plannedDays: w.plannedDays, pattern: w.pattern, removedAt: null },
      select: { id: true },
    });
  }
}
