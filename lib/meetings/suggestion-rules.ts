// The weekly case conference's agenda suggestion rules (issue 12, ADR 0017), pure: each takes the
// rows and the organisation's thresholds (lib/settings/definitions.ts "meeting*") and today's
// Danish day, and says whether the record is suggested and why. Boundaries (tested just inside and
// just outside in tests/integration/meetings-suggestions.test.ts):
// - DEADLINE: a live case's next legal deadline (rules engine, denormalised on the case) is overdue
//   or falls within `dueWithinDays` days from today (inclusive).
// - REFERRAL_WAITING: a referral not yet started (submitted, accepted or wait-listed) has waited
//   MORE than `waitingDays` days since it was submitted (Danish days).
// - REHAB_STALLED: an ongoing rehab plan's last progress note, goal added, goal corrected (its text,
//   baseline or target, from the correction history) or goal achieved (or its start, if nothing
//   since) is `stalledWeeks` × 7 days ago or longer.
// - RTW_BEHIND: an active return-to-work plan's last `behindWeeks` weeks with recorded hours are
//   consecutive and each below the planned hours.
import { addDays, danishDayOf, daysBetween } from "@/lib/time";

export type SuggestionThresholds = { dueWithinDays: number; waitingDays: number; stalledWeeks: number; behindWeeks: number };

/** Referral states that still wait for a start. */
export const WAITING_REFERRAL_STATUSES = ["SUBMITTED", "ACCEPTED", "WAITLISTED"] as const;

/** DEADLINE: days until the deadline (negative = overdue), or null when not suggested. */
export function deadlineSuggestion(nextDeadlineOn: Date | null, today: Date, dueWithinDays: number): { daysLeft: number } | null {
  if (!nextDeadlineOn) return null;
  const daysLeft = daysBetween(today, nextDeadlineOn);
  return daysLeft <= dueWithinDays ? { daysLeft } : null;
}

/** The last day a case's deadline may fall on to be suggested (for the query). */
export function deadlineHorizon(today: Date, dueWithinDays: number): Date {
  return addDays(today, dueWithinDays);
}

/** REFERRAL_WAITING: days waited since submission, when more than `waitingDays`. */
export function referralWaitingSuggestion(submittedAt: Date, today: Date, waitingDays: number): { days: number } | null {
  const days = daysBetween(danishDayOf(submittedAt), today);
  return days > waitingDays ? { days } : null;
}

/** REHAB_STALLED: days since the plan's last activity, when at least `stalledWeeks` weeks. */
export function rehabStalledSuggestion(
  plan: {
    startOn: Date;
    notes: { writtenOn: Date }[];
    goals: { createdAt: Date; achievedOn: Date | null }[];
    /** When a goal of the plan was corrected (instants, from the correction history). */
    goalCorrections?: Date[];
  },
  today: Date,
  stalledWeeks: number,
): { days: number; lastActivityOn: Date } | null {
  const days = [
    plan.startOn,
    ...plan.notes.map((n) => n.writtenOn),
    ...plan.goals.map((g) => danishDayOf(g.createdAt)),
    ...plan.goals.flatMap((g) => (g.achievedOn ? [g.achievedOn] : [])),
    ...(plan.goalCorrections ?? []).map(danishDayOf),
  ];
  const lastActivityOn = days.reduce((a, b) => (b > a ? b : a));
  const since = daysBetween(lastActivityOn, today);
  return since >= stalledWeeks * 7 ? { days: since, lastActivityOn } : null;
}

/** RTW_BEHIND: the weeks (numbers) behind, when the last `behindWeeks` recorded weeks are consecutive and each below plan. */
export function rtwBehindSuggestion(
  weeks: { weekNumber: number; plannedHours: number; actualHours: number | null }[],
  behindWeeks: number,
): { weekNumbers: number[] } | null {
  const recorded = weeks.filter((w) => w.actualHours !== null).sort((a, b) => a.weekNumber - b.weekNumber);
  const last = recorded.slice(-behindWeeks);
  if (last.length < behindWeeks) return null;
  const consecutive = last.every((w, i) => i === 0 || w.weekNumber === last[i - 1]!.weekNumber + 1);
  return consecutive && last.every((w) => w.actualHours! < w.plannedHours) ? { weekNumbers: last.map((w) => w.weekNumber) } : null;
}
