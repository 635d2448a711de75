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

/**
 * Open meetings (minutes not closed) by start, then the last closed ones.
 * @throws NotFoundError without "meeting.view".
 */
export const listMeetings = defineUseCase({ capability: "meeting.view", notFound: "meeting" }, async (ctx): Promise<MeetingRow[]> => {
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
  const [open, closed] = [
    await ctx.read.meeting.findMany({ where: { minutesClosedAt: null }, orderBy: { startsAt: "asc" }, take: 200, select }),
    await ctx.read.meeting.findMany({
      where: { minutesClosedAt: { not: null } },
      orderBy: { startsAt: "desc" },
      take: RECENT_CLOSED,
      select,
    }),
  ];
  const rows = [...open, ...closed];
  const items = await ctx.read.meetingAgendaItem.findMany({
    where: { meetingId: { in: rows.map((r) => r.id) }, removedAt: null },
    select: { meetingId: true },
  });
  const byMeeting = new Map<string, number>();
  for (const i of items) byMeeting.set(i.meetingId, (byMeeting.get(i.meetingId) ?? 0) + 1);
  // No citizen appears in the list (names only on the meeting's page, logged there): nothing to log.
  return rows.map(({ coordinatorId, durationMinutes, ...r }) => ({
    ...r,
    phase: meetingPhase({ ...r, durationMinutes }, ctx.now),
    itemCount: byMeeting.get(r.id) ?? 0,
    mine: coordinatorId === ctx.actor.userId,
  }));
});
