// A step shared by saving a schedule and accepting a proposal (not a use case): replace the
// planned part of a plan's weeks. The plan itself was loaded through the write scope and its
// version checked by the calling use case.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { RtwWeekDraft } from "@/lib/rtw/plan";
import type { WeekValue } from "./week-values";

/**
 * Replaces the planned part of the schedule (hours, days, pattern) and keeps recorded actual hours.
 * Weeks beyond the new length are soft-removed (removedAt), unless actual hours were recorded for them.
 * @throws DomainRuleError "rtw.errors.cannotRemoveRecordedWeek" (on `field`).
 */
export async function applySchedule(
  ctx: UseCaseContext,
  planId: string,
  current: readonly WeekValue[],
  next: readonly RtwWeekDraft[],
  field = "plannedHours",
): Promise<void> {
  const removed = current.filter((w) => w.weekNumber > next.length);
  if (removed.some((w) => w.actualHours !== null)) throw new DomainRuleError("rtw.errors.cannotRemoveRecordedWeek", field);
  // Soft removal: nothing is hard-deleted; the earlier schedule also stays in the plan's history.
  if (removed.length)
    await ctx.write.rtwWeek.updateMany({ where: { planId, id: { in: removed.map((w) => w.id) } }, data: { removedAt: ctx.now } });
  for (const w of next) {
    await ctx.tx.rtwWeek.upsert({
      where: { planId_weekNumber: { planId, weekNumber: w.weekNumber } },
      create: { planId, weekNumber: w.weekNumber, plannedHours: w.plannedHours, plannedDays: w.plannedDays, pattern: w.pattern },
      update: { plannedHours: w.plannedHours, plannedDays: w.plannedDays, pattern: w.pattern, removedAt: null },
      select: { id: true },
    });
  }
}
