// The meetings in the actor's reach (issue 12; lib/auth/policy/meeting-scopes.ts decides which):
// upcoming ones and those whose minutes are still open, then the last closed ones. Each row says
// where the meeting stands (`phase`): a meeting whose minutes are closed has been held, even when it
// was closed before its planned end; "upcoming" is a meeting not yet over with open minutes.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { MeetingKind } from "@/lib/db/generated/client";

export type MeetingRow = {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  place: string | null;
  videoLink: string | null;
  minutesClosedAt: Date | null;
  seriesId: string | null;
  /** Upcoming (or under way), over with the minutes still open, or held (minutes closed). */
  phase: MeetingPhase;
  /** Live agenda items the actor may see. */
  itemCount: number;
  /** The actor runs it (may build its agenda and write its minutes). */
  mine: boolean;
};

export type MeetingPhase = "UPCOMING" | "MINUTES_OPEN" | "HELD";

/**
 * Where a meeting stands at `now`: closed minutes mean it was held (whatever the clock says);
 * otherwise it is upcoming until its planned end (start + duration), then its minutes are open.
 */
export function meetingPhase(m: { startsAt: Date; durationMinutes: number; minutesClosedAt: Date | null }, now: Date): MeetingPhase {
  if (m.minutesClosedAt) return "HELD";
  return m.startsAt.getTime() + m.durationMinutes * 60_000 > now.getTime() ? "UPCOMING" : "MINUTES_OPEN";
}

/** How many closed meetings are listed after the open ones. */
const RECENT_CLOSED = 10;
/** How many upcoming meetings (soonest first) and how many over with open minutes (most recent first) are listed. */
export const UPCOMING_LIMIT = 200;
export const MINUTES_OPEN_LIMIT = 200;
/** The longest meeting (ZCreateMeeting's durationMinutes): one that started earlier is over. */
const LONGEST_MEETING_MS = 480 * 60_000;

export type MeetingList = {
  /** Open meetings (minutes not closed) by start, then the last closed ones. */
  rows: MeetingRow[];
  /** A limit left out meetings: upcoming ones after the `limits.upcoming` soonest, over ones with open minutes before the `limits.minutesOpen` latest. */
  cut: { upcoming: boolean; minutesOpen: boolean };
  /** The limits the list was read with (for the "cut" note). */
  limits: { upcoming: number; minutesOpen: number };
};

export type ListMeetingsInput = {
  /**
   * Only the meetings the actor runs (`mine`, coordinator = actor), picked out in the query, before the limits:
   * the coordinator's page (/coordination) lists these, and other meetings of the organisation must not push them
   * out (fix13 item 2). `cut` then speaks of the actor's own meetings.
   */
  mine?: boolean;
  /** Lower limits than UPCOMING_LIMIT / MINUTES_OPEN_LIMIT (tests: a cut without hundreds of rows). */
  limits?: { upcoming?: number; minutesOpen?: number };
};

/**
 * Open meetings (minutes not closed) by start, then the last closed ones. The upcoming ones and those
 * over with their minutes open are read apart, each with its own limit (the soonest upcoming, the
 * latest over), so that old never-closed meetings or a long series never push the others out
 * (fix10 item 6); `cut` says when a limit left some out.
 * @throws NotFoundError without "meeting.view".
 */
export const listMeetings = defineUseCase(
  { capability: "meeting.view", notFound: "meeting" },
  async (ctx, input: ListMeetingsInput | undefined): Promise<MeetingList> => {
    const limits = {
      upcoming: Math.min(input?.limits?.upcoming ?? UPCOMING_LIMIT, UPCOMING_LIMIT),
      minutesOpen: Math.min(input?.limits?.minutesOpen ?? MINUTES_OPEN_LIMIT, MINUTES_OPEN_LIMIT),
    };
    const own = input?.mine ? { coordinatorId: ctx.actor.userId } : {};
    const select = {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      place: true,
      videoLink: true,
      minutesClosedAt: true,
      seriesId: true,
      coordinatorId: true,
    } as const;
    // Not over: started after now minus the longest meeting (the phase below sorts out those over already).
    const notOverFrom = new Date(ctx.now.getTime() - LONGEST_MEETING_MS);
    const [upcomingRead, overRead, closed] = [
      await ctx.read.meeting.findMany({
        where: { ...own, minutesClosedAt: null, startsAt: { gt: notOverFrom } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: limits.upcoming + 1,
        select,
      }),
      await ctx.read.meeting.findMany({
        where: { ...own, minutesClosedAt: null, startsAt: { lte: ctx.now } },
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        take: limits.minutesOpen + 1,
        select,
      }),
      await ctx.read.meeting.findMany({
        where: { ...own, minutesClosedAt: { not: null } },
        orderBy: { startsAt: "desc" },
        take: RECENT_CLOSED,
        select,
      }),
    ];
    const phaseOf = (m: (typeof closed)[number]) => meetingPhase(m, ctx.now);
    const upcoming = upcomingRead.filter((m) => phaseOf(m) === "UPCOMING");
    const over = overRead.filter((m) => phaseOf(m) === "MINUTES_OPEN");
    // The extra row read says whether more were there (each query may also meet a few rows of the other phase
    // around now: those are left to the other query, and the note errs on the side of saying "cut").
    const cut = { upcoming: upcomingRead.length > limits.upcoming, minutesOpen: overRead.length > limits.minutesOpen };
    const open = new Map<string, (typeof closed)[number]>();
    for (const m of [...over.slice(0, limits.minutesOpen), ...upcoming.slice(0, limits.upcoming)]) open.set(m.id, m);
    const rows = [...[...open.values()].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime()), ...closed];
    const items = await ctx.read.meetingAgendaItem.findMany({
      where: { meetingId: { in: rows.map((r) => r.id) }, removedAt: null },
      select: { meetingId: true },
    });
    const byMeeting = new Map<string, number>();
    for (const i of items) byMeeting.set(i.meetingId, (byMeeting.get(i.meetingId) ?? 0) + 1);
    // No citizen appears in the list (names only on the meeting's page, logged there): nothing to log.
    return {
      rows: rows.map(({ coordinatorId, durationMinutes, ...r }) => ({
        ...r,
        phase: meetingPhase({ ...r, durationMinutes }, ctx.now),
        itemCount: byMeeting.get(r.id) ?? 0,
        mine: coordinatorId === ctx.actor.userId,
      })),
      cut,
      limits,
    };
  },
);
