// Small-number protection of curves, and the planned sample size.
import { describe, expect, it } from "vitest";
import { kaplanMeier } from "@/lib/stats/kaplan-meier";
import { schoenfeldEvents } from "@/lib/stats/power";
import { disclosureSafeCurve } from "./disclosure";
import { planParticipants } from "./planning";

describe("disclosureSafeCurve", () => {
  // 20 people leaving on days 1..20 (one each day).
  const curve = kaplanMeier(Array.from({ length: 20 }, (_, i) => ({ time: i + 1, event: true })));

  it("draws a drop only once 5 events have accumulated, and stops where fewer than 5 are at risk", () => {
    const d = disclosureSafeCurve(curve);
    expect(d.points.map((p) => [p.time, Number(p.survival.toFixed(12)), p.atRisk])).toEqual([
      [0, 1, 20],
      [5, 0.75, 16],
      [10, 0.5, 11],
      [15, 0.25, 6],
    ]);
    expect(d.cutAt).toBe(17); // 4 at risk on day 17
    expect(d.endsAt).toBe(16);
    for (const p of d.points.slice(1)) expect(p.atRisk).toBeGreaterThanOrEqual(5);
  });

  it("draws nothing for a group under 5", () => {
    const small = kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
    expect(disclosureSafeCurve(small)).toEqual({ points: [], endsAt: 0, cutAt: 1 });
    expect(disclosureSafeCurve(kaplanMeier([]))).toEqual({ points: [], endsAt: 0, cutAt: null });
  });
});

describe("planParticipants", () => {
  it("uses Schoenfeld's events for the hazard ratio of the planned medians", () => {
    const p = planParticipants({ controlMedianDays: 120, shorterByDays: 20, expectedEventShare: 0.8 });
    expect(p.hazardRatio).toBeCloseTo(1.2, 12);
    expect(p.events).toBe(Math.ceil(schoenfeldEvents({ hazardRatio: 1.2 })));
    expect(p.participants).toBe(p.perArm.INTERVENTION + p.perArm.CONTROL);
    expect(p.perArm.INTERVENTION).toBe(p.perArm.CONTROL);
    expect(p.participants).toBeGreaterThanOrEqual(p.events / 0.8);
    const twoToOne = planParticipants({ controlMedianDays: 120, shorterByDays: 20, ratio: { INTERVENTION: 2, CONTROL: 1 } });
    expect(twoToOne.perArm.INTERVENTION).toBe(2 * twoToOne.perArm.CONTROL);
    expect(() => planParticipants({ controlMedianDays: 10, shorterByDays: 14 })).toThrow(RangeError);
  });
});
