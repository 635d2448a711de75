// An action item of an agenda item's minutes (issue 12): assigned to a staff user (it appears in
// their "My tasks" and on the citizen's case timeline) or to the citizen, employer or GP as text.
import { assignableTaskAssigneeScope } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { lockMeetingOfItem } from "./lock-meeting";
import { refuseWhenConsentLapsed } from "./consent-lapsed";
import { DomainRuleError } from "@/lib/domain/errors";
import { CPR_IN_ANONYMISED, type TAddMeetingTask } from "@/lib/validation/meetings";
import { containsCprLike } from "@/lib/validation/cpr";

/**
 * Adds the action item, due on `dueOn` (a Danish day, not in the past).
 * @returns the new task's id.
 * @throws NotFoundError when the item is not on one of the actor's meetings, or the assignee is not
 *   an active user of the organisation in a person-level role (policy assignableTaskAssigneeScope).
 * @throws DomainRuleError "meetings.errors.minutesClosed" | "meetings.errors.itemRemoved" | "meetings.errors.dueInPast" |
 *   "meetings.errors.consentLapsed" (a named item whose consent has lapsed) |
 *   "meetings.errors.cprInAnonymised" (a description or name of an anonymised item's task holding a CPR number).
 */
export const addMeetingTask = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TAddMeetingTask): Promise<string> => {
    await lockMeetingOfItem(ctx, data.itemId);
    const item = await ctx.write.meetingAgendaItem.get({
      where: { id: data.itemId },
      select: { id: true, citizenId: true, removedAt: true, meeting: { select: { id: true, minutesClosedAt: true } } },
    });
    if (item.meeting.minutesClosedAt) throw new DomainRuleError("meetings.errors.minutesClosed");
    if (item.removedAt) throw new DomainRuleError("meetings.errors.itemRemoved");
    await refuseWhenConsentLapsed(ctx, item.citizenId, item.meeting.minutesClosedAt);
    if (!item.citizenId)
      for (const field of ["description", "assigneeText"] as const)
        if (containsCprLike(data[field])) throw new DomainRuleError(CPR_IN_ANONYMISED, field);
    if (data.dueOn.getTime() < ctx.today.getTime()) throw new DomainRuleError("meetings.errors.dueInPast", "dueOn");
    if (data.assigneeId)
      await ctx.read.user.get({ where: { AND: [assignableTaskAssigneeScope(ctx.actor), { id: data.assigneeId }] }, select: { id: true } });
    const task = await ctx.tx.meetingTask.create({
      data: {
        organisationId: ctx.actor.organisationId,
        agendaItemId: item.id,
        citizenId: item.citizenId,
        party: data.party,
        assigneeId: data.assigneeId,
        assigneeText: data.assigneeText,
        description: data.description,
        dueOn: data.dueOn,
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.audit.created({ recordType: "MeetingTask", recordId: task.id, citizenId: item.citizenId, details: { party: data.party } });
    return task.id;
  },
);
