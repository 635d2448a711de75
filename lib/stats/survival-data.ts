// The shape of time-to-event data shared by the Kaplan–Meier estimator, the log-rank test and RMST,
// and the one definition of "at risk" they all use.

/**
 * One person's time-to-event record, in whole days (any unit works as long as it is the same).
 * - `time`: when the person left observation: the event day, or the last day observed (censored).
 * - `event`: true when the event happened at `time`, false when censored at `time`.
 * - `entry`: delayed entry (left truncation): the person is under observation from `entry` on.
 *   Default 0. Used when time is counted from the first absence day but people enter the study later.
 */
export type SurvivalObservation = { time: number; event: boolean; entry?: number };

/** Throws RangeError when a time is not a finite number ≥ 0 or an entry lies after its exit time. */
export function checkObservations(observations: readonly SurvivalObservation[]): void {
  for (const o of observations) {
    const entry = o.entry ?? 0;
    if (!Number.isFinite(o.time) || o.time < 0) throw new RangeError(`time must be a finite number ≥ 0: ${o.time}`);
    if (!Number.isFinite(entry) || entry < 0) throw new RangeError(`entry must be a finite number ≥ 0: ${entry}`);
    if (entry > o.time) throw new RangeError(`entry ${entry} lies after the exit time ${o.time}`);
    if (typeof o.event !== "boolean") throw new RangeError("event must be true or false");
  }
}

/**
 * Counts the risk set at increasing times. A person is at risk at time t when entry ≤ t ≤ time:
 * observed on day t, including the day they enter and the day they leave (an event or a censoring
 * on day t is preceded by being at risk on day t — the usual convention for ties, censorings after
 * events). Queries must come in non-decreasing order of t. O(n log n) to build, O(n) for all queries.
 */
export function riskSetCounter(observations: readonly SurvivalObservation[]): (t: number) => number {
  const entries = observations.map((o) => o.entry ?? 0).sort((a, b) => a - b);
  const exits = observations.map((o) => o.time).sort((a, b) => a - b);
  let entered = 0;
  let exited = 0;
  let last = -Infinity;
  return (t: number) => {
    if (t < last) throw new RangeError("risk-set queries must be in non-decreasing time order");
    last = t;
    while (entered < entries.length && entries[entered]! <= t) entered++;
    while (exited < exits.length && exits[exited]! < t) exited++;
    return entered - exited;
  };
}

/** Distinct times (sorted) with the number of events and censorings at each. */
export function tally(observations: readonly SurvivalObservation[]): { time: number; events: number; censored: number }[] {
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    const row = byTime.get(o.time) ?? { events: 0, censored: 0 };
    if (o.event) row.events++;
    else row.censored++;
    byTime.set(o.time, row);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([time, r]) => ({ time, ...r }));
}
