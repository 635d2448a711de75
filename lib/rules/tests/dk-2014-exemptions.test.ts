// Exemptions under the 2014 rules, including the standby arrangement for life-threatening illness
// (standby-ordning; vejledning nr. 9208 af 21. marts 2023, afsnit 9): no conversations while it
// applies, the next within 4 weeks of its end (ADR 0006), and the reassessment is never suspended
// (§ 24). Closure and reopening behave as in the 2009 rules. Base case: Monday 5 Jan 2026 = day 1.
import { describe, expect, it } from "vitest";
import { day, report2014, run2014, type Row } from "./support";

const rows: Row[] = [
  {
    name: "standby from day 20, open-ended: no employer flag, certificate, first conversation or rehabilitation team; the reassessment remains",
    today: day(60),
    facts: { visits: [[3, day(10)]], exempt: [[day(20), null, "TERMINAL_ILLNESS"]] },
    expect: {
      EMPLOYER_CONVERSATION: null,
      DOCTOR_CERTIFICATE: null,
      FIRST_FOLLOW_UP: null,
      FOLLOW_UP: null,
      REHABILITATION_TEAM: null,
      EXTENSION_ASSESSMENT: { dueOn: "2026-07-31", satisfiedOn: null },
    },
    next: { kind: "EXTENSION_ASSESSMENT", dueOn: "2026-07-31" },
    flags: ["STANDBY"],
  },
  {
    name: "standby during the 4-weekly rhythm: no follow-up while it applies",
    today: day(90),
    facts: { visits: [[2, day(56)]], held: [day(56)], exempt: [[day(70), null, "TERMINAL_ILLNESS"]] },
    expect: { FOLLOW_UP: null },
    flags: ["STANDBY"],
  },
  {
    name: "standby ended on day 100: the next conversation within 4 weeks of its end (day 128)",
    today: day(101),
    facts: { visits: [[2, day(56)]], held: [day(56)], exempt: [[day(70), day(100), "TERMINAL_ILLNESS"]] },
    expect: { FOLLOW_UP: { dueOn: day(128), basis: "dk2014FollowUpAfterExemption" } },
    flags: [],
  },
  {
    name: "a short standby (days 58–60) before the regular deadline: the regular 4 weeks (day 84) stand",
    today: day(61),
    facts: { visits: [[2, day(56)]], held: [day(56)], exempt: [[day(58), day(60), "TERMINAL_ILLNESS"]] },
    expect: { FOLLOW_UP: { dueOn: day(84), basis: "dk2014FollowUp" } },
  },
  {
    name: "an exemption in weeks 1–3: the first conversation 4 weeks after it (day 49), before week 8",
    today: day(22),
    facts: { exempt: [[day(1), day(21), "TREATMENT_PREVENTS_PARTICIPATION"]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(49), basis: "dk2014FollowUpAfterExemption" }, DOCTOR_CERTIFICATE: { dueOn: day(49) } },
    flags: [],
  },
  {
    name: "§ 13 d, stk. 3: the rehabilitation-team deadline inside an exemption moves to 4 weeks after it",
    today: day(91),
    facts: { visits: [[3, day(56)]], held: [day(56)], exempt: [[day(60), day(90), "IMMINENT_RETURN"]] },
    expect: { REHABILITATION_TEAM: { dueOn: day(118), basis: "dk2014RehabilitationTeam" }, FOLLOW_UP: { dueOn: day(118) } },
  },
  {
    name: "a closed case has no deadlines",
    today: day(70),
    facts: { visits: [[3, day(56)]], held: [day(56)], status: [["CLOSED", day(60)]] },
    expect: { FOLLOW_UP: null, REHABILITATION_TEAM: null, EXTENSION_ASSESSMENT: null, BENEFIT_LIMIT_APPROACHING: null },
    next: null,
    flags: [],
  },
  {
    name: "reopened on day 100 after the regular deadline passed: the next conversation within 4 weeks of reopening",
    today: day(101),
    facts: {
      visits: [[2, day(56)]],
      held: [day(56)],
      status: [
        ["CLOSED", day(70)],
        ["ACTIVE", day(100)],
      ],
    },
    expect: { FOLLOW_UP: { dueOn: day(128), basis: "dk2014FollowUpAfterReopening" }, EMPLOYER_CONVERSATION: null },
  },
];

describe("DK 2014: exemptions and the standby arrangement", () => {
  it.each(rows)("$name", run2014);

  it("dates the standby flag from the start of the standby arrangement", () => {
    const flag = report2014(rows[0]!).flags.find((f) => f.kind === "STANDBY");
    expect(flag?.since.toISOString().slice(0, 10)).toBe(day(20));
  });

  it("other exemption reasons suspend conversations without the standby flag", () => {
    const report = report2014({ name: "", today: day(60), facts: { exempt: [[day(20), null, "PREGNANCY_RELATED"]] } });
    expect(report.deadlines.map((d) => d.kind)).toEqual(["BENEFIT_LIMIT_APPROACHING", "EXTENSION_ASSESSMENT"]);
    expect(report.flags).toEqual([]);
  });
});
