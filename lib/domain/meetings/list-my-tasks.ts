// "My tasks" (issue 12): the action items of meeting minutes assigned to the signed-in user, open
// ones first with the overdue ones on top (by due day), then the last completed ones.
// A task of a named item whose citizen's consent no longer covers both directions (minutes open;
// policy lapsedNamedItemWhere) names the citizen only when the assignee may see them by their own
// scope (their department's case, referral or plan); otherwise it says the consent has ended.
import { lapsedNamedItemWhere } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { MeetingKind } from "@/lib/db/generated/client";

export type MyTask = {
  id: string;
  version: number;
  description: string;
  dueOn: Date;
  overdue: boolean;
  completedAt: Date | null;
  /** `canOpen`: the meeting is in the actor's meeting scope (otherwise its page is a 404, so no link). */
  meeting: { id: string; kind: MeetingKind; title: string; startsAt: Date; canOpen: boolean };
  /** The citizen, when the actor may see them (null for an anonymised item or outside the actor's scope). */
  citizen: { id: string; name: string } | null;
  /** The item named a citizen whose consent no longer covers both directions, and the actor may not see them ("Borger (samtykke ophørt)"). */
  consentLapsed: boolean;
};

/** The number of completed tasks shown below the open ones. */
const RECENTLY_COMPLETED = 10;

/**
 * The actor's tasks: all open ones (overdue = due before today, Danish days) and the last completed ones.
 * Logged as a list view of the tasks' citizens.
 * @throws NotFoundError without "task.view".
 */
export const listMyTasks = defineUseCase({ capability: "task.view", notFound: "task" }, async (ctx): Promise<MyTask[]> => {
  const select = {
    id: true,
    version: true,
    description: true,
    dueOn: true,
    completedAt: true,
    citizenId: true,
    agendaItem: { select: { meeting: { select: { id: true, kind: true, title: true, startsAt: true } } } },
  } as const;
  const [open, done] = [
    await ctx.read.meetingTask.findMany({
      where: { assigneeId: ctx.actor.userId, completedAt: null },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      select,
    }),
    await ctx.read.meetingTask.findMany({
      where: { assigneeId: ctx.actor.userId, completedAt: { not: null } },
      orderBy: { completedAt: "desc" },
      take: RECENTLY_COMPLETED,
      select,
    }),
  ];
  const rows = [...open, ...done];
  const citizenIds = [...new Set(rows.flatMap((r) => (r.citizenId ? [r.citizenId] : [])))];
  const citizens = await ctx.read.citizen.findMany({
    where: { id: { in: citizenIds } },
    select: { id: true, firstName: true, lastName: true },
  });
  const names = new Map(citizens.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const lapsed = new Set(
    (
      await ctx.read.meetingTask.findMany({
        where: { id: { in: rows.map((r) => r.id) }, agendaItem: lapsedNamedItemWhere(ctx.now) },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  // An assignee who neither takes part in the meeting nor works with its citizens (or whose item's consent
  // lapsed) may not open it (policy meeting scope): the page shows its title without a link (walk11).
  const openable = new Set(
    (
      await ctx.read.meeting.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.agendaItem.meeting.id))] } },
        select: { id: true },
      })
    ).map((m) => m.id),
  );
  await ctx.audit.viewedList(
    "MeetingTask",
    rows.map((r) => ({ recordId: r.id, citizenId: r.citizenId && names.has(r.citizenId) ? r.citizenId : null })),
    { view: "myTasks" },
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    description: r.description,
    dueOn: r.dueOn,
    overdue: r.completedAt === null && r.dueOn.getTime() < ctx.today.getTime(),
    completedAt: r.completedAt,
    meeting: { ...r.agendaItem.meeting, canOpen: openable.has(r.agendaItem.meeting.id) },
    citizen: r.citizenId && names.has(r.citizenId) ? { id: r.citizenId, name: names.get(r.citizenId)! } : null,
    consentLapsed: lapsed.has(r.id) && !(r.citizenId && names.has(r.citizenId)),
  }));
});
