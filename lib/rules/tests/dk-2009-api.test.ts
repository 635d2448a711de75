// The engine's API with the 2009 parameters: ordering, determinism, nextDeadline, parameter
// validation and the ruleset registry (moved unchanged from the original dk.test.ts).
import { describe, expect, it } from "vitest";
import {
  computeDeadlines,
  DK_DEFAULTS,
  getRuleset,
  InvalidRuleParametersError,
  jurisdictions,
  nextDeadline,
  parseRuleParameters,
  UnknownJurisdictionError,
  type Deadline,
  type DeadlineKind,
  type DeadlineState,
} from "../index";
import { D, day, facts, iso } from "./support";

describe("Danish deadline rules, 2009 version: the list", () => {
  it("returns deadlines sorted by due date, informational windows marked", () => {
    const deadlines = computeDeadlines("DK", {}, facts(), D(day(10)));
    const times = deadlines.map((d) => d.dueOn.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(deadlines.map((d) => d.kind)).toEqual([
      "EMPLOYER_CONVERSATION",
      "CONTACT_WINDOW_OPENS",
      "RETENTION_PLAN_POSSIBLE",
      "FIRST_FOLLOW_UP",
      "BENEFIT_LIMIT_APPROACHING",
      "EXTENSION_ASSESSMENT",
    ]);
    expect(deadlines.filter((d) => d.informational).map((d) => d.kind)).toEqual([
      "CONTACT_WINDOW_OPENS",
      "RETENTION_PLAN_POSSIBLE",
      "BENEFIT_LIMIT_APPROACHING",
    ]);
    for (const d of deadlines) expect(iso(d.dueOn) + "T00:00:00.000Z").toBe(d.dueOn.toISOString());
  });

  it("is deterministic and does not mutate the facts", () => {
    const f = facts({ held: ["2026-03-01", "2026-02-01"], status: [["PARTIAL_RETURN", "2026-03-15"]] });
    const copy = structuredClone(f);
    const a = computeDeadlines("DK", {}, f, D("2026-03-20"));
    const b = computeDeadlines("DK", {}, f, D("2026-03-20"));
    expect(a).toEqual(b);
    expect(f).toEqual(copy);
  });
});

describe("nextDeadline", () => {
  const mk = (kind: DeadlineKind, dueOn: string, state: DeadlineState, extra: Partial<Deadline> = {}): Deadline => ({
    kind,
    dueOn: D(dueOn),
    state,
    legalBasisKey: "x",
    informational: false,
    ...extra,
  });

  it("is null without pending deadlines", () => {
    expect(nextDeadline([])).toBeNull();
    expect(
      nextDeadline([
        mk("CONTACT_WINDOW_OPENS", "2026-01-01", "OVERDUE", { informational: true }),
        mk("EMPLOYER_CONVERSATION", "2026-01-02", "OVERDUE", { satisfiedOn: D("2026-01-01") }),
      ]),
    ).toBeNull();
  });

  it("puts an overdue deadline first, even when the input is unsorted", () => {
    const next = nextDeadline([mk("FOLLOW_UP", "2026-03-01", "DUE_SOON"), mk("EXTENSION_ASSESSMENT", "2026-02-20", "OVERDUE")]);
    expect(next?.kind).toBe("EXTENSION_ASSESSMENT");
  });
});

describe("rule parameters", () => {
  it("fills missing keys with the defaults and drops unknown keys", () => {
    expect(parseRuleParameters("DK", { firstFollowUpWeek: 6, somethingElse: 1 })).toEqual({ ...DK_DEFAULTS, firstFollowUpWeek: 6 });
    expect(parseRuleParameters("DK", null)).toEqual(DK_DEFAULTS);
    expect(parseRuleParameters("DK", {})).toEqual(DK_DEFAULTS);
  });

  it.each([
    ["week 0", { firstFollowUpWeek: 0 }, "firstFollowUpWeek"],
    ["week 53", { firstFollowUpWeek: 53 }, "firstFollowUpWeek"],
    ["a fraction", { contactFromWeek: 4.5 }, "contactFromWeek"],
    ["a string", { followUpIntervalMonths: "3" }, "followUpIntervalMonths"],
    ["negative due-soon days", { dueSoonDays: -1 }, "dueSoonDays"],
    ["contact after the first follow-up", { contactFromWeek: 9 }, "contactFromWeek"],
    ["warning not before the limit", { benefitLimitWarningWeek: 22 }, "benefitLimitWarningWeek"],
    ["limit longer than the window", { benefitLimitWeeks: 40, benefitLimitWindowMonths: 9 }, "benefitLimitWeeks"],
  ])("refuses %s", (_label, params, field) => {
    try {
      parseRuleParameters("DK", params);
      expect.unreachable("should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidRuleParametersError);
      expect((e as InvalidRuleParametersError).issues.map((i) => i.path)).toContain(field);
    }
    expect(() => computeDeadlines("DK", params, facts(), D(day(10)))).toThrow(InvalidRuleParametersError);
  });

  it("has a ruleset registry by jurisdiction and refuses unknown ones", () => {
    expect(jurisdictions()).toContain("DK");
    expect(getRuleset("DK").defaults).toEqual(DK_DEFAULTS);
    expect(() => computeDeadlines("XX", {}, facts(), D(day(10)))).toThrow(UnknownJurisdictionError);
  });
});
