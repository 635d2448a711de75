// The deadline report for the worklist (issue 8 item 7): every overdue deadline with its days
// overdue, the worst one, and a flag when the benefit limit has passed without a reassessment.
import { describe, expect, it } from "vitest";
import { computeCaseDeadlines, DK_2009_VERSION, type DeadlineReport } from "../index";
import { D, facts, iso, type FactsInput } from "./support";

const summary = (r: DeadlineReport) => ({
  overdue: r.overdue.map((d) => [d.kind, iso(d.dueOn), d.daysOverdue]),
  worst: r.worst?.kind ?? null,
  next: r.next?.kind ?? null,
  flags: r.flags.map((f) => [f.kind, iso(f.since)]),
});

// The example: the first follow-up was due 28 Mar 2026 (first absence day 1 Feb), the case is in week 43.
const weekFortyThree: FactsInput = { first: "2026-02-01", employer: "2026-02-20" };
const TODAY = D("2026-11-22");

describe("deadline report (issue 8 item 7)", () => {
  it("a case at week 43 shows every overdue deadline, most overdue first, and that the benefit limit has passed", () => {
    const r = computeCaseDeadlines("DK", undefined, facts(weekFortyThree), TODAY);
    expect(summary(r)).toEqual({
      overdue: [
        ["FIRST_FOLLOW_UP", "2026-03-28", 239],
        ["DOCTOR_CERTIFICATE", "2026-03-28", 239],
        ["EXTENSION_ASSESSMENT", "2026-08-31", 83],
      ],
      worst: "FIRST_FOLLOW_UP",
      next: "FIRST_FOLLOW_UP",
      flags: [
        ["BENEFIT_LIMIT_PASSED_WITHOUT_DECISION", "2026-09-01"],
        ["DOCTOR_CERTIFICATE_MISSING", "2026-03-21"],
      ],
    });
    // Met and informational deadlines are listed but never overdue.
    expect(r.deadlines.map((d) => d.kind)).toEqual([
      "EMPLOYER_CONVERSATION",
      "FIRST_FOLLOW_UP",
      "DOCTOR_CERTIFICATE",
      "BENEFIT_LIMIT_APPROACHING",
      "EXTENSION_ASSESSMENT",
    ]);
    expect(r.deadlines.find((d) => d.kind === "BENEFIT_LIMIT_APPROACHING")).toMatchObject({ informational: true, state: "OVERDUE" });
    expect(r.deadlines.find((d) => d.kind === "EMPLOYER_CONVERSATION")).toMatchObject({ state: "ON_TRACK", daysOverdue: 0 });
  });

  it("the same case under the 2009 rules: the extension assessment was due by the end of week 21", () => {
    const r = computeCaseDeadlines("DK", [DK_2009_VERSION], facts(weekFortyThree), TODAY);
    expect(summary(r)).toEqual({
      overdue: [
        ["FIRST_FOLLOW_UP", "2026-03-28", 239],
        ["EXTENSION_ASSESSMENT", "2026-06-27", 148],
      ],
      worst: "FIRST_FOLLOW_UP",
      next: "FIRST_FOLLOW_UP",
      flags: [["BENEFIT_LIMIT_PASSED_WITHOUT_DECISION", "2026-06-28"]],
    });
  });

  it("an open-ended exemption: no conversation is overdue, but the reassessment is (ADR 0006), under both versions", () => {
    for (const versions of [undefined, [DK_2009_VERSION]]) {
      const r = computeCaseDeadlines(
        "DK",
        versions,
        facts({ ...weekFortyThree, exempt: [["2026-02-10", null, "TERMINAL_ILLNESS"]] }),
        TODAY,
      );
      expect(r.overdue.map((d) => d.kind)).toEqual(["EXTENSION_ASSESSMENT"]);
      expect(r.flags.map((f) => f.kind)).toContain("BENEFIT_LIMIT_PASSED_WITHOUT_DECISION");
    }
  });

  it("a case on track has nothing overdue and no worst deadline", () => {
    const r = computeCaseDeadlines("DK", undefined, facts({ first: "2026-02-01" }), D("2026-02-10"));
    expect(summary(r)).toEqual({ overdue: [], worst: null, next: "EMPLOYER_CONVERSATION", flags: [] });
    expect(r.deadlines.every((d) => d.daysOverdue === 0)).toBe(true);
  });

  it("a reassessment decision clears the flag and the overdue reassessment", () => {
    const r = computeCaseDeadlines(
      "DK",
      undefined,
      facts({ ...weekFortyThree, reassessments: [{ on: "2026-08-20", outcome: "EXTENDED", ground: "MEDICAL_TREATMENT" }] }),
      TODAY,
    );
    expect(r.overdue.map((d) => d.kind)).toEqual(["FIRST_FOLLOW_UP", "DOCTOR_CERTIFICATE"]);
    expect(r.flags.map((f) => f.kind)).toEqual(["DOCTOR_CERTIFICATE_MISSING"]);
  });
});
