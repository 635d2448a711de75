// The assembled analysis and its plain-language reading.
import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/stats/random";
import { analyseStudy, type AnalysisParticipant } from "./analysis";
import { deriveOutcomes, type CaseRecord } from "./outcomes";
import { simulateTrial } from "./simulation";
import type { Arm, ClosingReason } from "./types";

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const ENTRY = D("2026-03-02");
const ANALYSIS = D("2027-06-01");

/** A participant who entered on ENTRY and left after `days` (null = still open), with optional notes. */
function person(
  arm: Arm,
  days: number | null,
  opts: { reason?: ClosingReason; partialAfter?: number; notes?: [number, number][] } = {},
): AnalysisParticipant {
  const first = addDays(ENTRY, -56);
  const statusChanges: CaseRecord["statusChanges"] = [
    { status: "ACTIVE", effectiveOn: first },
    ...(opts.partialAfter !== undefined ? [{ status: "PARTIAL_RETURN" as const, effectiveOn: addDays(ENTRY, opts.partialAfter) }] : []),
    ...(days !== null
      ? [{ status: "CLOSED" as const, effectiveOn: addDays(ENTRY, days), closingReason: opts.reason ?? "FULL_RETURN_TO_WORK" }]
      : []),
  ];
  const progressNotes = (opts.notes ?? []).map(([day, score]) => ({
    writtenOn: addDays(ENTRY, day),
    selfRatedHealth: score,
    workAbility: score * 2,
  }));
  return { arm, outcomes: deriveOutcomes({ firstAbsenceDay: first, entryDay: ENTRY, statusChanges, progressNotes }, ANALYSIS) };
}

const small: AnalysisParticipant[] = [
  person("INTERVENTION", 40, {
    notes: [
      [0, 2],
      [60, 4],
    ],
  }),
  person("INTERVENTION", 60, {
    partialAfter: 20,
    notes: [
      [0, 3],
      [30, 4],
    ],
  }),
  person("INTERVENTION", 80),
  person("INTERVENTION", 100, { reason: "MOVED" }),
  person("INTERVENTION", 200),
  person("INTERVENTION", null),
  person("CONTROL", 70, {
    notes: [
      [0, 2],
      [60, 2],
    ],
  }),
  person("CONTROL", 90, {
    notes: [
      [0, 3],
      [90, 2],
    ],
  }),
  person("CONTROL", 120),
  person("CONTROL", 150, { reason: "TRANSFERRED_TO_OTHER_BENEFIT" }),
  person("CONTROL", 300),
  person("CONTROL", null),
];

describe("analyseStudy", () => {
  const a = analyseStudy(small, { design: "RANDOMISED", bootstrap: { seed: 1, replicates: 200 } });

  it("counts participants, open cases and the people behind every estimate", () => {
    expect(a.participants).toEqual({ INTERVENTION: 6, CONTROL: 6 });
    expect(a.openCases).toEqual({ INTERVENTION: 1, CONTROL: 1 });
    expect(a.offBenefit.fromEntry.curves.INTERVENTION).toMatchObject({ n: 6, events: 4 }); // the move censors
    expect(a.offBenefit.fromEntry.curves.CONTROL).toMatchObject({ n: 6, events: 5 });
    expect(a.offBenefit.fromEntry.atRisk.find((r) => r.time === 90)).toEqual({ time: 90, INTERVENTION: 3, CONTROL: 5 }); // at risk on the day they leave
    expect(a.offBenefit.fromFirstAbsence.curves.INTERVENTION.steps[0]!.time).toBe(96); // 56 + 40
  });

  it("gives medians and their difference from entry", () => {
    // Intervention: S = 5/6, 4/6, 3/6 at days 40, 60, 80 — flat at exactly ½ until the next event (day 200): midpoint 140.
    // Control: S = ½ from day 120 until the next event (day 150): midpoint 135.
    expect(a.offBenefit.fromEntry.medians.INTERVENTION.estimate).toBe(140);
    expect(a.offBenefit.fromEntry.medians.CONTROL.estimate).toBe(135);
    expect(a.offBenefit.fromEntry.medianDifference.estimate).toBe(5);
  });

  it("gives the RMST difference with τ capped at the follow-up of an arm that has not reached 0", () => {
    const r = a.offBenefit.fromEntry.rmst!;
    expect(r.plannedTau).toBe(365);
    expect(r.tau).toBe(365); // open cases are followed to day 456
    expect(r.difference.difference).toBeCloseTo(r.arms.INTERVENTION.estimate - r.arms.CONTROL.estimate, 12);
    expect(r.difference.difference).toBeLessThan(0);
  });

  it("analyses first return: a partial return is the event, another closing censors", () => {
    expect(a.firstReturn.participants).toEqual({ INTERVENTION: 6, CONTROL: 6 });
    expect(a.firstReturn.notAtRisk).toEqual({ INTERVENTION: 0, CONTROL: 0 });
    expect(a.firstReturn.fromEntry.curves.INTERVENTION.steps[0]).toMatchObject({ time: 20, events: 1 });
    expect(a.firstReturn.fromEntry.curves.CONTROL.events).toBe(4); // the transfer censors
  });

  it("gives shares off benefit at 3, 6 and 12 months with counts, Wilson and Newcombe intervals", () => {
    const three = a.offBenefitAt.find((s) => s.months === 3)!;
    // 3 months after 2 March = 2 June = day 92: intervention 40, 60, 80 off; 100 moved after day 92? no: moved on day 100 → still on benefit
    expect(three.arms.INTERVENTION).toMatchObject({ count: 3, n: 6, unknown: 0 });
    expect(three.arms.CONTROL).toMatchObject({ count: 2, n: 6, unknown: 0 });
    expect(three.difference.difference).toBeCloseTo(3 / 6 - 2 / 6, 12);
    const twelve = a.offBenefitAt.find((s) => s.months === 12)!;
    expect(twelve.arms.INTERVENTION).toMatchObject({ count: 4, n: 5, unknown: 1 }); // the move is unknown
    expect(twelve.arms.CONTROL).toMatchObject({ count: 5, n: 6, unknown: 0 });
  });

  it("compares score changes between the first and the last note", () => {
    expect(a.scores.selfRatedHealth.arms.INTERVENTION).toMatchObject({ n: 2, mean: 1.5 });
    expect(a.scores.selfRatedHealth.arms.CONTROL).toMatchObject({ n: 2, mean: -0.5 });
    expect(a.scores.selfRatedHealth.difference!.difference).toBeCloseTo(2, 12);
    expect(a.scores.workAbility.difference!.difference).toBeCloseTo(4, 12);
  });

  it("reads 'we cannot tell yet' while the interval spans no difference", () => {
    const d = a.offBenefit.fromEntry.rmst!.difference;
    expect(d.lower).toBeLessThan(0);
    expect(d.upper).toBeGreaterThan(0);
    expect(a.reading[0]).toEqual({
      key: "studies.reading.cannotTellYet",
      params: {
        days: Math.round(-d.difference),
        direction: "shorter",
        shorterBy: Math.round(-d.lower),
        longerBy: Math.round(d.upper),
        tau: 365,
      },
    });
    expect(a.reading.map((m) => m.key)).toContain("studies.reading.openCasesCensored");
    expect(a.sampleSize).toBeNull();
    // No planned effect: the reading says to set one to see how many more participants are needed.
    expect(a.reading).toContainEqual({ key: "studies.reading.noPlannedEffect", params: {} });
  });

  it("says how many more participants the planned effect needs", () => {
    const p = analyseStudy(small, { design: "RANDOMISED", bootstrap: { seed: 1, replicates: 200 }, plannedEffectDays: 14 });
    expect(p.sampleSize!.needed).toBeGreaterThan(12);
    expect(p.sampleSize!.more).toBe(p.sampleSize!.needed - 12);
    expect(p.reading).toContainEqual({
      key: "studies.reading.moreParticipantsNeeded",
      params: { effect: 14, power: 80, needed: p.sampleSize!.needed, more: p.sampleSize!.more },
    });
    expect(p.reading.map((m) => m.key)).not.toContain("studies.reading.noPlannedEffect");
  });

  it("reads nothing with fewer than 5 in an arm, and adds the caveat for matched designs", () => {
    const few = analyseStudy(small.slice(2), { design: "MATCHED", bootstrap: { seed: 1, replicates: 200 }, interim: true });
    expect(few.reading).toEqual([
      { key: "studies.reading.tooFew", params: { minimum: 5 } },
      { key: "studies.reading.matched", params: {} },
      { key: "studies.reading.interim", params: {} },
    ]);
  });

  it("says when τ had to be shortened because follow-up is still short", () => {
    const early = small.map((p, i) => person(p.arm, [40, 60, 80, 100, 200, null, 70, 90, 120, 150, 300, null][i]! ?? null, {}));
    const short = analyseStudy(
      early.map((p) => ({
        ...p,
        outcomes: deriveOutcomes(
          {
            firstAbsenceDay: addDays(ENTRY, -56),
            entryDay: ENTRY,
            statusChanges: [{ status: "ACTIVE", effectiveOn: addDays(ENTRY, -56) }],
          },
          addDays(ENTRY, 120),
        ),
      })),
      { design: "RANDOMISED", bootstrap: { seed: 1, replicates: 200 } },
    );
    expect(short.offBenefit.fromEntry.rmst).toMatchObject({ tau: 120, plannedTau: 365 });
    expect(short.reading).toEqual([{ key: "studies.reading.noFollowUp", params: {} }]);
  });

  it("reads a clear difference as such, with the interval in whole days", () => {
    const { participants } = simulateTrial(createRng(3), 2400, 14);
    const big = analyseStudy(participants, { design: "RANDOMISED", bootstrap: { seed: 2, replicates: 200 }, plannedEffectDays: 14 });
    const d = big.offBenefit.fromEntry.rmst!.difference;
    expect(d.upper).toBeLessThan(0);
    expect(big.reading[0]).toEqual({
      key: "studies.reading.shorter",
      params: { days: Math.round(-d.difference), from: Math.round(-d.upper), to: Math.round(-d.lower), tau: 365 },
    });
    expect(big.offBenefit.fromEntry.logRank.stratified).toBe(true);
    expect(big.offBenefit.fromEntry.logRank.pValue!).toBeLessThan(0.05);
  });

  it("is reproducible: the same data and bootstrap seed give the same result", () => {
    expect(analyseStudy(small, { design: "RANDOMISED", bootstrap: { seed: 9, replicates: 200 } })).toEqual(
      analyseStudy(small, { design: "RANDOMISED", bootstrap: { seed: 9, replicates: 200 } }),
    );
  });
});
