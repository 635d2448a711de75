// The meeting lock (fix13 item 1). Every use case that changes a meeting's agenda, an item's minutes or tasks, or
// the meeting's minutes as a whole takes `ctx.lock("meeting", meetingId)` before it reads what it checks, so two
// tabs on the same meeting run one after the other: a removal's "no tasks" check, a task's "item not removed" and
// "minutes open" checks still hold when the use case writes. (add-agenda-item.ts and close-minutes.ts know the
// meeting's id; the item use cases find it here.)
import type { UseCaseContext } from "@/lib/domain/run-use-case";

/**
 * Takes the lock of the meeting the agenda item belongs to (found in the actor's write scope) until the transaction
 * ends. Read the item again after this: what was read before the lock may be stale.
 * @throws NotFoundError when the item is not in the actor's write scope.
 */
export async function lockMeetingOfItem(ctx: UseCaseContext, itemId: string): Promise<void> {
  const probe = await ctx.write.meetingAgendaItem.get({ where: { id: itemId }, select: { meetingId: true } });
  await ctx.lock("meeting", probe.meetingId);
}
