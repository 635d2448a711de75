// Voids a wrongly created case with a reason. The case disappears from lists and worklists and
// is no longer open (so a correct case can be opened), but its history stays readable.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TVoidCase } from "@/lib/validation/cases";
import { caseWriteSelect } from "./case-rules";

/** Referral states that are real work at the health center. */
const LIVE_REFERRALS = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "STARTED"] as const;

/**
 * Voids a case with a reason (soft delete; history kept) and clears its stored next deadline.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "cases.errors.voidWithOpenReferrals" (field reason); ConflictError on a stale version.
 */
export const voidCase = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TVoidCase): Promise<{ id: string; citizenId: string }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    await ctx.lock("citizen", c.citizenId);
    // Referrals in progress belong to real work at the health center: they must be withdrawn or
    // finished there first, so that voiding never silently takes a course place with it.
    const live = await ctx.read.referral.count({ where: { caseId: c.id, status: { in: [...LIVE_REFERRALS] } } });
    if (live > 0) throw new DomainRuleError("cases.errors.voidWithOpenReferrals", "reason");
    // A voided case has no deadlines: the denormalised next deadline is cleared with it.
    const version = await ctx.updateVersioned("sickLeaveCase", c.id, data.version, {
      voidedAt: ctx.now,
      voidReason: data.reason,
      nextDeadlineOn: null,
      nextDeadlineKind: null,
    });
    await ctx.history.voided("SickLeaveCase", c.id, version, data.reason);
    await ctx.audit.updated({ recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizenId, details: { void: true } });
    return { id: c.id, citizenId: c.citizenId };
  },
);
