// Changes the status of a case: ACTIVE ↔ PARTIAL_RETURN (with hours per week), CLOSED (with a
// closing reason, effective date = closing date), and reopening a closed case when the citizen
// has no other open case. Every change is a CaseStatusChange row; the rules engine reads them.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TChangeCaseStatus } from "@/lib/validation/cases";
import { assertNoOtherOpenCase, caseWriteSelect } from "./case-rules";
import { endConsentsWithLastCase } from "@/lib/domain/consents/end-consents-with-last-case";
import { closeLooseEnds } from "./close-loose-ends";

/**
 * Changes a case's status from `effectiveOn` (a Danish calendar day, not in the future, not before
 * the first absence day or the last status change); partial return carries hours per week, closing a reason.
 * Closing closes the case's loose ends in the same transaction (issue 8 item 6, close-loose-ends.ts):
 * every open referral, draft/active return-to-work plan and planned follow-up needs a decision.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" | "cases.errors.sameStatus" |
 *   "cases.errors.beforeLastStatusChange" | "cases.errors.openCaseExists" | "cases.errors.looseEndUndecided";
 *   ConflictError on a stale version (of the case or of a loose end).
 */
export const changeCaseStatus = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TChangeCaseStatus): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    if (data.effectiveOn > ctx.today) throw new DomainRuleError("errors.dateInFuture", "effectiveOn");
    if (data.effectiveOn < c.firstAbsenceDay) throw new DomainRuleError("cases.errors.beforeAbsence", "effectiveOn");
    if (data.status === c.status && data.status !== "PARTIAL_RETURN") throw new DomainRuleError("cases.errors.sameStatus", "status");
    const hours = c.partialHoursPerWeek === null ? null : Number(c.partialHoursPerWeek);
    if (data.status === "PARTIAL_RETURN" && c.status === "PARTIAL_RETURN" && hours === data.hoursPerWeek)
      throw new DomainRuleError("cases.errors.sameStatus", "hoursPerWeek");
    const last = await ctx.read.caseStatusChange.findFirst({
      where: { caseId: c.id },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
      select: { effectiveOn: true },
    });
    if (last && data.effectiveOn < last.effectiveOn) throw new DomainRuleError("cases.errors.beforeLastStatusChange", "effectiveOn");
    // Reopening: the one-open-case rule applies again.
    if (c.status === "CLOSED") await assertNoOtherOpenCase(ctx, c.citizenId, c.id);
    const closing = data.status === "CLOSED";
    if (closing) await closeLooseEnds(ctx, c, data.decisions, data.note);
    const after = {
      status: data.status,
      partialHoursPerWeek: data.hoursPerWeek,
      closedOn: closing ? data.effectiveOn : null,
      closingReason: data.closingReason,
    };
    const version = await ctx.updateVersioned("sickLeaveCase", c.id, data.version, after);
    await ctx.tx.caseStatusChange.create({
      data: {
        caseId: c.id,
        status: data.status,
        effectiveOn: data.effectiveOn,
        hoursPerWeek: data.hoursPerWeek,
        closingReason: data.closingReason,
        note: data.note,
        changedById: ctx.actor.userId,
      },
      select: { id: true },
    });
    const changes = diffValues(
      { status: c.status, partialHoursPerWeek: hours, closedOn: historyValue(c.closedOn, "day"), closingReason: c.closingReason },
      {
        status: data.status,
        partialHoursPerWeek: data.hoursPerWeek,
        closedOn: historyValue(after.closedOn, "day"),
        closingReason: data.closingReason,
      },
    );
    changes.effectiveOn = { from: null, to: historyValue(data.effectiveOn, "day") };
    await ctx.history.record({ recordType: "SickLeaveCase", recordId: c.id, version, action: "STATUS_CHANGE", changes, reason: data.note });
    ctx.caseChanged(c.id);
    // Consent (issue 9): closing the citizen's last open case ends their consents, in this transaction.
    if (closing) await endConsentsWithLastCase.within(ctx, { citizenId: c.citizenId, caseId: c.id });
    await ctx.audit.updated({ recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizenId, details: { status: data.status } });
    return { id: c.id, version };
  },
);
