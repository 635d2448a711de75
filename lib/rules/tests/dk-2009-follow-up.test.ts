// Danish deadline rules of the 2009 version — part 1: first follow-up, employer, benefit limit, partial return — ("DK 2009 (source reports)", SPEC §4), table-driven.
// These rows are the engine's original 56 tests, moved here unchanged when the 2014 rules became
// the current version (issue 15): they run against the 2009 parameters (DK_DEFAULTS) through both
// entry points. The base case: first absence day Monday 5 Jan 2026 (day 1), so end of week 4 =
// day 28 = 1 Feb, end of week 8 = day 56 = 1 Mar, week 18 starts on day 120 = 4 May and week 21
// ends on day 147 = 31 May. Interpretations are documented in ../dk/model-2009.ts.
import { describe, it } from "vitest";
import { day, run2009, type Row } from "./support";

const rows: Row[] = [
  // First follow-up and week boundaries
  {
    name: "first follow-up is due at the end of week 8 (day 56)",
    today: day(10),
    expect: { FIRST_FOLLOW_UP: { dueOn: "2026-03-01", state: "ON_TRACK", basis: "dkFirstFollowUp" } },
  },
  {
    name: "day 55: the first follow-up is due soon",
    today: day(55),
    facts: { employer: day(20) },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "DUE_SOON" } },
  },
  {
    name: "day 56: due today is due soon, not overdue",
    today: day(56),
    facts: { employer: day(20) },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "DUE_SOON" } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56), state: "DUE_SOON" },
  },
  {
    name: "day 57: the first follow-up is overdue",
    today: day(57),
    facts: { employer: day(20) },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "OVERDUE" } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56), state: "OVERDUE" },
  },
  { name: "7 days before the deadline is due soon", today: day(49), expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "DUE_SOON" } } },
  { name: "8 days before the deadline is on track", today: day(48), expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "ON_TRACK" } } },
  {
    name: "a follow-up held on day 56 meets the first; the next is due 3 months later",
    today: day(57),
    facts: { held: [day(56)], employer: day(20) },
    expect: { FIRST_FOLLOW_UP: null, FOLLOW_UP: { dueOn: "2026-06-01", basis: "dkFollowUp" } },
    next: { kind: "EXTENSION_ASSESSMENT", dueOn: "2026-05-31", state: "ON_TRACK" },
  },
  {
    name: "a follow-up held early (week 3) starts the 3-month rhythm",
    today: "2026-02-01",
    facts: { held: ["2026-01-24"] },
    expect: { FIRST_FOLLOW_UP: null, FOLLOW_UP: { dueOn: "2026-04-24" } },
  },
  {
    name: "the latest of several held follow-ups is the anchor, in any order",
    today: "2026-03-05",
    facts: { held: ["2026-03-01", "2026-02-10"] },
    expect: { FOLLOW_UP: { dueOn: "2026-06-01" } },
  },

  // Employer's conversation and informational windows
  {
    name: "employer's conversation is due by the end of week 4 and overdue until recorded",
    today: day(29),
    expect: { EMPLOYER_CONVERSATION: { dueOn: "2026-02-01", state: "OVERDUE", satisfiedOn: null } },
    next: { kind: "EMPLOYER_CONVERSATION", dueOn: "2026-02-01", state: "OVERDUE" },
  },
  {
    name: "a recorded employer's conversation is met and not the next deadline",
    today: day(29),
    facts: { employer: "2026-01-26" },
    expect: { EMPLOYER_CONVERSATION: { dueOn: "2026-02-01", state: "ON_TRACK", satisfiedOn: "2026-01-26" } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: "2026-03-01" },
  },
  {
    name: "after week 8 an unrecorded employer's conversation gives way to the overdue first follow-up",
    today: day(57),
    expect: { EMPLOYER_CONVERSATION: null, FIRST_FOLLOW_UP: { dueOn: day(56), state: "OVERDUE" } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56), state: "OVERDUE" },
  },
  {
    name: "on day 56 an unrecorded employer's conversation is still the next deadline",
    today: day(56),
    expect: { EMPLOYER_CONVERSATION: { dueOn: day(28), state: "OVERDUE" } },
    next: { kind: "EMPLOYER_CONVERSATION", dueOn: day(28) },
  },
  {
    name: "employer's conversation stops being pending once a follow-up is held",
    today: day(40),
    facts: { held: ["2026-02-10"] },
    expect: { EMPLOYER_CONVERSATION: null },
  },
  {
    name: "contact window opens at the start of week 5 and a retention plan is possible from week 8",
    today: day(10),
    expect: { CONTACT_WINDOW_OPENS: { dueOn: "2026-02-02" }, RETENTION_PLAN_POSSIBLE: { dueOn: "2026-02-23" } },
  },

  // Benefit limit (22 weeks within 9 months)
  {
    name: "benefit limit is flagged from week 18 and the extension assessment is due by the end of week 21",
    today: day(10),
    expect: { BENEFIT_LIMIT_APPROACHING: { dueOn: "2026-05-04" }, EXTENSION_ASSESSMENT: { dueOn: "2026-05-31", satisfiedOn: null } },
  },
  {
    name: "an unassessed extension is overdue in week 22 and comes first",
    today: "2026-06-01",
    facts: { held: ["2026-03-01"] },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-05-31", state: "OVERDUE" }, FOLLOW_UP: { dueOn: "2026-06-01", state: "DUE_SOON" } },
    next: { kind: "EXTENSION_ASSESSMENT", dueOn: "2026-05-31", state: "OVERDUE" },
  },
  {
    name: "a follow-up held from week 18 counts as the extension assessment",
    today: "2026-06-01",
    facts: { held: ["2026-03-01", "2026-05-10"] },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-05-31", satisfiedOn: "2026-05-10" } },
    next: { kind: "FOLLOW_UP", dueOn: "2026-08-10" },
  },
  {
    name: "a separately recorded extension assessment meets it",
    today: "2026-06-01",
    facts: { held: ["2026-03-01"], assessed: "2026-05-20" },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-05-31", satisfiedOn: "2026-05-20" } },
  },
  {
    name: "a closed period does not count towards the benefit limit",
    today: day(70),
    facts: {
      status: [
        ["CLOSED", day(31)],
        ["ACTIVE", day(61)],
      ],
    },
    expect: { BENEFIT_LIMIT_APPROACHING: { dueOn: day(150) }, EXTENSION_ASSESSMENT: { dueOn: day(177) } },
  },
  {
    name: "after a closure longer than the 9-month window the benefit count starts again",
    today: "2027-02-10",
    facts: {
      status: [
        ["CLOSED", day(101)],
        ["ACTIVE", "2027-02-01"],
      ],
    },
    expect: { BENEFIT_LIMIT_APPROACHING: { dueOn: day(120, "2027-02-01") }, EXTENSION_ASSESSMENT: { dueOn: day(147, "2027-02-01") } },
  },

  // Partial return mid-interval (stricter 4-week rhythm from the change)
  {
    name: "partial return on the day of a follow-up: next within 4 weeks",
    today: "2026-03-02",
    facts: { held: ["2026-03-01"], status: [["PARTIAL_RETURN", "2026-03-01"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-03-29", basis: "dkFollowUpPartialOrProgramme" } },
  },
  {
    name: "partial return 2 weeks after a follow-up: due 4 weeks after the follow-up",
    today: "2026-03-16",
    facts: { held: ["2026-03-01"], status: [["PARTIAL_RETURN", "2026-03-15"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-03-29" } },
  },
  {
    name: "partial return 6 weeks after a follow-up (4 weeks passed): due 4 weeks after the change",
    today: "2026-04-13",
    facts: { held: ["2026-03-01"], status: [["PARTIAL_RETURN", "2026-04-12"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-05-10" } },
  },
  {
    name: "partial return exactly 4 weeks after a follow-up: due that same day",
    today: "2026-03-29",
    facts: { held: ["2026-03-01"], status: [["PARTIAL_RETURN", "2026-03-29"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-03-29", state: "DUE_SOON" } },
  },
  {
    name: "partial return after the 3-month deadline does not move it",
    today: "2026-03-02",
    facts: { held: ["2026-03-01"], status: [["PARTIAL_RETURN", "2026-06-15"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-06-01", basis: "dkFollowUp" } },
  },
  {
    name: "a partial return that ends again before its 4-week deadline leaves that deadline standing",
    today: "2026-03-21",
    facts: {
      held: ["2026-03-01"],
      status: [
        ["PARTIAL_RETURN", "2026-03-10"],
        ["ACTIVE", "2026-03-20"],
      ],
    },
    expect: { FOLLOW_UP: { dueOn: "2026-03-29" } },
  },
  {
    name: "fully sick again on the day of the follow-up: the 3-month interval applies",
    today: "2026-03-02",
    facts: {
      held: ["2026-03-01"],
      status: [
        ["PARTIAL_RETURN", "2026-02-01"],
        ["ACTIVE", "2026-03-01"],
      ],
    },
    expect: { FOLLOW_UP: { dueOn: "2026-06-01" } },
  },
];

describe("Danish deadline rules, 2009 version (part 1)", () => {
  it.each(rows)("$name", run2009);
});
