// Removes an item from the agenda (soft; issue 12). A named item's removal ends the coordinator's
// window on that citizen for this meeting (lib/auth/policy/coordinator.ts). A flag it took up
// becomes a suggestion again.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TRemoveAgendaItem } from "@/lib/validation/meetings";

/**
 * Marks the item removed, with the version the page showed.
 * @throws NotFoundError when the item is not on one of the actor's meetings.
 * @throws DomainRuleError "meetings.errors.minutesClosed" | "meetings.errors.itemRemoved"; ConflictError on a stale version.
 */
export const removeAgendaItem = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TRemoveAgendaItem): Promise<void> => {
    const item = await ctx.write.meetingAgendaItem.get({
      where: { id: data.itemId },
      select: { id: true, citizenId: true, removedAt: true, meeting: { select: { id: true, minutesClosedAt: true } } },
    });
    if (item.meeting.minutesClosedAt) throw new DomainRuleError("meetings.errors.minutesClosed");
    if (item.removedAt) throw new DomainRuleError("meetings.errors.itemRemoved");
    await ctx.updateVersioned("meetingAgendaItem", item.id, data.version, { removedAt: ctx.now });
    const flag = await ctx.system("meeting.run").read.conferenceFlag.findFirst({ where: { agendaItemId: item.id }, select: { id: true } });
    if (flag) await ctx.tx.conferenceFlag.update({ where: { id: flag.id }, data: { agendaItemId: null } });
    await ctx.audit.updated({ recordType: "MeetingAgendaItem", recordId: item.id, citizenId: item.citizenId, details: { removed: true } });
  },
);
