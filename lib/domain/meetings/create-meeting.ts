// Creates a meeting, or a weekly series of case conferences in one step (issue 12): each week its
// own meeting (own agenda, minutes and access window), sharing a series id.
import { randomUUID } from "node:crypto";
import { assignableParticipantScope } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { addDanishWeeks } from "@/lib/time";
import type { TCreateMeeting } from "@/lib/validation/meetings";

export type CreatedMeetings = { ids: string[]; seriesId: string | null };

/**
 * Creates `data.weeks` meetings (1 = a single meeting), the first at `data.startsAt` and each next
 * one at the same Danish wall-clock time a week later, run by the actor (a coordinator).
 * Staff participants must be active users of the organisation; external participants are names and roles.
 * @throws NotFoundError without "meeting.run".
 * @throws DomainRuleError "meetings.errors.startsInPast" | "meetings.errors.unknownParticipant".
 */
export const createMeeting = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TCreateMeeting): Promise<CreatedMeetings> => {
    if (data.startsAt.getTime() <= ctx.now.getTime()) throw new DomainRuleError("meetings.errors.startsInPast", "startsAt");
    const participantIds = [...new Set(data.participantIds)];
    const found = await ctx.read.user.count({ where: { AND: [assignableParticipantScope(ctx.actor), { id: { in: participantIds } }] } });
    if (found !== participantIds.length) throw new DomainRuleError("meetings.errors.unknownParticipant", "participantIds");
    const seriesId = data.weeks > 1 ? randomUUID() : null;
    const ids: string[] = [];
    for (let week = 0; week < data.weeks; week++) {
      const m = await ctx.tx.meeting.create({
        data: {
          organisationId: ctx.actor.organisationId,
          kind: data.kind,
          title: data.title,
          startsAt: addDanishWeeks(data.startsAt, week),
          durationMinutes: data.durationMinutes,
          place: data.place,
          videoLink: data.videoLink,
          externalParticipants: data.externalParticipants,
          seriesId,
          coordinatorId: ctx.actor.userId,
          createdById: ctx.actor.userId,
          participants: { create: participantIds.map((userId) => ({ userId })) },
        },
        select: { id: true },
      });
      await ctx.audit.created({ recordType: "Meeting", recordId: m.id, details: { kind: data.kind, seriesId } });
      ids.push(m.id);
    }
    return { ids, seriesId };
  },
);
