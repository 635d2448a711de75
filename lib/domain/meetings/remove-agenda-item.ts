// Removes an item from the agenda (soft; issue 12). A named item's removal ends the coordinator's
// window on that citizen for this meeting (lib/auth/policy/coordinator.ts). A flag it took up
// becomes a suggestion again.
//
// What removal does to the item's record (walk9, fix12 item 1). The minutes are a record, so:
// - once the minutes are closed, no item is removed (the minutes are final; corrections need a reason);
// - an item with action items is not removed at all: a task is a commitment handed to a person (their
//   "My tasks", the citizen's case timeline) and must keep pointing at the item it was agreed under;
//   removing the item would leave it pointing at nothing, deleting it would erase what was agreed;
// - an item with minutes (notes, a decision or an employer share) but no tasks may be removed while the
//   minutes are open, after the page's confirmation step that says the item's minutes leave the
//   meeting's minutes; the step posts `confirmed`, and without it the removal is refused
//   (meetings.errors.removeNeedsConfirmation; fix15 item 4a), so a post that skipped the step removes
//   nothing. The removal is soft: the notes and decision stay on the removed row, as they were, no
//   longer part of the minutes (the row is the record of them; no history row is written, since the
//   minutes themselves did not change; fix15 item 4c). The version check makes the step honest:
//   minutes saved in another tab after the page was drawn bump the item's version, so a removal the
//   user did not confirm for them is refused as stale;
// - an item without minutes and tasks goes in one click.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { lockMeetingOfItem } from "./lock-meeting";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TRemoveAgendaItem } from "@/lib/validation/meetings";

/**
 * Marks the item removed, with the version the page showed.
 * @throws NotFoundError when the item is not on one of the actor's meetings.
 * @throws DomainRuleError "meetings.errors.minutesClosed" | "meetings.errors.itemRemoved" | "meetings.errors.itemHasTasks" |
 *   "meetings.errors.removeNeedsConfirmation" (an item with minutes, without `confirmed`);
 *   ConflictError on a stale version.
 */
export const removeAgendaItem = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: Omit<TRemoveAgendaItem, "confirmed"> & { confirmed?: boolean }): Promise<void> => {
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
        meeting: { select: { id: true, minutesClosedAt: true } },
      },
    });
    if (item.meeting.minutesClosedAt) throw new DomainRuleError("meetings.errors.minutesClosed");
    if (item.removedAt) throw new DomainRuleError("meetings.errors.itemRemoved");
    if ((await ctx.write.meetingTask.count({ where: { agendaItemId: item.id } })) > 0)
      throw new DomainRuleError("meetings.errors.itemHasTasks");
    if ((item.notes || item.decision || item.employerShare) && !data.confirmed)
      throw new DomainRuleError("meetings.errors.removeNeedsConfirmation");
    await ctx.updateVersioned("meetingAgendaItem", item.id, data.version, { removedAt: ctx.now });
    const flag = await ctx.system("meeting.run").read.conferenceFlag.findFirst({ where: { agendaItemId: item.id }, select: { id: true } });
    if (flag) await ctx.tx.conferenceFlag.update({ where: { id: flag.id }, data: { agendaItemId: null } });
    await ctx.audit.updated({ recordType: "MeetingAgendaItem", recordId: item.id, citizenId: item.citizenId, details: { removed: true } });
  },
);
