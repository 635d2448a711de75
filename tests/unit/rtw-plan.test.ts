import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  canChangeStatus,
  numberWeeks,
  readProposalWeeks,
  roundHalf,
  rtwTotals,
  scheduleIssues,
  stepUpSchedule,
  weekStartOn,
  withinMandate,
} from "@/lib/rtw/plan";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("step-up schedule", () => {
  it("goes from 6 hours on 3 days to 37 hours on 5 days over 6 weeks", () => {
    const s = stepUpSchedule({ startHours: 6, targetHours: 37, weeks: 6, startDays: 3, targetDays: 5 });
    expect(s.map((w) => w.weekNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s[0]).toMatchObject({ plannedHours: 6, plannedDays: 3 });
    expect(s[5]).toMatchObject({ plannedHours: 37, plannedDays: 5 });
    expect(s.map((w) => w.plannedHours)).toEqual([6, 12, 18.5, 24.5, 31, 37]);
  });

  it("with one week is just the target", () => {
    expect(stepUpSchedule({ startHours: 10, targetHours: 20, weeks: 1, startDays: 2, targetDays: 4 })).toEqual([
      { weekNumber: 1, plannedHours: 20, plannedDays: 4, pattern: null },
    ]);
  });

  it("never steps down, stays in half hours and within the schedule rules", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 48 }),
        fc.integer({ min: 0, max: 48 }),
        fc.integer({ min: 1, max: 52 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        (a, b, weeks, da, db) => {
          const [startHours, targetHours] = a <= b ? [a, b] : [b, a];
          const [startDays, targetDays] = da <= db ? [da, db] : [db, da];
          fc.pre(targetHours / targetDays <= 12 && startHours / startDays <= 12);
          const s = stepUpSchedule({ startHours, targetHours, weeks, startDays, targetDays });
          expect(s).toHaveLength(weeks);
          for (let i = 1; i < s.length; i++) expect(s[i]!.plannedHours).toBeGreaterThanOrEqual(s[i - 1]!.plannedHours);
          for (const w of s) {
            expect(roundHalf(w.plannedHours)).toBe(w.plannedHours);
            expect(w.plannedDays).toBeLessThanOrEqual(targetDays);
          }
          expect(s[s.length - 1]!.plannedHours).toBe(targetHours);
          expect(scheduleIssues(s)).toEqual([]);
        },
      ),
    );
  });

  it("refuses an impossible number of weeks", () => {
    expect(() => stepUpSchedule({ startHours: 6, targetHours: 37, weeks: 0, startDays: 3, targetDays: 5 })).toThrow(RangeError);
    expect(() => stepUpSchedule({ startHours: 6, targetHours: 37, weeks: 53, startDays: 3, targetDays: 5 })).toThrow(RangeError);
  });
});

describe("schedule rules", () => {
  it("accepts 6 hours over 3 mornings", () => {
    expect(scheduleIssues([{ plannedHours: 6, plannedDays: 3 }])).toEqual([]);
  });
  it("flags hours without days, too many hours a day, out-of-range values and quarter hours", () => {
    expect(scheduleIssues([{ plannedHours: 6, plannedDays: 0 }])).toEqual([
      { index: 0, field: "plannedDays", code: "rtw.errors.daysRequired" },
    ]);
    expect(scheduleIssues([{ plannedHours: 30, plannedDays: 2 }])).toEqual([
      { index: 0, field: "plannedHours", code: "rtw.errors.tooManyHoursPerDay" },
    ]);
    expect(scheduleIssues([{ plannedHours: 49, plannedDays: 5 }])[0]?.code).toBe("rtw.errors.hoursOutOfRange");
    expect(scheduleIssues([{ plannedHours: 6.25, plannedDays: 3 }])[0]?.code).toBe("rtw.errors.halfHours");
    expect(scheduleIssues([{ plannedHours: 6, plannedDays: 8 }])[0]?.code).toBe("rtw.errors.daysOutOfRange");
  });
  it("allows a week off (0 hours on 0 days)", () => {
    expect(scheduleIssues([{ plannedHours: 0, plannedDays: 0 }])).toEqual([]);
  });
  it("reports the row index of each problem", () => {
    expect(
      scheduleIssues([
        { plannedHours: 6, plannedDays: 3 },
        { plannedHours: 6, plannedDays: 0 },
      ]).map((i) => i.index),
    ).toEqual([1]);
  });
});

describe("totals", () => {
  it("sums planned and actual hours and compares actual with the planned hours of recorded weeks", () => {
    const t = rtwTotals([
      { weekNumber: 1, plannedHours: 6, plannedDays: 3, actualHours: 6 },
      { weekNumber: 2, plannedHours: 12, plannedDays: 3, actualHours: 9 },
      { weekNumber: 3, plannedHours: 18, plannedDays: 4, actualHours: null },
    ]);
    expect(t).toEqual({ plannedHours: 36, actualHours: 15, weeksWithActual: 2, plannedHoursInRecordedWeeks: 18, ratio: 15 / 18 });
  });
  it("has no ratio before anything is recorded", () => {
    expect(rtwTotals([{ weekNumber: 1, plannedHours: 6, plannedDays: 3, actualHours: null }]).ratio).toBeNull();
    expect(rtwTotals([]).plannedHours).toBe(0);
  });
});

describe("weeks, proposals, status and mandate", () => {
  it("dates week n from the plan's start", () => {
    expect(weekStartOn(d("2026-03-02"), 1)).toEqual(d("2026-03-02"));
    expect(weekStartOn(d("2026-03-02"), 3)).toEqual(d("2026-03-16"));
  });
  it("numbers rows and reads stored proposals", () => {
    expect(numberWeeks([{ plannedHours: 6, plannedDays: 3, pattern: null }]).map((w) => w.weekNumber)).toEqual([1]);
    expect(readProposalWeeks([{ week: 1, plannedHours: 6, plannedDays: 3, pattern: "formiddage" }])).toEqual([
      { weekNumber: 1, plannedHours: 6, plannedDays: 3, pattern: "formiddage" },
    ]);
    expect(readProposalWeeks([{ plannedHours: "6" }])).toBeNull();
    expect(readProposalWeeks({})).toBeNull();
  });
  it("moves status forward only", () => {
    expect(canChangeStatus("DRAFT", "ACTIVE")).toBe(true);
    expect(canChangeStatus("ACTIVE", "COMPLETED")).toBe(true);
    expect(canChangeStatus("ACTIVE", "CANCELLED")).toBe(true);
    expect(canChangeStatus("ACTIVE", "DRAFT")).toBe(false);
    expect(canChangeStatus("COMPLETED", "ACTIVE")).toBe(false);
    expect(canChangeStatus("CANCELLED", "DRAFT")).toBe(false);
  });
  it("approves within the mandate up to and including the limit", () => {
    expect(withinMandate(10_000, 10_000)).toBe(true);
    expect(withinMandate(10_001, 10_000)).toBe(false);
  });
});
