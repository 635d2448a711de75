// The outcomes the results page added after the audit of issue 14: the change in self-rated health
// and work ability (Welch difference, numbers computed by hand below) and the comparison from the
// first absence day (delayed entry). Cells of 1–4 people are hidden as everywhere else.
import { describe, expect, it } from "vitest";
import { addDays, utcDay } from "@/lib/time";
import { analyseStudy, type AnalysisParticipant } from "./analysis";
import { balanceTable } from "./balance";
import { deriveOutcomes } from "./outcomes";
import { registrationBalance } from "./registration-balance";
import { resultsView } from "./results-view";
import type { Arm } from "./types";

const ENTRY = utcDay(2026, 1, 5);
const ANALYSIS = utcDay(2027, 3, 1);
const FIRST = addDays(ENTRY, -40);

/** A participant leaving benefit `days` after entry (null = still open) with two progress notes whose scores change by `change`. */
function participant(arm: Arm, days: number | null, change?: { health: number; work: number }): AnalysisParticipant {
  const statusChanges = [
    { status: "ACTIVE" as const, effectiveOn: FIRST },
    ...(days === null
      ? []
      : [{ status: "CLOSED" as const, effectiveOn: addDays(ENTRY, days), closingReason: "FULL_RETURN_TO_WORK" as const }]),
  ];
  const progressNotes = change
    ? [
        { writtenOn: addDays(ENTRY, 5), selfRatedHealth: 2, workAbility: 5 },
        { writtenOn: addDays(ENTRY, 60), selfRatedHealth: 2 + change.health, workAbility: 5 + change.work },
      ]
    : [];
  return { arm, outcomes: deriveOutcomes({ firstAbsenceDay: FIRST, entryDay: ENTRY, statusChanges, progressNotes }, ANALYSIS) };
}

function view(ps: AnalysisParticipant[]) {
  return resultsView(
    analyseStudy(ps, { design: "RANDOMISED", bootstrap: { seed: 7, replicates: 200 } }),
    balanceTable({ intervention: [], comparison: [] }),
    registrationBalance([], { analysisDay: ANALYSIS }),
  );
}

describe("score changes (issue 14: change in self-rated health and work ability where progress notes exist)", () => {
  // Self-rated health: intervention changes 1, 2, 3, 2, 2 (mean 2, variance 0.5); control 0, 1, 1, 0, 1
  // (mean 0.6, variance 0.3). Difference 1.4; SE² = 0.5/5 + 0.3/5 = 0.16, SE = 0.4; Welch df =
  // 0.16² / (0.1²/4 + 0.06²/4) = 7.5294; t(0.975, 7.5294) = 2.33133 → 1.4 ± 0.93253 = 0.4675 … 2.3325.
  // Work ability: intervention −1, 0, 1, 0, 0 (mean 0, variance 0.5); control as above: difference −0.6,
  // same SE and df → −0.6 ± 0.93253 = −1.5325 … 0.3325 (spans 0: "we cannot tell yet").
  const health = { INTERVENTION: [1, 2, 3, 2, 2], CONTROL: [0, 1, 1, 0, 1] };
  const work = { INTERVENTION: [-1, 0, 1, 0, 0], CONTROL: [0, 1, 1, 0, 1] };
  const people = (control = 5) => [
    ...health.INTERVENTION.map((h, i) => participant("INTERVENTION", 30 + i * 10, { health: h, work: work.INTERVENTION[i]! })),
    ...health.CONTROL.slice(0, control).map((h, i) => participant("CONTROL", 35 + i * 10, { health: h, work: work.CONTROL[i]! })),
    ...Array.from({ length: 5 - control }, (_, i) => participant("CONTROL", 80 + i)),
  ];

  it("shows n and mean change per arm, the Welch difference with its 95 % interval, and reads it", () => {
    const s = view(people()).scores;
    expect(s.selfRatedHealth.n).toEqual({ INTERVENTION: { suppressed: false, value: 5 }, CONTROL: { suppressed: false, value: 5 } });
    expect(s.selfRatedHealth.mean.INTERVENTION).toBeCloseTo(2, 12);
    expect(s.selfRatedHealth.mean.CONTROL).toBeCloseTo(0.6, 12);
    expect(s.selfRatedHealth.difference!.estimate).toBeCloseTo(1.4, 12);
    expect(s.selfRatedHealth.difference!.lower).toBeCloseTo(0.46747, 4);
    expect(s.selfRatedHealth.difference!.upper).toBeCloseTo(2.33253, 4);
    expect(s.selfRatedHealth.reading).toEqual({
      key: "studies.scores.reading.higher",
      params: { score: "selfRatedHealth", group: "control", points: 1.4, from: 0.5, to: 2.3 },
    });
    expect(s.workAbility.difference!.estimate).toBeCloseTo(-0.6, 12);
    expect(s.workAbility.difference!.lower).toBeCloseTo(-1.53253, 4);
    expect(s.workAbility.difference!.upper).toBeCloseTo(0.33253, 4);
    expect(s.workAbility.reading).toEqual({
      key: "studies.scores.reading.cannotTellYet",
      params: { score: "workAbility", group: "control", points: 0.6, from: -1.5, to: 0.3 },
    });
  });

  it("hides an arm with 1–4 changes: no count, no mean, no difference", () => {
    const s = view(people(4)).scores;
    expect(s.selfRatedHealth.n.CONTROL).toEqual({ suppressed: true });
    expect(s.selfRatedHealth.mean.CONTROL).toBeNull();
    expect(s.selfRatedHealth.difference).toBeNull();
    expect(s.selfRatedHealth.reading).toEqual({ key: "studies.scores.reading.tooFew", params: { score: "selfRatedHealth", minimum: 5 } });
    expect(JSON.stringify(s)).not.toMatch(/"value":[1-4][,}]/);
  });
});

describe("from the first absence day (issue 14: days from first absence and from entry)", () => {
  // 12 per arm entered 40 days after their first absence; 11 leave benefit at 20, 35, …, 170 days
  // after entry (+10 in the control arm), one stays open. After the 6th event S(t) is exactly 0.5,
  // so the Kaplan–Meier median is the midpoint of the 6th and 7th events (as R's survfit): (95 + 110) / 2
  // = 102.5 days from entry (intervention), 112.5 (control); from the first absence 142.5 and 152.5.
  const arm = (a: Arm, offset: number) => Array.from({ length: 12 }, (_, i) => participant(a, i === 11 ? null : 20 + i * 15 + offset));

  it("shows the medians per arm, their difference and the log-rank test on that scale", () => {
    const v = view([...arm("INTERVENTION", 0), ...arm("CONTROL", 10)]);
    expect(v.offBenefit.medians!.INTERVENTION.estimate).toBe(102.5);
    const f = v.fromFirstAbsence.offBenefit!;
    expect(f.medians.INTERVENTION.estimate).toBe(142.5);
    expect(f.medians.CONTROL.estimate).toBe(152.5);
    expect(f.medianDifference).toBe(-10);
    expect(f.logRank!.pValue).toBeGreaterThan(0);
    expect(f.logRank!.pValue).toBeLessThanOrEqual(1);
    // Nobody had a partial return, and a full return closes: first return = leaving benefit here.
    expect(v.fromFirstAbsence.firstReturn!.medians.CONTROL.estimate).toBe(152.5);
  });

  it("shows nothing while an arm has fewer than 5", () => {
    const v = view([...arm("INTERVENTION", 0).slice(0, 4), ...arm("CONTROL", 10)]);
    expect(v.fromFirstAbsence).toEqual({ offBenefit: null, firstReturn: null });
  });
});
