// Voids a wrongly created case with a reason. The case disappears from lists and worklists and
// is no longer open (so a correct case can be opened), but its history stays readable. Like closing,
// voiding the citizen's last open case ends their consents (ADR 0010, addendum 2026-11-30).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { endConsentsWithLastCase } from "@/lib/domain/consents/end-consents-with-last-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TVoidCase } from "@/lib/validation/cases";
import { caseWriteSelect } from "./case-rules";

/** Referral states that are real work at the health center. */
const LIVE_REFERRALS = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "STARTED"] as const;

/**
 * Voids a case with a reason (soft delete; history kept) and clears its stored next deadline.
 * When no open case of the citizen remains, the citizen's consents end now, in the same
 * transaction, with history (`endConsentsWithLastCase`; issue 9, ADR 0010 addendum 2026-11-30).
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "cases.errors.voidWithOpenReferrals" (the whole form); ConflictError on a stale version.
 */
export const voidCase = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TVoidCase): Promise<{ id: string; citizenId: string }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    await ctx.lock("citizen", c.citizenId);
    // Referrals in progress belong to real work at the health center: they must be withdrawn or
    // finished there first, so that voiding never silently takes a course place with it.
    const live = await ctx.read.referral.count({ where: { caseId: c.id, status: { in: [...LIVE_REFERRALS] } } });
    // A refusal of the whole action, not of the reason typed: shown as the form's message.
    if (live > 0) throw new DomainRuleError("cases.errors.voidWithOpenReferrals");
    // A voided case has no deadlines: the denormalised next deadline is cleared with it.
    const version = await ctx.updateVersioned("sickLeaveCase", c.id, data.version, {
      voidedAt: ctx.now,
      voidReason: data.reason,
      nextDeadlineOn: null,
      nextDeadlineKind: null,
    });
    await ctx.history.voided("SickLeaveCase", c.id, version, data.reason);
    // A voided case is not open: with it gone and no other open case, the consents end as on closing.
    await endConsentsWithLastCase.within(ctx, { citizenId: c.citizenId, caseId: c.id });
    await ctx.audit.updated({ recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizenId, details: { void: true } });
    return { id: c.id, citizenId: c.citizenId };
  },
);
