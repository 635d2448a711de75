// Danish follow-up deadlines, table-driven. The base case: first absence day Monday 5 Jan 2026
// (day 1), so end of week 4 = day 28 = 1 Feb, end of week 8 = day 56 = 1 Mar, week 18 starts on
// day 120 = 4 May and week 21 ends on day 147 = 31 May. Interpretations are documented in dk.ts.
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import {
  DK_DEFAULTS,
  computeDeadlines,
  getRuleset,
  InvalidRuleParametersError,
  jurisdictions,
  nextDeadline,
  parseRuleParameters,
  UnknownJurisdictionError,
  type CaseFacts,
  type Deadline,
  type DeadlineKind,
  type DeadlineState,
} from "./index";

type Status = CaseFacts["statusChanges"][number]["status"];
const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const FIRST = "2026-01-05";
/** Day n of the base case's sick leave (day 1 = first absence day), as ISO. */
const day = (n: number, first = FIRST) => iso(addDays(D(first), n - 1));

type FactsInput = {
  first?: string;
  /** Status changes after the initial ACTIVE on the first absence day. */
  status?: [Status, string][];
  exempt?: [string, string | null][];
  held?: string[];
  programmes?: [string, string | null][];
  employer?: string;
  assessed?: string;
};

function facts(f: FactsInput = {}): CaseFacts {
  const first = f.first ?? FIRST;
  return {
    firstAbsenceDay: D(first),
    statusChanges: [
      { status: "ACTIVE", effectiveOn: D(first) },
      ...(f.status ?? []).map(([status, on]) => ({ status, effectiveOn: D(on) })),
    ],
    exemptions: (f.exempt ?? []).map(([a, b]) => ({ fromOn: D(a), untilOn: b ? D(b) : null })),
    heldFollowUps: (f.held ?? []).map(D),
    programmePeriods: (f.programmes ?? []).map(([a, b]) => ({ fromOn: D(a), untilOn: b ? D(b) : null })),
    employerConversationHeldOn: f.employer ? D(f.employer) : null,
    extensionAssessedOn: f.assessed ? D(f.assessed) : null,
  };
}

type Expect = { dueOn: string; state?: DeadlineState; basis?: string; satisfiedOn?: string | null } | null;
type Row = {
  name: string;
  facts?: FactsInput;
  params?: Record<string, unknown>;
  today: string;
  /** Per kind: the expected deadline, or null when it must be absent. */
  expect?: Partial<Record<DeadlineKind, Expect>>;
  /** The expected next deadline (undefined: not checked). */
  next?: { kind: DeadlineKind; dueOn: string; state?: DeadlineState } | null;
};

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

describe("Danish deadline rules", () => {
  it.each(rows)("$name", (row) => {
    const deadlines = computeDeadlines("DK", row.params ?? DK_DEFAULTS, facts(row.facts), D(row.today));
    const byKind = new Map(deadlines.map((d) => [d.kind, d]));
    expect(deadlines.map((d) => d.kind).length, "one deadline per kind").toBe(byKind.size);
    for (const [kind, exp] of Object.entries(row.expect ?? {}) as [DeadlineKind, Expect][]) {
      const got = byKind.get(kind);
      if (exp === null) {
        expect(got, `${kind} absent`).toBeUndefined();
        continue;
      }
      expect(got, `${kind} present`).toBeDefined();
      expect(iso(got!.dueOn), `${kind} dueOn`).toBe(exp.dueOn);
      if (exp.state) expect(got!.state, `${kind} state`).toBe(exp.state);
      if (exp.basis) expect(got!.legalBasisKey, `${kind} basis`).toBe(exp.basis);
      if (exp.satisfiedOn !== undefined)
        expect(got!.satisfiedOn ? iso(got!.satisfiedOn) : null, `${kind} satisfiedOn`).toBe(exp.satisfiedOn);
    }
    if (row.next !== undefined) {
      const next = nextDeadline(deadlines);
      if (row.next === null) expect(next).toBeNull();
      else {
        expect(next?.kind).toBe(row.next.kind);
        expect(iso(next!.dueOn)).toBe(row.next.dueOn);
        if (row.next.state) expect(next!.state).toBe(row.next.state);
      }
    }
  });

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
