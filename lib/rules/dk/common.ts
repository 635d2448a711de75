// Building blocks shared by the Danish rule models (2009 and 2014): the status timeline, pauses
// (exemptions and closures), and the rolling benefit-day count. Pure.
//
// Counting: the first absence day is day 1, so "end of week N" = firstAbsenceDay + 7N − 1 days and
// "from week N" = firstAbsenceDay + 7(N − 1) days. Months are calendar months, clamped to the last
// day of the month (31 Jan + 3 months = 30 Apr; 30 Nov + 3 months = 28/29 Feb).
import { addDays, addMonths, daysBetween, endOfMonth } from "../dates";
import type { CaseFacts, DeadlineState, ExemptionReason } from "../types";

export type Status = CaseFacts["statusChanges"][number]["status"];

export const t = (d: Date) => d.getTime();

/**
 * State of a pending deadline on `today`: OVERDUE when dueOn < today; DUE_SOON when it is due today
 * or within `dueSoonDays` days; otherwise ON_TRACK.
 */
export function deadlineState(dueOn: Date, today: Date, dueSoonDays: number): DeadlineState {
  const days = daysBetween(today, dueOn);
  if (days < 0) return "OVERDUE";
  return days <= dueSoonDays ? "DUE_SOON" : "ON_TRACK";
}

/** Status changes in effective order (stable for changes on the same day: input order). */
export function timelineOf(facts: CaseFacts) {
  return facts.statusChanges.map((c, i) => ({ ...c, i })).sort((a, b) => t(a.effectiveOn) - t(b.effectiveOn) || a.i - b.i);
}
export type Timeline = ReturnType<typeof timelineOf>;

/** Status in force on `day`; before the first recorded change a case is ACTIVE. */
export function statusOn(timeline: Timeline, day: Date): Status {
  let s: Status = "ACTIVE";
  for (const c of timeline) {
    if (t(c.effectiveOn) > t(day)) break;
    s = c.status;
  }
  return s;
}

/** True when the latest status change closes the case. */
export function isClosed(timeline: Timeline): boolean {
  return timeline.length > 0 && timeline[timeline.length - 1]!.status === "CLOSED";
}

/** The day of the latest reopening (a non-CLOSED change right after a CLOSED one), or null. */
export function lastReopening(timeline: Timeline): Date | null {
  let reopened: Date | null = null;
  for (let i = 1; i < timeline.length; i++) {
    if (timeline[i - 1]!.status === "CLOSED" && timeline[i]!.status !== "CLOSED") reopened = timeline[i]!.effectiveOn;
  }
  return reopened;
}

/**
 * What both models start from: the status timeline, the first absence day, the held follow-ups in
 * order, the latest of them and the latest reopening; null for a closed case (it has no deadlines).
 */
export function openCaseBasics(facts: CaseFacts) {
  const timeline = timelineOf(facts);
  if (isClosed(timeline)) return null;
  const held = [...facts.heldFollowUps].sort((a, b) => t(a) - t(b));
  return { timeline, first: facts.firstAbsenceDay, held, lastHeld: held.at(-1) ?? null, reopenedOn: lastReopening(timeline) };
}

/** Exemption reasons that are the standby arrangement for life-threatening illness (no conversations while it applies). */
export const STANDBY_EXEMPTION_REASONS: readonly ExemptionReason[] = ["TERMINAL_ILLNESS"];

/** The exemption in force on `day`, if any (untilOn is the last exempt day). */
export function exemptionOn(facts: CaseFacts, day: Date): CaseFacts["exemptions"][number] | undefined {
  return facts.exemptions.find((e) => t(e.fromOn) <= t(day) && (e.untilOn === null || t(day) <= t(e.untilOn)));
}

/** True while an exemption covers `day`. */
export function exemptOn(facts: CaseFacts, day: Date): boolean {
  return exemptionOn(facts, day) !== undefined;
}

/** True while a programme period (started referral) covers `day`. */
export function inProgrammeOn(facts: CaseFacts, day: Date): boolean {
  return facts.programmePeriods.some((pp) => t(pp.fromOn) <= t(day) && (pp.untilOn === null || t(day) <= t(pp.untilOn)));
}

/**
 * A period without conversations: an exemption [fromOn, untilOn] or a closure followed by a
 * reopening. `resumeOn` is the first day after it (null: open-ended), `restartDue` the day the next
 * conversation is due after it (`resumeWeeks` weeks from its end).
 */
export type Pause = { start: Date; resumeOn: Date | null; restartDue: Date | null; basis: string };

/** The case's pauses, earliest first; `basis` names the translation keys of the restart deadlines. */
export function pausesOf(
  facts: CaseFacts,
  timeline: Timeline,
  resumeWeeks: number,
  basis: { exemption: string; reopening: string },
): Pause[] {
  const w = 7 * resumeWeeks;
  const pauses: Pause[] = facts.exemptions.map((e) => ({
    start: e.fromOn,
    resumeOn: e.untilOn ? addDays(e.untilOn, 1) : null,
    restartDue: e.untilOn ? addDays(e.untilOn, w) : null,
    basis: basis.exemption,
  }));
  let closedSince: Date | null = null;
  for (const c of timeline) {
    if (c.status === "CLOSED") closedSince ??= c.effectiveOn;
    else if (closedSince) {
      pauses.push({ start: closedSince, resumeOn: c.effectiveOn, restartDue: addDays(c.effectiveOn, w), basis: basis.reopening });
      closedSince = null;
    }
  }
  return pauses.sort((a, b) => t(a.start) - t(b.start));
}

/**
 * Moves a conversation deadline (`due`, computed from `anchor`) around the pauses:
 *  - a pause over before the anchor is ignored; one that has not begun by today and starts after
 *    the deadline does not touch it;
 *  - an open-ended exemption removes the deadline (null: no conversations while exempt);
 *  - otherwise the deadline becomes the restart deadline, unless the regular one still lies ahead
 *    of the pause's end and is earlier ("whichever is earlier").
 * So a conversation deadline never falls on an exempt day.
 */
export function applyPauses(
  pauses: readonly Pause[],
  due: Date,
  basis: string,
  anchor: Date,
  today: Date,
): { due: Date; basis: string; moved: boolean } | null {
  let moved = false;
  for (const pause of pauses) {
    if (pause.resumeOn && t(pause.resumeOn) <= t(anchor)) continue; // over before the anchor
    if (t(pause.start) > t(due) && t(pause.start) > t(today)) continue; // not begun, deadline comes first
    if (!pause.resumeOn || !pause.restartDue) return null; // open-ended exemption
    if (t(due) >= t(pause.resumeOn)) {
      if (t(pause.restartDue) < t(due)) {
        due = pause.restartDue;
        basis = pause.basis;
        moved = true;
      }
    } else {
      due = pause.restartDue;
      basis = pause.basis;
      moved = true;
    }
  }
  return { due, basis, moved };
}

/** How the benefit-day count is turned into the reassessment date (see benefitMilestones). */
export type BenefitCounting = {
  limitWeeks: number;
  windowMonths: number;
  warningWeek: number;
  /** Days from the first absence day that do not count (the employer period, § 24, stk. 2). */
  excludedFirstDays: number;
  /**
   * BEFORE_LIMIT_WEEK (2009 reading): due the day the count completes week `limitWeeks` − 1.
   * MONTH_END (§ 24, stk. 1 since 2014): due the last day of the month in which the count exceeds `limitWeeks` weeks.
   */
  dueRule: "BEFORE_LIMIT_WEEK" | "MONTH_END";
};

export type BenefitMilestones = {
  /** The day the count enters week `warningWeek`. */
  warningOn: Date | null;
  /** The day the count first exceeds `limitWeeks` weeks (the limit has passed from this day). */
  limitReachedOn: Date | null;
  /** The day the reassessment (extension assessment) is due. */
  dueOn: Date | null;
};

/**
 * Benefit days are the days from the first absence day on which the case is not CLOSED (partial
 * return counts), except the first `excludedFirstDays`, counted in a rolling window
 * (day − windowMonths, day]. Scans at most six years, and stops early once the case is closed for
 * good (after its last status change the count can only fall, so no milestone can follow).
 *
 * The day loop works on integers (days since 1970-01-01 and a running calendar date) instead of
 * `Date` objects: this runs for every case on every list view and deadline refresh (issue 10,
 * ADR 0023). `benefitMilestonesByDate` below is the same rule written with `Date`s, the reference
 * the unit test compares it with; non-integer month windows fall back to it.
 */
export function benefitMilestones(first: Date, timeline: Timeline, c: BenefitCounting): BenefitMilestones {
  if (!Number.isInteger(c.windowMonths)) return benefitMilestonesByDate(first, timeline, c);
  const warnAt = (c.warningWeek - 1) * 7 + 1;
  const beforeLimitAt = (c.limitWeeks - 1) * 7;
  const limitAt = c.limitWeeks * 7 + 1;
  const horizon = 366 * 6;
  const firstMs = t(first);
  const effective = timeline.map((x) => t(x.effectiveOn));
  const prefix = new Int32Array(horizon + 1);
  // The calendar date (UTC) of day i, advanced one day at a time.
  let { y, m, d } = civilOf(Math.floor(firstMs / DAY_MS));
  let next = 0;
  let status: Status = "ACTIVE";
  let warningAt = -1;
  let dueAt = -1;
  for (let i = 0; i < horizon; i++) {
    const dayMs = firstMs + i * DAY_MS;
    if (i > 0 && ++d > daysInMonth(y, m)) {
      d = 1;
      if (++m > 12) ((m = 1), y++);
    }
    while (next < timeline.length && effective[next]! <= dayMs) status = timeline[next++]!.status;
    // Closed for good: from here the count can only fall, and day i − 1 reached no further milestone.
    if (i > 0 && next === timeline.length && status === "CLOSED") break;
    prefix[i + 1] = prefix[i]! + (status === "CLOSED" || i < c.excludedFirstDays ? 0 : 1);
    // addMonths(day, −windowMonths): the same day of the month, clamped to the month's last day.
    const months = y * 12 + (m - 1) - c.windowMonths;
    const wy = Math.floor(months / 12);
    const wm = months - wy * 12 + 1;
    const windowStart = dayNumber(wy, wm, Math.min(d, daysInMonth(wy, wm)));
    const from = Math.max(0, Math.round((windowStart * DAY_MS - firstMs) / DAY_MS) + 1);
    const count = prefix[i + 1]! - prefix[from]!;
    if (warningAt < 0 && count >= warnAt) warningAt = i;
    if (dueAt < 0 && c.dueRule === "BEFORE_LIMIT_WEEK" && count >= beforeLimitAt) dueAt = i;
    if (count >= limitAt) {
      const day = new Date(dayMs);
      return {
        warningOn: warningAt < 0 ? day : new Date(firstMs + warningAt * DAY_MS),
        limitReachedOn: day,
        dueOn: c.dueRule === "MONTH_END" ? endOfMonth(day) : dueAt < 0 ? null : new Date(firstMs + dueAt * DAY_MS),
      };
    }
  }
  return {
    warningOn: warningAt < 0 ? null : new Date(firstMs + warningAt * DAY_MS),
    limitReachedOn: null,
    dueOn: dueAt < 0 ? null : new Date(firstMs + dueAt * DAY_MS),
  };
}

const DAY_MS = 86_400_000;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y` (proleptic Gregorian). */
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of the calendar date y-m-d (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (days since 1970-01-01; H. Hinnant's civil_from_days). */
function civilOf(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** benefitMilestones written day by day with `Date` values: the reference rule (and the fallback for non-integer windows). */
export function benefitMilestonesByDate(first: Date, timeline: Timeline, c: BenefitCounting): BenefitMilestones {
  const warnAt = (c.warningWeek - 1) * 7 + 1;
  const beforeLimitAt = (c.limitWeeks - 1) * 7;
  const limitAt = c.limitWeeks * 7 + 1;
  const horizon = 366 * 6;
  const prefix = [0];
  let next = 0;
  let status: Status = "ACTIVE";
  let warningOn: Date | null = null;
  let dueOn: Date | null = null;
  for (let i = 0; i < horizon; i++) {
    const day = addDays(first, i);
    while (next < timeline.length && t(timeline[next]!.effectiveOn) <= t(day)) status = timeline[next++]!.status;
    prefix.push(prefix[i]! + (status === "CLOSED" || i < c.excludedFirstDays ? 0 : 1));
    const from = Math.max(0, daysBetween(first, addMonths(day, -c.windowMonths)) + 1);
    const count = prefix[i + 1]! - prefix[from]!;
    if (!warningOn && count >= warnAt) warningOn = day;
    if (!dueOn && c.dueRule === "BEFORE_LIMIT_WEEK" && count >= beforeLimitAt) dueOn = day;
    if (count >= limitAt) {
      if (c.dueRule === "MONTH_END") dueOn = endOfMonth(day);
      return { warningOn: warningOn ?? day, limitReachedOn: day, dueOn };
    }
  }
  return { warningOn, limitReachedOn: null, dueOn };
}
