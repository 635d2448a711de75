// Adherence to the home programme (pure). The citizen's follow-up sheet records, per calendar day,
// whether the exercises were done. The rate is the share of days in the window recorded as done:
// a day without an entry counts as not done, because the sheet is the only evidence we have
// (report 003, tiltag 4: "noter hver gang øvelserne er lavet"). Days after today never count, and
// entries dated in the future are refused on input (see adherenceDateError).
import { addDays, daysBetween } from "@/lib/rules/dates";

export type AdherenceEntryLike = { date: Date; done: boolean };

export type AdherenceWindow = { from: Date; to: Date; days: number };

export type AdherenceSummary = {
  /** Calendar days in the window (0 when the plan has not started yet). */
  days: number;
  done: number;
  notDone: number;
  /** Days in the window without an entry. */
  unrecorded: number;
  /** done / days, or null when the window is empty. */
  rate: number | null;
};

/**
 * The days the rate is computed over: from the plan's start (or the last `lastNDays` days when
 * given) to today, or to the plan's end when that is earlier. Null when the window is empty.
 */
export function adherenceWindow(opts: { startOn: Date; endOn?: Date | null; today: Date; lastNDays?: number }): AdherenceWindow | null {
  const { startOn, endOn, today, lastNDays } = opts;
  if (lastNDays !== undefined && (!Number.isInteger(lastNDays) || lastNDays < 1))
    throw new RangeError("lastNDays must be a positive integer");
  const to = endOn && endOn.getTime() < today.getTime() ? endOn : today;
  let from = startOn;
  if (lastNDays !== undefined) {
    const nAgo = addDays(to, -(lastNDays - 1));
    if (nAgo.getTime() > from.getTime()) from = nAgo;
  }
  if (from.getTime() > to.getTime()) return null;
  return { from, to, days: daysBetween(from, to) + 1 };
}

/** Adherence over the window; duplicate entries for one day count once (the latest in the list wins). */
export function adherenceSummary(
  entries: readonly AdherenceEntryLike[],
  opts: { startOn: Date; endOn?: Date | null; today: Date; lastNDays?: number },
): AdherenceSummary {
  const w = adherenceWindow(opts);
  if (!w) return { days: 0, done: 0, notDone: 0, unrecorded: 0, rate: null };
  const byDay = new Map<number, boolean>();
  for (const e of entries) {
    const t = e.date.getTime();
    if (t < w.from.getTime() || t > w.to.getTime()) continue;
    byDay.set(t, e.done);
  }
  let done = 0;
  for (const v of byDay.values()) if (v) done++;
  const notDone = byDay.size - done;
  return { days: w.days, done, notDone, unrecorded: w.days - byDay.size, rate: done / w.days };
}

/** Why an adherence entry for `date` is refused, as a translation key; null when it is fine. */
export function adherenceDateError(date: Date, opts: { startOn: Date; endOn?: Date | null; today: Date }): string | null {
  if (date.getTime() > opts.today.getTime()) return "rehab.errors.adherenceInFuture";
  if (date.getTime() < opts.startOn.getTime()) return "rehab.errors.adherenceBeforeStart";
  if (opts.endOn && date.getTime() > opts.endOn.getTime()) return "rehab.errors.adherenceAfterEnd";
  return null;
}
