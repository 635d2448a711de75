// The worklist's urgency classes (pure) and their SQL filter agree, at the day boundaries.
import { describe, expect, it } from "vitest";
import { urgencyOf, urgencyWhere } from "@/lib/domain/cases/urgency";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const today = day("2026-03-10");

describe("urgency of the next deadline", () => {
  it.each([
    [null, "NONE"],
    ["2026-03-09", "OVERDUE"],
    ["2026-03-10", "DUE_SOON"],
    ["2026-03-17", "DUE_SOON"],
    ["2026-03-18", "ON_TRACK"],
  ] as const)("%s → %s (7 days due-soon window)", (due, state) => {
    expect(urgencyOf(due ? day(due) : null, today, 7)).toBe(state);
  });

  it("follows the ruleset's due-soon window", () => {
    expect(urgencyOf(day("2026-03-13"), today, 2)).toBe("ON_TRACK");
    expect(urgencyOf(day("2026-03-12"), today, 2)).toBe("DUE_SOON");
  });

  it("builds the same classes as SQL filters", () => {
    expect(urgencyWhere("OVERDUE", today, 7)).toEqual({ nextDeadlineOn: { lt: today } });
    expect(urgencyWhere("DUE_SOON", today, 7)).toEqual({ nextDeadlineOn: { gte: today, lte: day("2026-03-17") } });
    expect(urgencyWhere("ON_TRACK", today, 7)).toEqual({ nextDeadlineOn: { gt: day("2026-03-17") } });
    expect(urgencyWhere("NONE", today, 7)).toEqual({ nextDeadlineOn: null });
  });
});
