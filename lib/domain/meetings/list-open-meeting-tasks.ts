// The coordinator's overview of open action items from the minutes of the meetings they run
// (issue 12, the /coordination page). No citizen is named here (the meeting page does that, logged).
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { MeetingTaskParty } from "@/lib/db/generated/client";
import { staffNames } from "@/lib/domain/users/staff-names";

export type OpenMeetingTask = {
  id: string;
  description: string;
  party: MeetingTaskParty;
  assignee: string | null;
  dueOn: Date;
  overdue: boolean;
  meeting: { id: string; title: string };
};

/**
 * Open tasks of the actor's own meetings, by due day (overdue first), at most 100.
 * @throws NotFoundError without "meeting.run".
 */
export const listOpenMeetingTasks = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx): Promise<OpenMeetingTask[]> => {
    const rows = await ctx.read.meetingTask.findMany({
      where: { completedAt: null, agendaItem: { meeting: { coordinatorId: ctx.actor.userId } } },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      take: 100,
      select: {
        id: true,
        description: true,
        party: true,
        assigneeId: true,
        assigneeText: true,
        dueOn: true,
        agendaItem: { select: { meeting: { select: { id: true, title: true } } } },
      },
    });
    const names = await staffNames(
      ctx,
      rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      description: r.description,
      party: r.party,
      assignee: r.assigneeId ? (names.get(r.assigneeId) ?? null) : r.assigneeText,
      dueOn: r.dueOn,
      overdue: r.dueOn.getTime() < ctx.today.getTime(),
      meeting: r.agendaItem.meeting,
    }));
  },
);
