// Records the reassessment decision (revurdering, sygedagpengeloven § 24) before the benefit limit
// of 22 weeks within 9 months: an extension on one of the grounds of § 27, stk. 1, nr. 1–7 (the
// case stays open; with an end date, the next reassessment falls on it), a transfer to a job
// clarification course (jobafklaringsforløb, § 24, stk. 2) or the end of the benefit. An outcome
// that closes the case closes it through the status change rules (changeCaseStatus), with the
// closing reason the outcome implies (DK_REASSESSMENT_OUTCOMES, lib/rules).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import { DK_REASSESSMENT_OUTCOMES, reassessmentIssues } from "@/lib/rules";
import type { TRecordReassessment } from "@/lib/validation/case-rules";
import { assertCaseDay, assertCaseOpen, caseWriteSelect } from "./case-rules";
import { changeCaseStatus } from "./change-case-status";

/**
 * Stores the decision of `decidedOn` (a Danish calendar day, not in the future, not before the first
 * absence day) and, for JOB_CLARIFICATION_COURSE / BENEFIT_ENDED, closes the case on that day with
 * the implied closing reason (which also ends consents with the citizen's last case).
 * @returns the reassessment id, the case's new version and whether the case was closed.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" | "cases.errors.caseClosed" |
 *   "rules.errors.*" (reassessmentIssues) | the status change's errors; ConflictError on a stale version.
 */
export const recordReassessment = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TRecordReassessment): Promise<{ id: string; version: number; closed: boolean }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    assertCaseOpen(c);
    assertCaseDay(ctx, c, data.decidedOn, "decidedOn");
    const issue = reassessmentIssues(data)[0];
    if (issue) throw new DomainRuleError(issue.message, issue.path);
    const rule = DK_REASSESSMENT_OUTCOMES[data.outcome];
    const r = await ctx.tx.caseReassessment.create({
      data: {
        caseId: c.id,
        decidedOn: data.decidedOn,
        outcome: data.outcome,
        ground: data.ground,
        extendedUntil: data.extendedUntil,
        note: data.note,
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    const version = await ctx.updateVersioned("sickLeaveCase", c.id, data.version, {});
    await ctx.history.record({
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "REASSESSMENT",
      changes: creationValues({
        reassessmentDecidedOn: historyValue(data.decidedOn, "day"),
        reassessmentOutcome: data.outcome,
        extensionGround: data.ground,
        extendedUntil: historyValue(data.extendedUntil, "day"),
        note: data.note,
      }),
    });
    let finalVersion = version;
    if (rule.closesCase && rule.closingReason) {
      const closed = await changeCaseStatus.within(ctx, {
        caseId: c.id,
        version,
        status: "CLOSED",
        effectiveOn: data.decidedOn,
        hoursPerWeek: null,
        closingReason: rule.closingReason,
        note: data.note,
        // No decisions on loose ends here: a case with open referrals, plans or planned follow-ups is
        // refused by the closing rule (issue 8 item 6); the caseworker settles them first.
        decisions: [],
      });
      finalVersion = closed.version;
    }
    ctx.caseChanged(c.id);
    await ctx.audit.created({
      recordType: "CaseReassessment",
      recordId: r.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, outcome: data.outcome, ground: data.ground },
    });
    return { id: r.id, version: finalVersion, closed: rule.closesCase };
  },
);
