// Records a request for early follow-up (tidlig opfølgning, sygedagpengeloven § 13 b, stk. 2–3):
// who asked (the employee or the employer) and when, and whether the employee declined the
// employer's request. Before the first follow-up, the earliest valid request makes the first
// conversation due within 2 weeks of it (lib/rules, DK 2014).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { historyValue } from "@/lib/domain/history/diff";
import type { TRecordEarlyFollowUpRequest } from "@/lib/validation/case-rules";
import { addCaseFact, assertCaseDay, assertCaseOpen, caseWriteSelect } from "./case-rules";

/**
 * Stores the request (days: Danish calendar days, not in the future, not before the first absence day).
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" | "cases.errors.caseClosed"; ConflictError on a stale version.
 */
export const recordEarlyFollowUpRequest = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TRecordEarlyFollowUpRequest): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    assertCaseOpen(c);
    assertCaseDay(ctx, c, data.requestedOn, "requestedOn");
    assertCaseDay(ctx, c, data.declinedByEmployeeOn, "declinedByEmployeeOn");
    return addCaseFact(ctx, c, data.version, {
      recordType: "EarlyFollowUpRequest",
      action: "EARLY_FOLLOW_UP_REQUEST",
      values: {
        earlyFollowUpRequestedOn: historyValue(data.requestedOn, "day"),
        earlyFollowUpRequestedBy: data.requestedBy,
        earlyFollowUpDeclinedOn: historyValue(data.declinedByEmployeeOn, "day"),
        note: data.note,
      },
      details: { by: data.requestedBy },
      create: () =>
        ctx.tx.earlyFollowUpRequest.create({
          data: {
            caseId: c.id,
            requestedOn: data.requestedOn,
            requestedBy: data.requestedBy,
            declinedByEmployeeOn: data.declinedByEmployeeOn,
            note: data.note,
            createdById: ctx.actor.userId,
          },
          select: { id: true },
        }),
    });
  },
);
