// Small-number protection for Kaplan–Meier curves (SPEC §6: no figure may rest on fewer than 5 people).
// A curve drawn step by step shows when each person left; this prepares a curve for display:
//  - it ends where fewer than `minAtRisk` people are at risk (the tail that identifies individuals);
//  - drops are merged so that every drawn drop rests on at least `minEvents` events (the curve is
//    drawn only at the times where the running count of events reaches the threshold).
// The estimates themselves are unchanged; only which points are drawn.
import type { KaplanMeierCurve } from "@/lib/stats/kaplan-meier";

export type DisplayPoint = { time: number; survival: number; lower: number | null; upper: number | null; atRisk: number };
export type DisplayCurve = {
  points: DisplayPoint[];
  /** The curve is drawn flat from the last point up to this day. */
  endsAt: number;
  /** Day where the curve was cut because fewer than `minAtRisk` were at risk; null when not cut. */
  cutAt: number | null;
};

/** The drawable points of `curve` under the rules above (defaults 5 and 5). An empty curve gives no points. */
export function disclosureSafeCurve(curve: KaplanMeierCurve, { minAtRisk = 5, minEvents = 5 } = {}): DisplayCurve {
  const points: DisplayPoint[] = [];
  const first = curve.steps[0];
  if (!first) return { points, endsAt: 0, cutAt: null };
  if (first.atRisk < minAtRisk) return { points, endsAt: 0, cutAt: first.time };
  points.push({ time: 0, survival: 1, lower: 1, upper: 1, atRisk: first.atRisk });
  let pending = 0;
  let endsAt = 0;
  for (const s of curve.steps) {
    if (s.atRisk < minAtRisk) return { points, endsAt, cutAt: s.time };
    pending += s.events;
    endsAt = s.time;
    if (pending >= minEvents) {
      points.push({ time: s.time, survival: s.survival, lower: s.lower, upper: s.upper, atRisk: s.atRisk });
      pending = 0;
    }
  }
  return { points, endsAt, cutAt: null };
}
