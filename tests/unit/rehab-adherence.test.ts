import { describe, expect, it } from "vitest";
import { adherenceDateError, adherenceSummary, adherenceWindow } from "@/lib/rehab/adherence";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("adherence window", () => {
  it("runs from the plan's start to today, both days included", () => {
    expect(adherenceWindow({ startOn: d("2026-03-01"), today: d("2026-03-10") })).toEqual({
      from: d("2026-03-01"),
      to: d("2026-03-10"),
      days: 10,
    });
  });

  it("covers only the last N days when asked", () => {
    expect(adherenceWindow({ startOn: d("2026-01-01"), today: d("2026-03-10"), lastNDays: 7 })).toEqual({
      from: d("2026-03-04"),
      to: d("2026-03-10"),
      days: 7,
    });
  });

  it("never starts before the plan even when N is larger", () => {
    expect(adherenceWindow({ startOn: d("2026-03-08"), today: d("2026-03-10"), lastNDays: 14 })?.days).toBe(3);
  });

  it("ends at the plan's end when that has passed", () => {
    expect(adherenceWindow({ startOn: d("2026-03-01"), endOn: d("2026-03-05"), today: d("2026-03-10") })?.days).toBe(5);
  });

  it("is empty for a plan that starts in the future", () => {
    expect(adherenceWindow({ startOn: d("2026-04-01"), today: d("2026-03-10") })).toBeNull();
  });

  it("refuses a non-positive N", () => {
    expect(() => adherenceWindow({ startOn: d("2026-03-01"), today: d("2026-03-10"), lastNDays: 0 })).toThrow(RangeError);
  });
});

describe("adherence rate", () => {
  const opts = { startOn: d("2026-03-01"), today: d("2026-03-10") };

  it("is 0 with no entries, every day unrecorded", () => {
    expect(adherenceSummary([], opts)).toEqual({ days: 10, done: 0, notDone: 0, unrecorded: 10, rate: 0 });
  });

  it("is null before the plan has started", () => {
    expect(adherenceSummary([], { startOn: d("2026-03-11"), today: d("2026-03-10") }).rate).toBeNull();
  });

  it("counts done days over all days in the window; missing days count as not done", () => {
    const entries = [
      { date: d("2026-03-01"), done: true },
      { date: d("2026-03-02"), done: false },
      { date: d("2026-03-03"), done: true },
      { date: d("2026-03-10"), done: true },
    ];
    expect(adherenceSummary(entries, opts)).toEqual({ days: 10, done: 3, notDone: 1, unrecorded: 6, rate: 0.3 });
  });

  it("is 100 % when every day is done", () => {
    const entries = Array.from({ length: 10 }, (_, i) => ({ date: d(`2026-03-${String(i + 1).padStart(2, "0")}`), done: true }));
    expect(adherenceSummary(entries, opts).rate).toBe(1);
  });

  it("ignores entries outside the window (future days and days before start)", () => {
    const entries = [
      { date: d("2026-02-28"), done: true },
      { date: d("2026-03-11"), done: true },
      { date: d("2026-03-05"), done: true },
    ];
    expect(adherenceSummary(entries, opts)).toMatchObject({ done: 1, rate: 0.1 });
  });

  it("counts a day once when it appears twice (the later entry wins)", () => {
    const entries = [
      { date: d("2026-03-05"), done: true },
      { date: d("2026-03-05"), done: false },
    ];
    expect(adherenceSummary(entries, opts)).toMatchObject({ done: 0, notDone: 1, unrecorded: 9 });
  });

  it("over the last 7 days only counts those days", () => {
    const entries = [
      { date: d("2026-03-01"), done: true },
      { date: d("2026-03-09"), done: true },
      { date: d("2026-03-10"), done: true },
    ];
    const s = adherenceSummary(entries, { ...opts, lastNDays: 7 });
    expect(s.days).toBe(7);
    expect(s.rate).toBeCloseTo(2 / 7);
  });
});

describe("adherence entry dates", () => {
  const opts = { startOn: d("2026-03-01"), endOn: d("2026-04-30"), today: d("2026-03-10") };
  it("accepts today and the start day", () => {
    expect(adherenceDateError(d("2026-03-10"), opts)).toBeNull();
    expect(adherenceDateError(d("2026-03-01"), opts)).toBeNull();
  });
  it("refuses future days", () => {
    expect(adherenceDateError(d("2026-03-11"), opts)).toBe("rehab.errors.adherenceInFuture");
  });
  it("refuses days before the plan started and after it ended", () => {
    expect(adherenceDateError(d("2026-02-28"), opts)).toBe("rehab.errors.adherenceBeforeStart");
    expect(adherenceDateError(d("2026-05-01"), { ...opts, today: d("2026-06-01") })).toBe("rehab.errors.adherenceAfterEnd");
  });
});
