// Records a request for early follow-up (tidlig opfølgning, sygedagpengeloven § 13 b, stk. 2–3):
// who asked (the employee or the employer) and when, and whether the employee declined the
// employer's request. Before the first follow-up, the earliest valid request makes the first
// conversation due within 2 weeks of it (lib/rules, DK 2014).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import type { TRecordEarlyFollowUpRequest } from "@/lib/validation/case-rules";
import { assertCaseDay, assertCaseOpen, caseWriteSelect } from "./case-rules";

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
    const version = await ctx.updateVersioned("sickLeaveCase", c.id, data.version, {});
    const r = await ctx.tx.earlyFollowUpRequest.create({
      data: {
        caseId: c.id,
        requestedOn: data.requestedOn,
        requestedBy: data.requestedBy,
        declinedByEmployeeOn: data.declinedByEmployeeOn,
        note: data.note,
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.history.record({
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "EARLY_FOLLOW_UP_REQUEST",
      changes: creationValues({
        earlyFollowUpRequestedOn: historyValue(data.requestedOn, "day"),
        earlyFollowUpRequestedBy: data.requestedBy,
        earlyFollowUpDeclinedOn: historyValue(data.declinedByEmployeeOn, "day"),
        note: data.note,
      }),
    });
    ctx.caseChanged(c.id);
    await ctx.audit.created({
      recordType: "EarlyFollowUpRequest",
      recordId: r.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, by: data.requestedBy },
    });
    return { id: r.id, version };
  },
);
