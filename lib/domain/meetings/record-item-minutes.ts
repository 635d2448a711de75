// The minutes of one agenda item (issue 12): notes, decision and, at a roundtable, what the citizen
// agreed may be shared with the employer, limited to the topics of the SHARE_WITH_EMPLOYER consent.
// After the minutes are closed a change is a correction with a reason, kept in the history.
import { consentsAllowEmployerSharing } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { lockMeetingOfItem } from "./lock-meeting";
import { refuseWhenConsentLapsed } from "./consent-lapsed";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import { employerTopicsOf, topicsBeyondConsent } from "@/lib/meetings/employer-share";
import { CPR_IN_ANONYMISED, type TRecordItemMinutes } from "@/lib/validation/meetings";
import { containsCprLike } from "@/lib/validation/cpr";

/**
 * Saves the item's minutes, with the version the form was loaded with.
 * @returns the item's new version.
 * @throws NotFoundError when the item is not on one of the actor's meetings.
 * @throws DomainRuleError "meetings.errors.itemRemoved" | "meetings.errors.correctionNeedsReason" (closed minutes) |
 *   "meetings.errors.employerShareRoundtableOnly" | "meetings.errors.noEmployerConsent" | "meetings.errors.beyondEmployerConsent" |
 *   "meetings.errors.consentLapsed" (a named item whose consent has lapsed) |
 *   "meetings.errors.cprInAnonymised" (notes, decision or a correction's reason of an anonymised item holding a CPR number);
 *   ConflictError on a stale version.
 */
export const recordItemMinutes = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TRecordItemMinutes): Promise<number> => {
    await lockMeetingOfItem(ctx, data.itemId);
    const item = await ctx.write.meetingAgendaItem.get({
      where: { id: data.itemId },
      select: {
        id: true,
        citizenId: true,
        removedAt: true,
        notes: true,
        decision: true,
        employerShare: true,
        meeting: { select: { id: true, kind: true, minutesClosedAt: true } },
      },
    });
    if (item.removedAt) throw new DomainRuleError("meetings.errors.itemRemoved");
    await refuseWhenConsentLapsed(ctx, item.citizenId, item.meeting.minutesClosedAt);
    if (!item.citizenId)
      for (const field of ["notes", "decision", "reason"] as const)
        if (containsCprLike(data[field])) throw new DomainRuleError(CPR_IN_ANONYMISED, field);
    const closed = item.meeting.minutesClosedAt !== null;
    if (closed && (!data.reason || data.reason.length < 3)) throw new DomainRuleError("meetings.errors.correctionNeedsReason", "reason");
    if (data.employerShare.length > 0) {
      if (item.meeting.kind !== "ROUNDTABLE" || !item.citizenId)
        throw new DomainRuleError("meetings.errors.employerShareRoundtableOnly", "employerShare");
      const consents = await ctx.system("meeting.run").read.consent.findMany({
        where: { citizenId: item.citizenId },
        select: { shareWithEmployer: true, employerDetails: true, revokedAt: true, validFrom: true, validUntil: true },
      });
      const active = consents.filter((c) => consentsAllowEmployerSharing([c], ctx.now));
      if (active.length === 0) throw new DomainRuleError("meetings.errors.noEmployerConsent", "employerShare");
      const allowed = active.flatMap((c) => employerTopicsOf(c.employerDetails));
      if (topicsBeyondConsent(data.employerShare, allowed).length > 0)
        throw new DomainRuleError("meetings.errors.beyondEmployerConsent", "employerShare");
    }
    const next = {
      notes: data.notes,
      decision: data.decision,
      employerShare: data.employerShare.length ? data.employerShare.join("\n") : null,
    };
    const version = await ctx.updateVersioned("meetingAgendaItem", item.id, data.version, next);
    if (closed) {
      const changes = diffValues({ notes: item.notes, decision: item.decision, employerShare: item.employerShare }, next);
      await ctx.history.record({
        recordType: "MeetingAgendaItem",
        recordId: item.id,
        version,
        action: "CORRECT",
        changes,
        reason: data.reason,
      });
    }
    await ctx.audit.updated({
      recordType: "MeetingAgendaItem",
      recordId: item.id,
      citizenId: item.citizenId,
      details: { minutes: true, correction: closed },
    });
    return version;
  },
);
