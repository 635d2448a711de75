// Danish deadline rules of the 2009 version — part 2: programmes, exemptions, closure, calendar, parameters — ("DK 2009 (source reports)", SPEC §4), table-driven.
// These rows are the engine's original 56 tests, moved here unchanged when the 2014 rules became
// the current version (issue 15): they run against the 2009 parameters (DK_DEFAULTS) through both
// entry points. The base case: first absence day Monday 5 Jan 2026 (day 1), so end of week 4 =
// day 28 = 1 Feb, end of week 8 = day 56 = 1 Mar, week 18 starts on day 120 = 4 May and week 21
// ends on day 147 = 31 May. Interpretations are documented in ../dk/model-2009.ts.
import { describe, it } from "vitest";
import { day, run2009, type Row } from "./support";

const rows: Row[] = [
  // Programme periods
  {
    name: "in an active programme on the day of the follow-up: next within 4 weeks",
    today: "2026-03-02",
    facts: { held: ["2026-03-01"], programmes: [["2026-02-15", null]] },
    expect: { FOLLOW_UP: { dueOn: "2026-03-29", basis: "dkFollowUpPartialOrProgramme" } },
  },
  {
    name: "a programme starting 3 weeks after the follow-up: due 4 weeks after the follow-up",
    today: "2026-03-02",
    facts: { held: ["2026-03-01"], programmes: [["2026-03-22", "2026-05-01"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-03-29" } },
  },
  {
    name: "a programme starting 2 months after the follow-up: due 4 weeks after its start",
    today: "2026-03-02",
    facts: { held: ["2026-03-01"], programmes: [["2026-05-01", null]] },
    expect: { FOLLOW_UP: { dueOn: "2026-05-29" } },
  },
  {
    name: "a programme that ended before the follow-up does not shorten the interval",
    today: "2026-03-02",
    facts: { held: ["2026-03-01"], programmes: [["2026-01-20", "2026-02-20"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-06-01", basis: "dkFollowUp" } },
  },

  // Exemptions
  {
    name: "exemption in weeks 1–3: first follow-up due 4 weeks after it ends (earlier than week 8)",
    today: "2026-01-26",
    facts: { exempt: [["2026-01-05", "2026-01-25"]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: "2026-02-22", basis: "dkFollowUpAfterExemption" } },
  },
  {
    name: "exemption that ended with week 8 still ahead and earlier: week 8 stands",
    today: "2026-02-16",
    facts: { exempt: [["2026-01-20", "2026-02-15"]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: "2026-03-01", basis: "dkFirstFollowUp" } },
  },
  {
    name: "while exempt, the employer's conversation is not flagged either",
    today: day(30),
    facts: { exempt: [[day(15), null]] },
    expect: { EMPLOYER_CONVERSATION: null, FIRST_FOLLOW_UP: null },
  },
  {
    name: "open-ended exemption: no follow-up deadline while exempt",
    today: "2026-03-10",
    facts: { exempt: [["2026-02-01", null]], employer: day(20) },
    expect: { FIRST_FOLLOW_UP: null, FOLLOW_UP: null },
    next: { kind: "EXTENSION_ASSESSMENT", dueOn: "2026-05-31" },
  },
  {
    name: "exemption spanning week 8: during it, the deadline shown is 4 weeks after its end",
    today: "2026-03-10",
    facts: { exempt: [["2026-02-15", "2026-03-20"]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: "2026-04-17", state: "ON_TRACK" } },
  },
  {
    name: "an exemption that began after a missed deadline supersedes it",
    today: "2026-04-10",
    facts: { exempt: [["2026-04-01", "2026-04-30"]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: "2026-05-28", state: "ON_TRACK" } },
  },
  {
    name: "a future exemption after a pending deadline does not move it",
    today: "2026-03-10",
    facts: { held: ["2026-03-01"], exempt: [["2026-07-01", "2026-07-31"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-06-01" } },
  },
  {
    name: "the 3-month deadline falls inside an exemption: due 4 weeks after it ends",
    today: "2026-06-10",
    facts: { held: ["2026-03-01"], exempt: [["2026-05-15", "2026-06-30"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-07-28", basis: "dkFollowUpAfterExemption" } },
  },
  {
    name: "an exemption over before the latest follow-up is irrelevant",
    today: "2026-03-10",
    facts: { held: ["2026-03-01"], exempt: [["2026-01-10", "2026-02-01"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-06-01", basis: "dkFollowUp" } },
  },

  // Closure and reopening
  {
    name: "a closed case has no deadlines",
    today: "2026-03-10",
    facts: { status: [["CLOSED", "2026-03-01"]] },
    expect: { FIRST_FOLLOW_UP: null, EMPLOYER_CONVERSATION: null, EXTENSION_ASSESSMENT: null, CONTACT_WINDOW_OPENS: null },
    next: null,
  },
  {
    name: "reopened after closure with the regular deadline passed: due 4 weeks after reopening",
    today: "2026-07-02",
    facts: {
      held: ["2026-02-20"],
      status: [
        ["CLOSED", "2026-03-10"],
        ["ACTIVE", "2026-07-01"],
      ],
    },
    expect: {
      FOLLOW_UP: { dueOn: "2026-07-29", basis: "dkFollowUpAfterReopening" },
      EMPLOYER_CONVERSATION: null,
      CONTACT_WINDOW_OPENS: null,
      RETENTION_PLAN_POSSIBLE: null,
    },
  },
  {
    name: "reopened with the regular deadline ahead and earlier: the regular one stands",
    today: "2026-02-11",
    facts: {
      status: [
        ["CLOSED", "2026-01-20"],
        ["ACTIVE", "2026-02-10"],
      ],
    },
    expect: {
      FIRST_FOLLOW_UP: { dueOn: "2026-03-01", basis: "dkFirstFollowUp" },
      EMPLOYER_CONVERSATION: null,
      CONTACT_WINDOW_OPENS: null,
      RETENTION_PLAN_POSSIBLE: { dueOn: "2026-02-23" },
    },
  },
  {
    name: "reopened with the regular deadline later than 4 weeks: due 4 weeks after reopening",
    today: "2026-03-21",
    facts: {
      held: ["2026-03-01"],
      status: [
        ["CLOSED", "2026-03-10"],
        ["ACTIVE", "2026-03-20"],
      ],
    },
    expect: { FOLLOW_UP: { dueOn: "2026-04-17", basis: "dkFollowUpAfterReopening" } },
  },

  // Leap days and month ends
  {
    name: "absence starting 29 Feb 2028: end of week 4 is 27 Mar and end of week 8 is 24 Apr",
    today: "2028-03-01",
    facts: { first: "2028-02-29" },
    expect: { EMPLOYER_CONVERSATION: { dueOn: "2028-03-27" }, FIRST_FOLLOW_UP: { dueOn: "2028-04-24" } },
  },
  {
    name: "follow-up on 31 Jan + 3 months is 30 Apr (clamped)",
    today: "2028-02-01",
    facts: { first: "2027-12-01", held: ["2028-01-31"] },
    expect: { FOLLOW_UP: { dueOn: "2028-04-30" } },
  },
  {
    name: "follow-up on 30 Nov 2027 + 3 months is 29 Feb 2028 (leap year)",
    today: "2027-12-01",
    facts: { first: "2027-10-01", held: ["2027-11-30"] },
    expect: { FOLLOW_UP: { dueOn: "2028-02-29" } },
  },
  {
    name: "follow-up on 30 Nov 2028 + 3 months is 28 Feb 2029",
    today: "2028-12-01",
    facts: { first: "2028-10-01", held: ["2028-11-30"] },
    expect: { FOLLOW_UP: { dueOn: "2029-02-28" } },
  },
  {
    name: "partial return on 15 Feb 2028, 2 weeks after a 31 Jan follow-up: due 28 Feb (leap year)",
    today: "2028-02-16",
    facts: { first: "2027-12-01", held: ["2028-01-31"], status: [["PARTIAL_RETURN", "2028-02-15"]] },
    expect: { FOLLOW_UP: { dueOn: "2028-02-28" } },
  },

  // Changed parameters
  {
    name: "first follow-up week 6 moves the first deadline to day 42",
    today: day(10),
    params: { firstFollowUpWeek: 6 },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(42) } },
  },
  {
    name: "a 2-month follow-up interval",
    today: "2026-03-02",
    params: { followUpIntervalMonths: 2 },
    facts: { held: ["2026-03-01"] },
    expect: { FOLLOW_UP: { dueOn: "2026-05-01" } },
  },
  {
    name: "a 2-week interval while partially back at work",
    today: "2026-03-02",
    params: { followUpIntervalWeeksPartialOrProgramme: 2 },
    facts: { held: ["2026-03-01"], status: [["PARTIAL_RETURN", "2026-02-20"]] },
    expect: { FOLLOW_UP: { dueOn: "2026-03-15" } },
  },
  {
    name: "due soon within 14 days",
    today: day(42),
    params: { dueSoonDays: 14 },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "DUE_SOON" } },
  },
  {
    name: "benefit limit 26 weeks, warning from week 22",
    today: day(10),
    params: { benefitLimitWeeks: 26, benefitLimitWarningWeek: 22 },
    expect: { BENEFIT_LIMIT_APPROACHING: { dueOn: day(148) }, EXTENSION_ASSESSMENT: { dueOn: day(175) } },
  },
  {
    name: "missing keys take the defaults (only the employer week changed)",
    today: day(10),
    params: { employerConversationWeek: 3 },
    expect: { EMPLOYER_CONVERSATION: { dueOn: day(21) }, FIRST_FOLLOW_UP: { dueOn: day(56) } },
  },
];

describe("Danish deadline rules, 2009 version (part 2)", () => {
  it.each(rows)("$name", run2009);
});
