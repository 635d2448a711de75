// The health center moves a referral through its states (accept, wait-list, reject, start,
// complete, drop out, return). One transaction: programme lock → reload → state machine →
// capacity → update with timestamp → ReferralEvent → access log → case deadline recompute.
import type { Actor } from "@/lib/auth/policy";
import { can, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { ReferralStatus } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import { today } from "@/lib/format";
import { canStart } from "@/lib/referrals/capacity";
import { decideTransition } from "@/lib/referrals/transitions";
import type { TTransitionReferral } from "@/lib/validation/referrals";
import { REFERRAL_RECORD_TYPE, lockProgramme, startedCount, waitlistPositionsFor } from "./shared";

export type TransitionResult = { id: string; from: ReferralStatus; to: ReferralStatus; version: number };

export async function transitionReferral(actor: Actor, input: TTransitionReferral, now = new Date()): Promise<TransitionResult> {
  if (!can(actor, "referral.triage")) throw new NotFoundError("referral");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const where = { AND: [referralScope(actor, "write"), { id: input.referralId }] };
    const head = await tx.referral.findFirst({ where, select: { programmeId: true } });
    if (!head) throw new NotFoundError("referral");
    await lockProgramme(tx, head.programmeId);
    // Re-read after the lock: another transition may have committed while we waited.
    const r = await tx.referral.findFirst({
      where,
      select: {
        id: true,
        status: true,
        version: true,
        caseId: true,
        citizenId: true,
        programmeId: true,
        programme: { select: { capacity: true } },
      },
    });
    if (!r) throw new NotFoundError("referral");
    if (r.version !== input.version) throw new DomainRuleError("errors.conflict");

    const decision = decideTransition(r.status, input.action, input.reason);
    if (!decision.ok) {
      throw decision.error === "reasonRequired"
        ? new DomainRuleError("errors.reasonRequired", "reason")
        : new DomainRuleError("referrals.errors.illegalTransition");
    }
    if (decision.needsPlace && !canStart(r.programme.capacity, await startedCount(tx, r.programmeId))) {
      throw new DomainRuleError("referrals.errors.capacityFull");
    }
    // The wait list is a queue: from it, only the first in line starts (an accepted referral
    // already had its place promised at triage and may start whenever a place is free).
    if (decision.needsPlace && r.status === "WAITLISTED") {
      const position = (await waitlistPositionsFor(tx, [r.programmeId])).get(r.id);
      if (position !== 1) throw new DomainRuleError("referrals.errors.notFirstInQueue");
    }

    const updated = await tx.referral.updateMany({
      where: { id: r.id, version: r.version },
      data: { status: decision.to, [decision.timestamp]: now, statusReason: decision.reason, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainRuleError("errors.conflict");
    await tx.referralEvent.create({
      data: {
        referralId: r.id,
        fromStatus: r.status,
        toStatus: decision.to,
        reason: decision.reason,
        reasonCode: input.reasonCode ?? null,
        byId: actor.userId,
        at: now,
      },
      select: { id: true },
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: REFERRAL_RECORD_TYPE,
      recordId: r.id,
      citizenId: r.citizenId,
      details: { action: input.action, from: r.status, to: decision.to },
    });
    // "In an active programme" shortens the follow-up interval (SPEC §4): keep the case's deadline right.
    if (decision.affectsActiveProgramme) await recomputeCaseDeadline(tx, r.caseId, today(now));
    return { id: r.id, from: r.status, to: decision.to, version: r.version + 1 };
  });
}
