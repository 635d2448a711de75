// The integer day loop of benefitMilestones (issue 10, ADR 0023) against the same rule written
// day by day with Date values (benefitMilestonesByDate): equal on generated status timelines and
// parameters, including month-end clamping, leap years, closures for good and reopenings.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays } from "../dates";
import { benefitMilestones, benefitMilestonesByDate, type BenefitCounting, type Status, type Timeline } from "../dk/common";
import { D } from "./support";

const STATUSES: Status[] = ["ACTIVE", "PARTIAL_RETURN", "CLOSED"];

const arbCase = fc.record({
  // First absence days from 2019 to 2028: leap years, month ends (31st, 29 Feb) included.
  firstOffset: fc.integer({ min: 0, max: 3650 }),
  changes: fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.constantFrom(...STATUSES)), { maxLength: 6 }),
  counting: fc.record({
    limitWeeks: fc.integer({ min: 2, max: 104 }),
    windowMonths: fc.integer({ min: 1, max: 36 }),
    warningWeek: fc.integer({ min: 1, max: 103 }),
    excludedFirstDays: fc.integer({ min: 0, max: 30 }),
    dueRule: fc.constantFrom<BenefitCounting["dueRule"]>("BEFORE_LIMIT_WEEK", "MONTH_END"),
  }),
});

function timelineOf(first: Date, changes: [number, Status][]): Timeline {
  return changes
    .map(([offset, status], i) => ({ status, effectiveOn: addDays(first, offset), i }))
    .sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.i - b.i);
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const shape = (m: ReturnType<typeof benefitMilestones>) => ({
  warningOn: iso(m.warningOn),
  limitReachedOn: iso(m.limitReachedOn),
  dueOn: iso(m.dueOn),
});

describe("benefitMilestones (integer days) equals the Date reference", () => {
  it("on generated timelines and parameters", () => {
    fc.assert(
      fc.property(arbCase, ({ firstOffset, changes, counting }) => {
        const first = addDays(D("2019-01-01"), firstOffset);
        const timeline = timelineOf(first, changes);
        expect(shape(benefitMilestones(first, timeline, counting))).toEqual(shape(benefitMilestonesByDate(first, timeline, counting)));
      }),
      { numRuns: 400 },
    );
  });

  it("where the window's edge decides (limit close to the window's length)", () => {
    // limitWeeks · 7 + 1 within a few days of the window's length: the day the limit is reached
    // depends on where the window starts (month lengths, clamping to the month's last day).
    const arbTight = fc.record({
      firstOffset: fc.integer({ min: 0, max: 3650 }),
      changes: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom(...STATUSES)), { maxLength: 4 }),
      windowMonths: fc.integer({ min: 1, max: 12 }),
      delta: fc.integer({ min: -7, max: 0 }),
      dueRule: fc.constantFrom<BenefitCounting["dueRule"]>("BEFORE_LIMIT_WEEK", "MONTH_END"),
    });
    fc.assert(
      fc.property(arbTight, ({ firstOffset, changes, windowMonths, delta, dueRule }) => {
        const first = addDays(D("2019-01-01"), firstOffset);
        const timeline = timelineOf(first, changes);
        const windowDays = Math.floor(windowMonths * 30.44) + delta;
        const limitWeeks = Math.max(2, Math.floor((windowDays - 1) / 7));
        const counting: BenefitCounting = { limitWeeks, windowMonths, warningWeek: limitWeeks, excludedFirstDays: 0, dueRule };
        expect(shape(benefitMilestones(first, timeline, counting))).toEqual(shape(benefitMilestonesByDate(first, timeline, counting)));
      }),
      { numRuns: 400 },
    );
  });

  it("on month ends and leap days with the 2014 defaults (22 weeks in 9 months)", () => {
    const counting: BenefitCounting = { limitWeeks: 22, windowMonths: 9, warningWeek: 18, excludedFirstDays: 0, dueRule: "MONTH_END" };
    for (const s of ["2024-02-29", "2023-05-31", "2025-08-31", "2027-12-31", "2028-02-29"]) {
      const first = D(s);
      for (const timeline of [
        [],
        timelineOf(first, [[20, "CLOSED"]]),
        timelineOf(first, [
          [10, "CLOSED"],
          [200, "ACTIVE"],
        ]),
      ]) {
        const fast = benefitMilestones(first, timeline, counting);
        expect(shape(fast)).toEqual(shape(benefitMilestonesByDate(first, timeline, counting)));
      }
    }
    // A case closed for good after 20 days never reaches the limit; an open one does.
    expect(benefitMilestones(D("2024-02-29"), timelineOf(D("2024-02-29"), [[20, "CLOSED"]]), counting).limitReachedOn).toBeNull();
    expect(benefitMilestones(D("2024-02-29"), [], counting).limitReachedOn).not.toBeNull();
  });
});
