// One meeting with its agenda and minutes, as far as the actor may see it (issue 12;
// lib/auth/policy/meeting-scopes.ts): the coordinator who runs it sees every item (named ones by
// name while the citizen is in the actor's reach), staff the items about citizens they work with,
// a manager a leadership or board meeting's unnamed items only. Named items shown are logged.
// A named item whose citizen's consent no longer covers both directions while the minutes are open
// (policy lapsedNamedItemWhere) is shown to everyone as `consentLapsed`: no citizen, no question,
// no minutes, no action items' text — only that it exists, so the coordinator can take it off.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { MeetingKind, MeetingTaskParty } from "@/lib/db/generated/client";
import { boardPackMonthFor } from "@/lib/meetings/board-pack";
import { employerTopicsOf } from "@/lib/meetings/employer-share";
import { assignableTaskAssigneeScope, consentsAllowEmployerSharing, lapsedNamedItemWhere } from "@/lib/auth/policy";

export type MeetingTaskView = {
  id: string;
  version: number;
  party: MeetingTaskParty;
  assigneeName: string | null;
  assigneeText: string | null;
  description: string;
  dueOn: Date;
  completedAt: Date | null;
  completedByName: string | null;
};

export type AgendaItemView = {
  id: string;
  version: number;
  question: string;
  source: string;
  /** The named citizen, when the actor may see them; null for an anonymised item or one outside the actor's reach. */
  citizen: { id: string; name: string } | null;
  anonymised: boolean;
  /**
   * A named item whose citizen's consent no longer covers both directions (minutes open): shown to
   * everyone without citizen, question ("" here), minutes and action items (ADR 0017 addendum).
   */
  consentLapsed: boolean;
  /** The item has minutes (notes, decision or an employer share), also when they are not shown (consentLapsed). */
  hasMinutes: boolean;
  /** The item has action items, also when they are not shown (consentLapsed). */
  hasTasks: boolean;
  notes: string | null;
  decision: string | null;
  employerShare: string[];
  /** Roundtable, for the coordinator: the topics the SHARE_WITH_EMPLOYER consent allows ([] without one). */
  employerTopics: string[];
  tasks: MeetingTaskView[];
};

export type MeetingView = {
  id: string;
  version: number;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  videoLink: string | null;
  externalParticipants: { name: string; role: string }[];
  minutesClosedAt: Date | null;
  coordinatorName: string | null;
  participants: { id: string; name: string }[];
  /** The actor runs the meeting: builds its agenda, writes and closes its minutes. */
  canEdit: boolean;
  items: AgendaItemView[];
  /** BOARD_MONTHLY: the board pack's month ("YYYY-MM"). */
  boardPackMonth: string | null;
  /** Active staff to assign action items to (only when canEdit). */
  staff: { id: string; name: string }[];
};

/**
 * The meeting `meetingId` in the actor's reach.
 * @throws NotFoundError when it is missing or out of reach.
 */
export const getMeeting = defineUseCase(
  { capability: "meeting.view", notFound: "meeting" },
  async (ctx, meetingId: string): Promise<MeetingView> => {
    const m = await ctx.read.meeting.get({
      where: { id: meetingId },
      select: {
        id: true,
        version: true,
        kind: true,
        title: true,
        startsAt: true,
        durationMinutes: true,
        place: true,
        videoLink: true,
        externalParticipants: true,
        minutesClosedAt: true,
        coordinatorId: true,
        participants: { select: { userId: true } },
      },
    });
    const canEdit = (await ctx.write.meeting.count({ where: { id: m.id } })) === 1;
    const items = await ctx.read.meetingAgendaItem.findMany({
      where: { meetingId: m.id, removedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, version: true, question: true, source: true, citizenId: true, notes: true, decision: true, employerShare: true },
    });
    const lapsed = new Set(
      (
        await ctx.read.meetingAgendaItem.findMany({
          where: { AND: [{ id: { in: items.map((i) => i.id) } }, lapsedNamedItemWhere(ctx.now)] },
          select: { id: true },
        })
      ).map((i) => i.id),
    );
    const tasks = await ctx.read.meetingTask.findMany({
      where: { agendaItemId: { in: items.map((i) => i.id) } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        version: true,
        agendaItemId: true,
        party: true,
        assigneeId: true,
        assigneeText: true,
        description: true,
        dueOn: true,
        completedAt: true,
        completedById: true,
      },
    });
    // The citizens named on the page: not those of lapsed items (not read, not logged).
    const citizenIds = [...new Set(items.flatMap((i) => (i.citizenId && !lapsed.has(i.id) ? [i.citizenId] : [])))];
    const citizens = await ctx.read.citizen.findMany({
      where: { id: { in: citizenIds } },
      select: { id: true, firstName: true, lastName: true },
    });
    const names = new Map(citizens.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
    const userIds = [m.coordinatorId, ...m.participants.map((p) => p.userId), ...tasks.flatMap((t) => [t.assigneeId, t.completedById])];
    const users = await ctx.read.user.findMany({
      where: { id: { in: userIds.filter((u): u is string => !!u) } },
      select: { id: true, name: true },
    });
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const topics = new Map<string, string[]>();
    if (canEdit && m.kind === "ROUNDTABLE" && citizenIds.length) {
      const consents = await ctx.system("meeting.run").read.consent.findMany({
        where: { citizenId: { in: citizenIds } },
        select: { citizenId: true, shareWithEmployer: true, employerDetails: true, revokedAt: true, validFrom: true, validUntil: true },
      });
      for (const c of consents.filter((c) => consentsAllowEmployerSharing([c], ctx.now)))
        topics.set(c.citizenId, [...(topics.get(c.citizenId) ?? []), ...employerTopicsOf(c.employerDetails)]);
    }
    const staff = canEdit
      ? await ctx.read.user.findMany({
          where: assignableTaskAssigneeScope(ctx.actor),
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [];
    const shown = items.filter((i) => i.citizenId && names.has(i.citizenId) && !lapsed.has(i.id));
    if (shown.length)
      await ctx.audit.viewed(
        shown.map((i) => ({ recordType: "MeetingAgendaItem", recordId: i.id, citizenId: i.citizenId, details: { meetingId: m.id } })),
      );
    return {
      id: m.id,
      version: m.version,
      kind: m.kind,
      title: m.title,
      startsAt: m.startsAt,
      durationMinutes: m.durationMinutes,
      place: m.place,
      videoLink: m.videoLink,
      externalParticipants: Array.isArray(m.externalParticipants) ? (m.externalParticipants as { name: string; role: string }[]) : [],
      minutesClosedAt: m.minutesClosedAt,
      coordinatorName: userName.get(m.coordinatorId) ?? null,
      participants: m.participants.map((p) => ({ id: p.userId, name: userName.get(p.userId) ?? "" })),
      canEdit,
      boardPackMonth: m.kind === "BOARD_MONTHLY" ? boardPackMonthFor(m.startsAt) : null,
      staff,
      items: items.map((i) => {
        const itemTasks = tasks.filter((t) => t.agendaItemId === i.id);
        const hasMinutes = !!(i.notes || i.decision || i.employerShare);
        if (lapsed.has(i.id))
          return {
            id: i.id,
            version: i.version,
            question: "",
            source: i.source,
            citizen: null,
            anonymised: false,
            consentLapsed: true,
            hasMinutes,
            hasTasks: itemTasks.length > 0,
            notes: null,
            decision: null,
            employerShare: [],
            employerTopics: [],
            tasks: [],
          };
        return {
          id: i.id,
          version: i.version,
          question: i.question,
          source: i.source,
          citizen: i.citizenId && names.has(i.citizenId) ? { id: i.citizenId, name: names.get(i.citizenId)! } : null,
          anonymised: i.citizenId === null,
          consentLapsed: false,
          hasMinutes,
          hasTasks: itemTasks.length > 0,
          notes: i.notes,
          decision: i.decision,
          employerShare: i.employerShare ? i.employerShare.split("\n") : [],
          employerTopics: i.citizenId ? [...new Set(topics.get(i.citizenId) ?? [])] : [],
          tasks: itemTasks.map((t) => ({
            id: t.id,
            version: t.version,
            party: t.party,
            assigneeName: t.assigneeId ? (userName.get(t.assigneeId) ?? null) : null,
            assigneeText: t.assigneeText,
            description: t.description,
            dueOn: t.dueOn,
            completedAt: t.completedAt,
            completedByName: t.completedById ? (userName.get(t.completedById) ?? null) : null,
          })),
        };
      }),
    };
  },
);
