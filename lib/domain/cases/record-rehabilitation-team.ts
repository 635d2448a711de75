// Records a day the rehabilitation team dealt with the case (rehabiliteringsteam, sygedagpengeloven
// § 13 d, stk. 3). Under the 2014 rules a category 3 case must be presented within 4 weeks of its
// visitation; a presentation on or after that visitation meets the deadline.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { historyValue } from "@/lib/domain/history/diff";
import type { TRecordRehabilitationTeam } from "@/lib/validation/case-rules";
import { addCaseFact, assertCaseDay, assertCaseOpen, caseWriteSelect } from "./case-rules";

/**
 * Stores the presentation on `presentedOn` (a Danish calendar day, not in the future, not before the first absence day).
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" | "cases.errors.caseClosed"; ConflictError on a stale version.
 */
export const recordRehabilitationTeam = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TRecordRehabilitationTeam): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    assertCaseOpen(c);
    assertCaseDay(ctx, c, data.presentedOn, "presentedOn");
    return addCaseFact(ctx, c, data.version, {
      recordType: "RehabilitationTeamPresentation",
      action: "REHABILITATION_TEAM",
      values: { rehabilitationTeamOn: historyValue(data.presentedOn, "day"), note: data.note },
      create: () =>
        ctx.tx.rehabilitationTeamPresentation.create({
          data: { caseId: c.id, presentedOn: data.presentedOn, note: data.note, createdById: ctx.actor.userId },
          select: { id: true },
        }),
    });
  },
);
