// The manager's view of a study's analysis (results-view.ts): no count of 1–4 people, no comparison
// while an arm has fewer than 5, curves only where at least 5 are at risk.
import { describe, expect, it } from "vitest";
import { addDays, utcDay } from "@/lib/time";
import { analyseStudy, type AnalysisParticipant } from "./analysis";
import { balanceTable } from "./balance";
import { deriveOutcomes } from "./outcomes";
import { registrationBalance } from "./registration-balance";
import { resultsView } from "./results-view";
import { studyResultsCsv } from "./results-csv";
import { translatorFor } from "@/lib/i18n/server";
import type { StudyResults } from "@/lib/domain/studies/get-study-results";
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

type Reg = Parameters<typeof registrationBalance>[0][number];

function view(
  perArm: { INTERVENTION: (number | null)[]; CONTROL: (number | null)[] },
  /** Changes the registration record of the k-th participant of an arm (counted within the arm). */
  reg: (r: Reg, k: number) => Reg = (r) => r,
) {
  const ps = (["INTERVENTION", "CONTROL"] as const).flatMap((arm) => perArm[arm].map((d) => participant(arm, d)));
  const cov = { ageBand: "30-39", sex: "F", diagnosisGroup: "MENTAL", employmentStatus: "EMPLOYEE", weeksOnBenefitAtEntry: 5 };
  const covs = (arm: Arm) => perArm[arm].map(() => cov);
  const seen = { INTERVENTION: 0, CONTROL: 0 };
  const regs = ps.map((p): Reg =>
    reg(
      {
        arm: p.arm,
        firstAbsenceDay: FIRST,
        entryDay: ENTRY,
        exemptionsFrom: [],
        followUpsDue: 0,
        followUpsHeld: 0,
        closed: p.outcomes.offBenefit.fromEntry.event,
        closingReason: "FULL_RETURN_TO_WORK",
        firstRegistrationDay: null,
      },
      seen[p.arm]++,
    ),
  );
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

  it("a matched comparison shows the matched groups, the difference after matching and the one before (hidden where a cell is 1–4)", () => {
    const base = { ageBand: "30-39", diagnosisGroup: "MENTAL", employmentStatus: "EMPLOYEE", weeksOnBenefitAtEntry: 5 };
    const women = (n: number) => Array.from({ length: n }, () => ({ ...base, sex: "F" }));
    const men = (n: number) => Array.from({ length: n }, () => ({ ...base, sex: "M" }));
    // Before: 6 women vs a pool of 6 women and 3 men; after: 6 women vs 6 women.
    const table = balanceTable(
      { intervention: women(6), comparison: [...women(6), ...men(3)] },
      { intervention: women(6), comparison: women(6) },
    );
    const ps = Array.from({ length: 12 }, (_, i) => participant(i < 6 ? "INTERVENTION" : "CONTROL", 30 + i));
    const v = resultsView(
      analyseStudy(ps, { design: "MATCHED", bootstrap: { seed: 7, replicates: 200 } }),
      table,
      registrationBalance([], { analysisDay: ANALYSIS }),
    );
    expect(v.baseline.matched).toBe(true);
    const female = v.baseline.rows.find((r) => r.covariate === "sex" && r.level === "F")!;
    expect(female.arms.CONTROL).toEqual({ share: { suppressed: false, value: 1 }, lower: null, upper: null });
    expect(female.smd).toBe(0);
    // Before matching the pool had 3 men (a cell of 1–4): its difference is not shown.
    expect(female.smdBefore).toBeNull();
    const male = v.baseline.rows.find((r) => r.covariate === "sex" && r.level === "M")!;
    expect(male.smd).toBe(0);
    expect(male.smdBefore).toBeNull();
    // Weeks on benefit: every case has 5 weeks, before and after.
    const weeks = v.baseline.rows.find((r) => r.covariate === "weeksOnBenefitAtEntry")!;
    expect(weeks).toMatchObject({ smd: 0, smdBefore: 0 });
    // A randomised table has no "before matching".
    expect(view({ INTERVENTION: [10, 20, 30, 40, 50], CONTROL: [10, 20, 30, 40, 50] }).baseline).toMatchObject({ matched: false });
  });

  describe("registration warnings never disclose a hidden cell (issue 14)", () => {
    const twenty = () => Array.from({ length: 20 }, (_, i) => 30 + i * 5);
    const noDigits = (v: ReturnType<typeof view>) => {
      const json = JSON.stringify(v.registration.warnings);
      expect(json.replace(/"key":"[^"]*"/g, "")).not.toMatch(/[0-9]/);
    };

    it("3 of 20 exemptions against 0 of 20: the cell 3/20 is hidden, so the warning has no numbers", () => {
      const v = view({ INTERVENTION: twenty(), CONTROL: twenty() }, (r, k) =>
        r.arm === "INTERVENTION" && k < 3 ? { ...r, exemptionsFrom: [addDays(ENTRY, 10)] } : r,
      );
      const m = v.registration.metrics.find((x) => x.metric === "exemptions")!;
      expect("share" in m.arms.INTERVENTION && m.arms.INTERVENTION.share.suppressed).toBe(true);
      expect(v.registration.warnings).toEqual([{ key: "studies.registration.differs.exemptions", params: {} }]);
      noDigits(v);
    });

    it("1 of 2 closed cases without a reason: no '50 %' warning, only that the arms differ", () => {
      // Intervention: 20 closed with a reason; control: 2 closed, 1 of them without a reason (50 %).
      const closedOnly = (r: Reg, k: number): Reg =>
        r.arm === "CONTROL" ? { ...r, closed: k < 2, closingReason: k === 0 ? null : r.closingReason } : { ...r, closed: true };
      const v = view({ INTERVENTION: twenty(), CONTROL: twenty() }, closedOnly);
      expect(v.registration.warnings).toEqual([{ key: "studies.registration.differs.missingClosingReasons", params: {} }]);
      noDigits(v);
    });

    it("a median of 1–4 people behind a days warning hides its numbers too", () => {
      const v = view({ INTERVENTION: twenty(), CONTROL: twenty() }, (r, k) => ({
        ...r,
        firstRegistrationDay: r.arm === "CONTROL" ? (k < 3 ? addDays(ENTRY, 30) : null) : addDays(ENTRY, 1),
      }));
      expect(v.registration.warnings).toEqual([{ key: "studies.registration.differs.daysToFirstRegistration", params: {} }]);
      noDigits(v);
    });

    it("the CSV carries the same numberless warning, in Danish and in English", () => {
      const v = view({ INTERVENTION: twenty(), CONTROL: twenty() }, (r, k) =>
        r.arm === "INTERVENTION" && k < 3 ? { ...r, exemptionsFrom: [addDays(ENTRY, 10)] } : r,
      );
      for (const locale of ["da", "en"] as const) {
        const t = translatorFor(locale);
        const results = {
          study: { name: "S" },
          analysisDay: ANALYSIS,
          results: v,
          excluded: { suppressed: false, value: 0 },
          matching: null,
        };
        const csv = studyResultsCsv(results as unknown as StudyResults, t, locale);
        const line = csv.split("\r\n").find((l) => l.includes(t("studies.registration.differs.exemptions")));
        expect(line).toBeDefined();
        expect(line).not.toMatch(/[0-9]/);
        expect(csv).not.toContain(t("studies.registration.warning.exemptions", { intervention: 15, control: 0, threshold: 10 }));
      }
    });

    it("keeps the numbers when every cell behind the warning counts 0 or at least 5", () => {
      const v = view({ INTERVENTION: twenty(), CONTROL: twenty() }, (r, k) =>
        r.arm === "INTERVENTION" && k < 8 ? { ...r, exemptionsFrom: [addDays(ENTRY, 10)] } : r,
      );
      expect(v.registration.warnings).toEqual([
        { key: "studies.registration.warning.exemptions", params: { intervention: 40, control: 0, threshold: 10 } },
      ]);
    });
  });
});
