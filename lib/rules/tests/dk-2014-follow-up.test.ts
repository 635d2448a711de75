// The 2014 rules after the first follow-up, written from the law's text: categories 2 and 3 are
// followed up at least every 4 weeks (§ 13 b, stk. 1), the category is revisited at every follow-up
// (§ 12, stk. 3), and a category-3 case is dealt with by the rehabilitation team within 4 weeks of the
// visitation (§ 13 d, stk. 3). Base case: Monday 5 Jan 2026 = day 1.
import { describe, expect, it } from "vitest";
import { computeCaseDeadlines } from "../index";
import { D, day, facts, run2014, type Row } from "./support";

const F13D3 = "sygedagpengeloven § 13 d, stk. 3";

const rhythm: Row[] = [
  {
    name: "§ 13 b, stk. 1: category 2 — the next follow-up within 4 weeks of the held one (day 50 → day 78), in person",
    today: day(51),
    facts: { visits: [[2, day(50)]], held: [day(50)] },
    expect: {
      FOLLOW_UP: { dueOn: day(78), basis: "dk2014FollowUp", paragraph: "sygedagpengeloven § 13 b, stk. 1", inPerson: true },
      FIRST_FOLLOW_UP: null,
      EMPLOYER_CONVERSATION: null,
      REHABILITATION_TEAM: null,
    },
    flags: [],
  },
  {
    name: "§ 13 b, stk. 1: on the 28th day after the follow-up the next is due soon",
    today: day(78),
    facts: { visits: [[2, day(50)]], held: [day(50)] },
    expect: { FOLLOW_UP: { dueOn: day(78), state: "DUE_SOON", daysOverdue: 0 } },
  },
  {
    name: "§ 13 b, stk. 1: on the 29th day it is one day overdue",
    today: day(79),
    facts: { visits: [[2, day(50)]], held: [day(50)] },
    expect: { FOLLOW_UP: { dueOn: day(78), state: "OVERDUE", daysOverdue: 1 } },
  },
  {
    name: "§ 13 b: partially back at work — same rhythm, phone or video allowed",
    today: day(61),
    facts: { visits: [[2, day(50)]], held: [day(50)], status: [["PARTIAL_RETURN", day(60)]] },
    expect: { FOLLOW_UP: { dueOn: day(78), inPerson: false } },
  },
  {
    name: "§ 13 b: in an active programme — phone or video allowed",
    today: day(61),
    facts: { visits: [[3, day(50)]], held: [day(50)], programmes: [[day(55), null]] },
    expect: { FOLLOW_UP: { dueOn: day(78), inPerson: false } },
  },
  {
    name: "§ 13 b, stk. 1 (as amended 2023): the citizen chooses the mode after the first conversation",
    today: day(51),
    params: { inPersonFollowUps: 0 },
    facts: { visits: [[2, day(50)]], held: [day(50)] },
    expect: { FOLLOW_UP: { dueOn: day(78), inPerson: false } },
  },
  {
    name: "§ 13 b, stk. 1 (as consolidated 2023): with a 6-month rhythm, a follow-up due after 5 Jul 2026 is agreed, not statutory",
    today: day(170),
    params: { followUpRhythmMonths: 6 },
    facts: { visits: [[2, day(50)]], held: [day(50), day(155)] },
    expect: { FOLLOW_UP: null, EXTENSION_ASSESSMENT: { dueOn: "2026-07-31" } },
  },
  {
    name: "§ 13 b, stk. 1: with a 6-month rhythm, a follow-up due within the first 6 months stands",
    today: day(150),
    params: { followUpRhythmMonths: 6 },
    facts: { visits: [[2, day(50)]], held: [day(50), day(150)] },
    expect: { FOLLOW_UP: { dueOn: day(178) } },
  },
  {
    name: "§ 13 b: the latest of several held follow-ups is the anchor, in any order",
    today: day(71),
    facts: { visits: [[2, day(50)]], held: [day(70), day(50)] },
    expect: { FOLLOW_UP: { dueOn: day(98) } },
  },
  {
    name: "§ 12: a follow-up held without any recorded category — the 4-week rhythm, flagged",
    today: day(51),
    facts: { held: [day(50)] },
    expect: { FOLLOW_UP: { dueOn: day(78), basis: "dk2014FollowUp" } },
    flags: ["VISITATION_MISSING"],
  },
  {
    name: "§ 12, stk. 3: category 1 kept at week 8, revisited to 2 on day 90 outside a conversation — due 4 weeks after the revisitation",
    today: day(91),
    facts: {
      visits: [
        [1, day(5)],
        [1, day(52)],
        [2, day(90)],
      ],
      held: [day(52)],
    },
    expect: { FOLLOW_UP: { dueOn: day(118), basis: "dk2014FollowUp" } },
    flags: [],
  },
  {
    name: "§ 12, stk. 3: revisited to category 2 ten days after a conversation — the conversation's 4 weeks stand",
    today: day(61),
    facts: {
      visits: [
        [1, day(5)],
        [1, day(50)],
        [2, day(60)],
      ],
      held: [day(50)],
    },
    expect: { FOLLOW_UP: { dueOn: day(78) } },
  },
];

const rehabTeam: Row[] = [
  {
    name: "§ 13 d, stk. 3: category 3 at the first follow-up (day 56) — the rehabilitation team within 4 weeks (day 84)",
    today: day(57),
    facts: { visits: [[3, day(56)]], held: [day(56)] },
    expect: {
      REHABILITATION_TEAM: { dueOn: day(84), basis: "dk2014RehabilitationTeam", paragraph: F13D3, satisfiedOn: null },
      FOLLOW_UP: { dueOn: day(84) },
    },
  },
  {
    name: "§ 13 d, stk. 3: revisiting 3 → 3 continues the run — the deadline counts from the first visitation to 3 and falls before the next 4-weekly follow-up",
    today: day(71),
    facts: {
      visits: [
        [3, day(56)],
        [3, day(70)],
      ],
      held: [day(56), day(70)],
    },
    expect: { REHABILITATION_TEAM: { dueOn: day(84), state: "ON_TRACK" }, FOLLOW_UP: { dueOn: day(98) } },
    next: { kind: "REHABILITATION_TEAM", dueOn: day(84) },
  },
  {
    name: "§ 12, stk. 3 and § 13 d, stk. 3: category changes mid-course, 2 → 3 at the follow-up on day 78",
    today: day(79),
    facts: {
      visits: [
        [2, day(50)],
        [3, day(78)],
      ],
      held: [day(50), day(78)],
    },
    expect: { REHABILITATION_TEAM: { dueOn: day(106) }, FOLLOW_UP: { dueOn: day(106) } },
  },
  {
    name: "§ 13 d, stk. 3: presented to the rehabilitation team on day 80 — met",
    today: day(85),
    facts: { visits: [[3, day(56)]], held: [day(56)], rehabTeam: [day(80)] },
    expect: { REHABILITATION_TEAM: { dueOn: day(84), satisfiedOn: day(80), state: "ON_TRACK", daysOverdue: 0 } },
  },
  {
    name: "§ 13 d, stk. 3: not presented by day 84 — overdue",
    today: day(86),
    facts: { visits: [[3, day(56)]], held: [day(56)] },
    expect: { REHABILITATION_TEAM: { dueOn: day(84), state: "OVERDUE", daysOverdue: 2 } },
  },
  {
    name: "§ 12, stk. 3: revisited from 3 to 2 before the presentation — no rehabilitation-team deadline",
    today: day(71),
    facts: {
      visits: [
        [3, day(56)],
        [2, day(70)],
      ],
      held: [day(56), day(70)],
    },
    expect: { REHABILITATION_TEAM: null, FOLLOW_UP: { dueOn: day(98) } },
  },
  {
    name: "§ 13 d, stk. 3: no rehabilitation-team deadline when the version does not require it",
    today: day(57),
    params: { rehabTeamRequired: 0 },
    facts: { visits: [[3, day(56)]], held: [day(56)] },
    expect: { REHABILITATION_TEAM: null, FOLLOW_UP: { dueOn: day(84) } },
  },
  {
    name: "§ 13 d, stk. 3: a presentation before the current category-3 run (3 → 2 → 3) does not count",
    today: day(113),
    facts: {
      visits: [
        [3, day(56)],
        [2, day(84)],
        [3, day(112)],
      ],
      held: [day(56), day(84), day(112)],
      rehabTeam: [day(70)],
    },
    expect: { REHABILITATION_TEAM: { dueOn: day(140), satisfiedOn: null } },
  },
];

describe("DK 2014: categories 2 and 3 every 4 weeks (§ 13 b, stk. 1; § 12, stk. 3)", () => {
  it.each(rhythm)("$name", run2014);
});

describe("DK 2014: category 3 and the rehabilitation team (§ 13 d, stk. 3)", () => {
  it.each(rehabTeam)("$name", run2014);
});

describe("DK 2014: purity", () => {
  it("is deterministic and does not mutate the facts", () => {
    const f = facts({
      visits: [
        [2, day(56)],
        [3, day(84)],
      ],
      held: [day(84), day(56)],
      earlyRequests: [["EMPLOYEE", day(10)]],
      rehabTeam: [day(100)],
      reassessments: [{ on: "2026-07-10", outcome: "EXTENDED", ground: "MEDICAL_TREATMENT", until: "2026-12-31" }],
    });
    const copy = structuredClone(f);
    const a = computeCaseDeadlines("DK", undefined, f, D(day(120)));
    const b = computeCaseDeadlines("DK", undefined, f, D(day(120)));
    expect(a).toEqual(b);
    expect(f).toEqual(copy);
  });
});
