// Moves an agenda item one place up or down (the coordinator orders the agenda; issue 12).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { lockMeetingOfItem } from "./lock-meeting";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TMoveAgendaItem } from "@/lib/validation/meetings";

/**
 * Swaps the item with its live neighbour above ("UP") or below ("DOWN"). At the top (bottom) there is
 * nothing to swap with: refused, so that no "moved" is said for a move that did not happen (fix15 item 3).
 * @throws NotFoundError when the item is not on one of the actor's meetings.
 * @throws DomainRuleError "meetings.errors.minutesClosed" | "meetings.errors.itemRemoved" |
 *   "meetings.errors.alreadyFirst" | "meetings.errors.alreadyLast".
 */
export const moveAgendaItem = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TMoveAgendaItem): Promise<void> => {
    await lockMeetingOfItem(ctx, data.itemId);
    const item = await ctx.write.meetingAgendaItem.get({
      where: { id: data.itemId },
      select: { id: true, citizenId: true, position: true, removedAt: true, meeting: { select: { id: true, minutesClosedAt: true } } },
    });
    if (item.meeting.minutesClosedAt) throw new DomainRuleError("meetings.errors.minutesClosed");
    if (item.removedAt) throw new DomainRuleError("meetings.errors.itemRemoved");
    const up = data.direction === "UP";
    const neighbour = await ctx.write.meetingAgendaItem.findFirst({
      where: { meetingId: item.meeting.id, removedAt: null, position: up ? { lt: item.position } : { gt: item.position } },
      orderBy: { position: up ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) throw new DomainRuleError(up ? "meetings.errors.alreadyFirst" : "meetings.errors.alreadyLast");
    await ctx.write.meetingAgendaItem.updateMany({ where: { id: item.id }, data: { position: neighbour.position } });
    await ctx.write.meetingAgendaItem.updateMany({ where: { id: neighbour.id }, data: { position: item.position } });
    await ctx.audit.updated({
      recordType: "MeetingAgendaItem",
      recordId: item.id,
      // A named item's move is in the citizen's access report (fix15 item 4b).
      citizenId: item.citizenId,
      details: { meetingId: item.meeting.id, moved: data.direction },
    });
  },
);
