// Corrects the registered facts of a case (first absence day, diagnosis) with a reason.
// The first status row (ACTIVE from the first absence day) follows a corrected first absence day,
// and the change is recorded in the case's history.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TCorrectCase } from "@/lib/validation/cases";
import { startOfDanishDay } from "@/lib/time";
import { caseWriteSelect } from "./case-rules";

/**
 * Corrects first absence day (a Danish calendar day, not in the future, not after a later status
 * change or a held follow-up), diagnosis group and detail, with a reason.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "cases.errors.noChanges" | "errors.dateInFuture" | "cases.errors.absenceAfterStatusChange" |
 *   "cases.errors.absenceAfterFollowUp"; ConflictError on a stale version.
 */
export const correctCase = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TCorrectCase): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    const changes = diffValues(
      { firstAbsenceDay: historyValue(c.firstAbsenceDay, "day"), diagnosisGroup: c.diagnosisGroup, diagnosisDetail: c.diagnosisDetail },
      {
        firstAbsenceDay: historyValue(data.firstAbsenceDay, "day"),
        diagnosisGroup: data.diagnosisGroup,
        diagnosisDetail: data.diagnosisDetail,
      },
    );
    if (Object.keys(changes).length === 0) throw new DomainRuleError("cases.errors.noChanges");
    if (changes.firstAbsenceDay) {
      if (data.firstAbsenceDay > ctx.today) throw new DomainRuleError("errors.dateInFuture", "firstAbsenceDay");
      const statusRows = await ctx.read.caseStatusChange.findMany({
        where: { caseId: c.id },
        orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, effectiveOn: true },
      });
      const [first, ...later] = statusRows;
      if (later.some((s) => s.effectiveOn < data.firstAbsenceDay))
        throw new DomainRuleError("cases.errors.absenceAfterStatusChange", "firstAbsenceDay");
      // Held before the new first absence day began in Denmark (00:30 Danish time on that day is on it).
      const heldBefore = await ctx.read.followUp.findFirst({
        where: { caseId: c.id, voidedAt: null, status: "HELD", heldAt: { lt: startOfDanishDay(data.firstAbsenceDay) } },
        select: { id: true },
      });
      if (heldBefore) throw new DomainRuleError("cases.errors.absenceAfterFollowUp", "firstAbsenceDay");
      if (first && first.effectiveOn.getTime() === c.firstAbsenceDay.getTime()) {
        await ctx.write.caseStatusChange.updateMany({ where: { id: first.id }, data: { effectiveOn: data.firstAbsenceDay } });
      }
    }
    ctx.caseChanged(c.id);
    return ctx.saveChange("sickLeaveCase", c, {
      version: data.version,
      data: { firstAbsenceDay: data.firstAbsenceDay, diagnosisGroup: data.diagnosisGroup, diagnosisDetail: data.diagnosisDetail },
      history: { action: "CORRECT", changes, reason: data.reason },
      audit: { citizenId: c.citizenId, details: { fields: Object.keys(changes) } },
    });
  },
);
