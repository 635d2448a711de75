// The reassessment (revurdering) under the 2014 rules, written from the law's text: more than 22
// weeks of benefit within the last 9 months, not counting the employer period (§ 24, stk. 1–2), with
// the reassessment at the end of that month; its outcome: an extension on a ground of § 27, stk. 1,
// or a job clarification course (§ 24, stk. 2). Base case: Monday 5 Jan 2026 = day 1. An employee's
// first 30 days do not count, so day 185 (8 Jul) is the first with more than 22 counted weeks and
// the reassessment is due on 31 Jul; the count enters week 18 on day 150 (3 Jun).
import { describe, expect, it } from "vitest";
import { DK_EXTENSION_GROUNDS, DK_REASSESSMENT_OUTCOMES, reassessmentIssues } from "../index";
import { D, day, report2014, run2014, type Row } from "./support";

const F24 = "sygedagpengeloven § 24, stk. 1";

const rows: Row[] = [
  {
    name: "§ 24, stk. 1–2: an employee — reassessment at the end of the month in which 22 weeks are exceeded after the employer period",
    today: day(10),
    expect: {
      BENEFIT_LIMIT_APPROACHING: { dueOn: "2026-06-03", basis: "dk2014BenefitLimit", paragraph: F24 },
      EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", basis: "dk2014Reassessment", paragraph: F24, satisfiedOn: null },
    },
  },
  {
    name: "§ 24, stk. 2: an unemployed person — the same 30 days are not counted",
    today: day(10),
    facts: { employment: "UNEMPLOYED" },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-07-31" } },
  },
  {
    name: "§ 24, stk. 2: a self-employed person — the first 2 weeks are not counted (limit passed 22 Jun)",
    today: day(10),
    facts: { employment: "SELF_EMPLOYED" },
    expect: { BENEFIT_LIMIT_APPROACHING: { dueOn: "2026-05-18" }, EXTENSION_ASSESSMENT: { dueOn: "2026-06-30" } },
  },
  {
    name: "§ 24, stk. 1: the limit is passed on 1 Sep — the reassessment is due at the end of September",
    today: "2026-03-10",
    facts: { first: "2026-03-01" },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-09-30" } },
  },
  {
    name: "§ 24, stk. 1: the limit is passed on 31 Aug — the reassessment is due that same day",
    today: "2026-03-10",
    facts: { first: "2026-02-28" },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-08-31" } },
  },
  {
    name: "§ 24, stk. 3: a closed period (days 31–60) does not count",
    today: day(70),
    facts: {
      status: [
        ["CLOSED", day(31)],
        ["ACTIVE", day(61)],
      ],
    },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-08-31" } },
  },
  {
    name: "§ 24: 31 Jul is due soon a week before, and overdue on 1 Aug without a decision",
    today: "2026-08-01",
    facts: { visits: [[2, day(56)]], held: [day(56), "2026-07-28"] },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", state: "OVERDUE", daysOverdue: 1 } },
    next: { kind: "EXTENSION_ASSESSMENT", dueOn: "2026-07-31", state: "OVERDUE" },
    flags: ["BENEFIT_LIMIT_PASSED_WITHOUT_DECISION"],
  },
  {
    name: "§ 24: a held follow-up is not the reassessment (it is a decision with an outcome)",
    today: "2026-07-20",
    facts: { visits: [[2, day(56)]], held: [day(56), "2026-07-15"] },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", satisfiedOn: null, state: "ON_TRACK" } },
  },
  {
    name: "§ 27, stk. 1, nr. 3: extended for medical treatment on 15 Jul — met",
    today: "2026-08-05",
    facts: {
      visits: [[2, day(56)]],
      held: [day(56), "2026-07-15"],
      reassessments: [{ on: "2026-07-15", outcome: "EXTENDED", ground: "MEDICAL_TREATMENT" }],
    },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", satisfiedOn: "2026-07-15", state: "ON_TRACK", daysOverdue: 0 } },
    flags: [],
  },
  {
    name: "§ 24: a reassessment recorded the old way (extensionAssessedOn) meets it",
    today: "2026-08-05",
    facts: { visits: [[2, day(56)]], held: [day(56), "2026-07-29"], assessed: "2026-07-20" },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", satisfiedOn: "2026-07-20" } },
  },
  {
    name: "§ 27, stk. 1, nr. 2: an extension until 31 Dec makes the next reassessment due that day",
    today: "2026-08-05",
    facts: {
      visits: [[2, day(56)]],
      held: [day(56), "2026-07-29"],
      reassessments: [{ on: "2026-07-15", outcome: "EXTENDED", ground: "WORK_ABILITY_CLARIFICATION", until: "2026-12-31" }],
    },
    expect: {
      EXTENSION_ASSESSMENT: {
        dueOn: "2026-12-31",
        basis: "dk2014ExtensionEnds",
        paragraph: "sygedagpengeloven § 27, stk. 1, nr. 2",
        satisfiedOn: null,
      },
    },
  },
  {
    name: "§ 27: past the end of the extension without a new decision — overdue and flagged",
    today: "2027-01-04",
    facts: {
      visits: [[2, day(56)]],
      held: [day(56), "2026-12-20"],
      reassessments: [{ on: "2026-07-15", outcome: "EXTENDED", ground: "WORK_ABILITY_CLARIFICATION", until: "2026-12-31" }],
    },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-12-31", state: "OVERDUE", daysOverdue: 4 } },
    flags: ["BENEFIT_LIMIT_PASSED_WITHOUT_DECISION"],
  },
  {
    name: "§ 27, stk. 1, nr. 5: a new decision before the extension ends meets it",
    today: "2027-01-04",
    facts: {
      visits: [[2, day(56)]],
      held: [day(56), "2026-12-20"],
      reassessments: [
        { on: "2026-07-15", outcome: "EXTENDED", ground: "WORK_ABILITY_CLARIFICATION", until: "2026-12-31" },
        { on: "2026-12-20", outcome: "EXTENDED", ground: "LIFE_THREATENING_ILLNESS" },
      ],
    },
    expect: { EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", satisfiedOn: "2026-12-20" } },
    flags: [],
  },
  {
    name: "ADR 0006: an open-ended exemption suspends conversations, not the reassessment (overdue and flagged)",
    today: "2026-08-05",
    facts: { visits: [[2, day(30)]], held: [day(30)], exempt: [[day(40), null, "TREATMENT_PREVENTS_PARTICIPATION"]] },
    expect: { FOLLOW_UP: null, EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", state: "OVERDUE", daysOverdue: 5 } },
    flags: ["BENEFIT_LIMIT_PASSED_WITHOUT_DECISION"],
  },
  {
    name: "§ 24: a decision from before a closure and reopening (4 Jan 2027) does not count; 22 weeks are passed on 7 Jun",
    today: "2027-06-10",
    facts: {
      reassessments: [{ on: "2026-03-01", outcome: "EXTENDED", ground: "MEDICAL_TREATMENT" }],
      status: [
        ["CLOSED", "2026-04-01"],
        ["ACTIVE", "2027-01-04"],
      ],
    },
    expect: { EXTENSION_ASSESSMENT: { satisfiedOn: null, dueOn: "2027-06-30" } },
  },
];

describe("DK 2014: reassessment before the benefit limit (§ 24, § 27)", () => {
  it.each(rows)("$name", run2014);

  it("dates the benefit-limit flag from the day after the reassessment was due", () => {
    const flag = report2014(rows[6]!).flags.find((f) => f.kind === "BENEFIT_LIMIT_PASSED_WITHOUT_DECISION");
    expect(flag?.since).toEqual(D("2026-08-01"));
    expect(flag?.legalParagraph).toBe(F24);
  });
});

describe("DK 2014: reassessment outcomes and what they imply", () => {
  it("an extension keeps the case open and needs a ground (§ 27, stk. 1)", () => {
    expect(DK_REASSESSMENT_OUTCOMES.EXTENDED).toMatchObject({ closesCase: false, closingReason: null, requiresGround: true });
  });

  it("a job clarification course closes the case as transferred to another benefit (§ 24, stk. 2)", () => {
    expect(DK_REASSESSMENT_OUTCOMES.JOB_CLARIFICATION_COURSE).toMatchObject({
      closesCase: true,
      closingReason: "TRANSFERRED_TO_OTHER_BENEFIT",
      legalParagraph: "sygedagpengeloven § 24, stk. 2",
    });
  });

  it("no extension and no course ends the benefit period (§ 24, stk. 1)", () => {
    expect(DK_REASSESSMENT_OUTCOMES.BENEFIT_ENDED).toMatchObject({ closesCase: true, closingReason: "BENEFIT_PERIOD_ENDED" });
  });

  it("lists the seven extension grounds of § 27, stk. 1 in the law's order", () => {
    expect(Object.values(DK_EXTENSION_GROUNDS).map((g) => g.legalParagraph)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `sygedagpengeloven § 27, stk. 1, nr. ${n}`),
    );
  });

  it.each([
    ["an extension without a ground", { outcome: "EXTENDED" as const }, "ground", "rules.errors.extensionGroundRequired"],
    [
      "a ground on a job clarification course",
      { outcome: "JOB_CLARIFICATION_COURSE" as const, ground: "MEDICAL_TREATMENT" as const },
      "ground",
      "rules.errors.groundOnlyForExtension",
    ],
    [
      "an end date when the benefit ends",
      { outcome: "BENEFIT_ENDED" as const, extendedUntil: D("2026-12-31") },
      "extendedUntil",
      "rules.errors.groundOnlyForExtension",
    ],
    [
      "an extension ending before the decision",
      { outcome: "EXTENDED" as const, ground: "REVALIDATION" as const, extendedUntil: D("2026-07-01") },
      "extendedUntil",
      "rules.errors.extensionEndsBeforeDecision",
    ],
  ])("refuses %s", (_label, r, path, message) => {
    expect(reassessmentIssues({ decidedOn: D("2026-07-15"), ...r })).toContainEqual({ path, message });
  });

  it("accepts a complete extension and a job clarification course", () => {
    expect(
      reassessmentIssues({ decidedOn: D("2026-07-15"), outcome: "EXTENDED", ground: "REVALIDATION", extendedUntil: D("2026-10-31") }),
    ).toEqual([]);
    expect(reassessmentIssues({ decidedOn: D("2026-07-15"), outcome: "JOB_CLARIFICATION_COURSE" })).toEqual([]);
  });
});
