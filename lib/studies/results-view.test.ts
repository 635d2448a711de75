// The manager's view of a study's analysis (results-view.ts): no count of 1–4 people, no comparison
// while an arm has fewer than 5, curves only where at least 5 are at risk.
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

function participant(arm: Arm, days: number | null): AnalysisParticipant {
  const statusChanges = [
    { status: "ACTIVE" as const, effectiveOn: FIRST },
    ...(days === null
      ? []
      : [{ status: "CLOSED" as const, effectiveOn: addDays(ENTRY, days), closingReason: "FULL_RETURN_TO_WORK" as const }]),
  ];
  return { arm, outcomes: deriveOutcomes({ firstAbsenceDay: FIRST, entryDay: ENTRY, statusChanges }, ANALYSIS) };
}

function view(perArm: { INTERVENTION: (number | null)[]; CONTROL: (number | null)[] }) {
  const ps = (["INTERVENTION", "CONTROL"] as const).flatMap((arm) => perArm[arm].map((d) => participant(arm, d)));
  const cov = { ageBand: "30-39", sex: "F", diagnosisGroup: "MENTAL", employmentStatus: "EMPLOYEE", weeksOnBenefitAtEntry: 5 };
  const covs = (arm: Arm) => perArm[arm].map(() => cov);
  const regs = ps.map((p) => ({
    arm: p.arm,
    firstAbsenceDay: FIRST,
    entryDay: ENTRY,
    exemptionsFrom: [],
    followUpsDue: 0,
    followUpsHeld: 0,
    closed: p.outcomes.offBenefit.fromEntry.event,
    closingReason: "FULL_RETURN_TO_WORK",
    firstRegistrationDay: null,
  }));
  return resultsView(
    analyseStudy(ps, { design: "RANDOMISED", bootstrap: { seed: 7, replicates: 200 } }),
    balanceTable({ intervention: covs("INTERVENTION"), comparison: covs("CONTROL") }),
    registrationBalance(regs, { analysisDay: ANALYSIS }),
  );
}

describe("resultsView", () => {
  it("suppresses an arm of 1–4 and compares nothing", () => {
    const v = view({ INTERVENTION: [10, 20, 30], CONTROL: [10, 20, 30, 40, 50, 60, 70] });
    expect(v.participants.INTERVENTION).toEqual({ suppressed: true });
    expect(v.participants.CONTROL).toEqual({ suppressed: false, value: 7 });
    expect(v.comparable).toBe(false);
    expect(v.offBenefit.rmst).toBeNull();
    expect(v.offBenefit.medians).toBeNull();
    expect(v.offBenefit.logRank).toBeNull();
    expect(v.offBenefit.curves.INTERVENTION.points).toEqual([]);
    for (const h of v.offBenefitAt) expect(h.difference).toBeNull();
    expect(v.baseline.rows.every((r) => r.smd === null)).toBe(true);
  });

  it("shows comparisons with enough people, never a count of 1–4 and no curve point below 5 at risk", () => {
    const days = (offset: number) => Array.from({ length: 12 }, (_, i) => (i === 11 ? null : 20 + i * 15 + offset));
    const v = view({ INTERVENTION: days(0), CONTROL: days(10) });
    expect(v.comparable).toBe(true);
    expect(v.offBenefit.rmst).not.toBeNull();
    for (const arm of ["INTERVENTION", "CONTROL"] as const) {
      for (const p of v.offBenefit.curves[arm].points) expect(p.atRisk).toBeGreaterThanOrEqual(5);
      for (const r of v.offBenefit.atRisk) {
        const c = r[arm];
        expect(c.suppressed || c.value === 0 || c.value >= 5).toBe(true);
      }
      for (const h of v.offBenefitAt) {
        const s = h.arms[arm].share;
        if (s.suppressed) expect(h.arms[arm].lower).toBeNull();
      }
    }
    expect(JSON.stringify(v)).not.toMatch(/"count":[1-4][,}]/);
  });
});
