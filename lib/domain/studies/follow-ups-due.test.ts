// Follow-ups due in a study participant's case by the deadline engine (DK 2014 rules, built-in
// parameters: a follow-up 4 weeks after the last held one, no visitation recorded), worked out by hand.
import { describe, expect, it } from "vitest";
import type { CaseFacts } from "@/lib/rules";
import { addDays, utcDay } from "@/lib/time";
import { followUpsDueByRules } from "./follow-ups-due";

const FIRST = utcDay(2026, 2, 2);
const ENTRY = addDays(FIRST, 30);
const ANALYSIS = addDays(ENTRY, 100);
const DK = { jurisdiction: "DK", versions: [] };

function facts(heldAfterEntry: number[], closedAfter?: number): CaseFacts {
  return {
    firstAbsenceDay: FIRST,
    statusChanges: [
      { status: "ACTIVE", effectiveOn: FIRST },
      ...(closedAfter === undefined ? [] : [{ status: "CLOSED" as const, effectiveOn: addDays(ENTRY, closedAfter) }]),
    ],
    exemptions: [],
    heldFollowUps: [ENTRY, ...heldAfterEntry.map((d) => addDays(ENTRY, d))],
    programmePeriods: [],
  };
}

describe("followUpsDueByRules", () => {
  it("counts a follow-up nobody planned: due 4 weeks after entry, not held", () => {
    // Due day 28 ≤ 100; no later conversation: that overdue one is the last due.
    expect(followUpsDueByRules(facts([]), ENTRY, ANALYSIS, DK)).toEqual({ due: 1, held: 0 });
  });

  it("counts conversations held by their due day", () => {
    // Due 28 (held 28), 56 (held 56), 84 (held 84); the next, 112, is after the analysis day.
    expect(followUpsDueByRules(facts([28, 56, 84]), ENTRY, ANALYSIS, DK)).toEqual({ due: 3, held: 3 });
  });

  it("a late conversation does not count as held but starts the next rhythm", () => {
    // Due 28, held 35 (late); due 63, held 60; due 88, none after: 3 due, 1 held in time.
    expect(followUpsDueByRules(facts([35, 60]), ENTRY, ANALYSIS, DK)).toEqual({ due: 3, held: 1 });
  });

  it("nothing is due from the day the case closes", () => {
    // Closed on day 50: due 28 (held 28); the next, 56, falls after the closing.
    expect(followUpsDueByRules(facts([28], 50), ENTRY, ANALYSIS, DK)).toEqual({ due: 1, held: 1 });
  });

  it("returns null without a ruleset, so that the caller counts the planned rows", () => {
    expect(followUpsDueByRules(facts([]), ENTRY, ANALYSIS, null)).toBeNull();
  });
});
