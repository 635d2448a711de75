// Closes a meeting's minutes (issue 12): read-only from then on (corrections with a reason go
// through the history, record-item-minutes.ts), and the coordinator's window on the citizens of its
// agenda ends (lib/auth/policy/coordinator.ts).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TCloseMinutes } from "@/lib/validation/meetings";

/**
 * Closes the minutes of the actor's own meeting once it has begun.
 * @throws NotFoundError when the meeting is not the actor's.
 * @throws DomainRuleError "meetings.errors.minutesClosed" | "meetings.errors.notStarted"; ConflictError on a stale version.
 */
export const closeMinutes = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TCloseMinutes): Promise<void> => {
    await ctx.lock("meeting", data.meetingId);
    const m = await ctx.write.meeting.get({ where: { id: data.meetingId }, select: { id: true, startsAt: true, minutesClosedAt: true } });
    if (m.minutesClosedAt) throw new DomainRuleError("meetings.errors.minutesClosed");
    if (m.startsAt.getTime() > ctx.now.getTime()) throw new DomainRuleError("meetings.errors.notStarted");
    await ctx.updateVersioned("meeting", m.id, data.version, { minutesClosedAt: ctx.now, minutesClosedById: ctx.actor.userId });
    await ctx.audit.updated({ recordType: "Meeting", recordId: m.id, details: { minutesClosed: true } });
  },
);
