// The health center moves a referral through its states (accept, wait-list, reject, start,
// complete, drop out, return). One transaction: programme lock → load → state machine → capacity →
// versioned update with timestamp → ReferralEvent → access log → case deadline recompute.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { ReferralStatus } from "@/lib/db/generated/client";
import { DomainRuleError } from "@/lib/domain/errors";
import { canStart } from "@/lib/referrals/capacity";
import { decideTransition, MIN_REASON_LENGTH } from "@/lib/referrals/transitions";
import type { TTransitionReferral } from "@/lib/validation/referrals";
import { startedCount, waitlistPositionsFor } from "./queue";
import { referralForWriteSelect } from "./referral-for-write";

export type TransitionResult = { id: string; from: ReferralStatus; to: ReferralStatus; version: number };

/**
 * Applies `input.action` to the referral (lib/referrals/transitions: allowed moves, reasons
 * required, which moves need a free place). Capacity and wait-list decisions are serialised per
 * programme across app instances, so two visitators cannot both take the last place.
 * @throws NotFoundError when the referral is missing or outside the actor's write scope.
 * Wait-listing while the programme has a free place needs a stated reason (issue 8 item 8): the
 * citizen could start now, so the health center says why not.
 * @throws DomainRuleError "errors.reasonRequired" (field reason) | "referrals.errors.waitlistReasonRequired"
 *   (field reason) | "referrals.errors.illegalTransition" |
 *   "referrals.errors.capacityFull" | "referrals.errors.notFirstInQueue"; ConflictError on a stale version.
 */
export const transitionReferral = defineUseCase(
  { capability: "referral.triage", notFound: "referral" },
  async (ctx, input: TTransitionReferral): Promise<TransitionResult> => {
    const head = await ctx.write.referral.get({ where: { id: input.referralId }, select: { programmeId: true } });
    await ctx.lock("programme", head.programmeId);
    // Loaded after the lock: another transition may have committed while we waited.
    const r = await ctx.write.referral.get({ where: { id: input.referralId }, select: referralForWriteSelect });
    ctx.expectVersion(r, input.version);
    const decision = decideTransition(r.status, input.action, input.reason);
    if (!decision.ok) {
      throw decision.error === "reasonRequired"
        ? new DomainRuleError("errors.reasonRequired", "reason")
        : new DomainRuleError("referrals.errors.illegalTransition");
    }
    if (
      input.action === "waitlist" &&
      (decision.reason ?? "").length < MIN_REASON_LENGTH &&
      canStart(r.programme.capacity, await startedCount(ctx, r.programmeId))
    ) {
      throw new DomainRuleError("referrals.errors.waitlistReasonRequired", "reason");
    }
    if (decision.needsPlace && !canStart(r.programme.capacity, await startedCount(ctx, r.programmeId))) {
      throw new DomainRuleError("referrals.errors.capacityFull");
    }
    // The wait list is a queue: from it, only the first in line starts (an accepted referral
    // already had its place promised at triage and may start whenever a place is free).
    if (decision.needsPlace && r.status === "WAITLISTED") {
      const position = (await waitlistPositionsFor(ctx, [r.programmeId])).get(r.id);
      if (position !== 1) throw new DomainRuleError("referrals.errors.notFirstInQueue");
    }
    const version = await ctx.updateVersioned("referral", r.id, input.version, {
      status: decision.to,
      [decision.timestamp]: ctx.now,
      statusReason: decision.reason,
    });
    await ctx.tx.referralEvent.create({
      data: {
        referralId: r.id,
        fromStatus: r.status,
        toStatus: decision.to,
        reason: decision.reason,
        reasonCode: input.reasonCode ?? null,
        byId: ctx.actor.userId,
        at: ctx.now,
      },
      select: { id: true },
    });
    await ctx.audit.updated({
      recordType: "Referral",
      recordId: r.id,
      citizenId: r.citizenId,
      details: { action: input.action, from: r.status, to: decision.to },
    });
    // "In an active programme" shortens the follow-up interval (SPEC §4): keep the case's deadline right.
    if (decision.affectsActiveProgramme) ctx.caseChanged(r.caseId);
    return { id: r.id, from: r.status, to: decision.to, version };
  },
);
