// Dated rule versions (issue 8 item 14, issue 15): the built-in history, which version computes which
// deadline (the version in force on its due date, never before the version took effect; ADR 0006),
// admin-entered future changes, the transitional modes, and the validation of a history.
import { describe, expect, it } from "vitest";
import {
  computeCaseDeadlines,
  DK_2009_VERSION,
  DK_2014_DEFAULTS,
  DK_2014_VERSION,
  DK_VERSIONS,
  InvalidRuleVersionsError,
  parseRuleVersions,
  ruleVersionIssues,
  UnknownJurisdictionError,
  type RuleVersionInput,
} from "../index";
import { D, facts, iso, type FactsInput } from "./support";

const byKind = (r: ReturnType<typeof computeCaseDeadlines>) =>
  Object.fromEntries(r.deadlines.map((d) => [d.kind, { dueOn: iso(d.dueOn), version: d.versionKey, basis: d.legalBasisKey }]));

const adminVersion = (over: Partial<RuleVersionInput> & { params: Record<string, number> }): RuleVersionInput => ({
  key: "adm-1",
  name: "Kommunens ændring",
  effectiveFrom: D("2026-09-01"),
  transition: "RUNNING_CASES",
  legalReferences: ["lovforslag (fiktivt) om opfølgning"],
  ...over,
  parameters: { ...DK_2014_DEFAULTS, ...over.params },
});

const run = (versions: RuleVersionInput[] | undefined, f: FactsInput, today: string) =>
  computeCaseDeadlines("DK", versions, facts(f), D(today));

describe("the built-in Danish history", () => {
  it("has the 2009 rules and the 2014 reform, in force from 5 January 2015, with their legal references", () => {
    expect(DK_VERSIONS.map((v) => [v.key, v.name, v.effectiveFrom && iso(v.effectiveFrom)])).toEqual([
      ["DK-2009", "DK 2009 (source reports)", null],
      ["DK-2014", "DK 2014 reform (current)", "2015-01-05"],
    ]);
    expect(DK_2014_VERSION.legalReferences).toContain("lov nr. 720 af 25. juni 2014 (sygedagpengereformen)");
    expect(DK_2014_VERSION.legalReferences.join(" ")).toContain("vejledning nr. 9208 af 21. marts 2023");
    expect(parseRuleVersions("DK", DK_VERSIONS).at(-1)!.parameters).toEqual(DK_2014_DEFAULTS);
  });

  it("computes a case of today entirely with the 2014 version", () => {
    const r = run(undefined, { first: "2026-01-05" }, "2026-01-20");
    expect(r.versionToday.key).toBe("DK-2014");
    expect(new Set(r.deadlines.map((d) => d.versionKey))).toEqual(new Set(["DK-2014"]));
  });

  it("a case spanning the change (first absence 17 Nov 2014): each deadline under the version in force on its due date", () => {
    const r = run(undefined, { first: "2014-11-17" }, "2014-12-01");
    expect(byKind(r)).toEqual({
      EMPLOYER_CONVERSATION: { dueOn: "2014-12-14", version: "DK-2009", basis: "dkEmployerConversation" },
      CONTACT_WINDOW_OPENS: { dueOn: "2014-12-15", version: "DK-2009", basis: "dkContactWindow" },
      // The 2009 retention-plan window (5 Jan 2015) falls on the day the 2014 rules took effect; they have none.
      FIRST_FOLLOW_UP: { dueOn: "2015-01-11", version: "DK-2014", basis: "dk2014FirstFollowUp" },
      DOCTOR_CERTIFICATE: { dueOn: "2015-01-11", version: "DK-2014", basis: "dk2014DoctorCertificate" },
      BENEFIT_LIMIT_APPROACHING: { dueOn: "2015-04-15", version: "DK-2014", basis: "dk2014BenefitLimit" },
      EXTENSION_ASSESSMENT: { dueOn: "2015-05-31", version: "DK-2014", basis: "dk2014Reassessment" },
    });
    expect(r.versionToday.key).toBe("DK-2009");
  });

  it("a follow-up held under the 2009 rules: the new 4-week rhythm applies from the day it took effect, never overdue before", () => {
    // 2009: 26 Nov 2014 + 3 months = 26 Feb 2015 (after the change); 2014: 26 Nov + 4 weeks = 24 Dec (before it).
    const r = run(undefined, { first: "2014-10-01", held: ["2014-11-26"] }, "2014-12-30");
    expect(byKind(r).FOLLOW_UP).toEqual({ dueOn: "2015-01-05", version: "DK-2014", basis: "dk2014FollowUp" });
    expect(r.deadlines.find((d) => d.kind === "FOLLOW_UP")!.state).toBe("DUE_SOON");
  });
});

describe("an admin-entered future change (a version with a future effective date)", () => {
  const visits: FactsInput["visits"] = [[2, "2026-07-15"]];
  const longer = [...DK_VERSIONS, adminVersion({ params: { followUpIntervalWeeks: 6 } })];
  const shorter = [...DK_VERSIONS, adminVersion({ params: { followUpIntervalWeeks: 2 } })];

  it("does not touch a deadline that falls before it takes effect", () => {
    const r = run(longer, { first: "2026-06-01", visits, held: ["2026-07-15"] }, "2026-07-16");
    expect(byKind(r).FOLLOW_UP).toMatchObject({ dueOn: "2026-08-12", version: "DK-2014" });
  });

  it("computes a deadline that falls after it with the new parameters (running cases)", () => {
    const r = run(longer, { first: "2026-06-01", visits, held: ["2026-08-20"] }, "2026-08-21");
    expect(byKind(r).FOLLOW_UP).toMatchObject({ dueOn: "2026-10-01", version: "adm-1" });
  });

  it("a stricter change makes an old deadline due on its effective date, not before", () => {
    const r = run(shorter, { first: "2026-06-01", visits, held: ["2026-08-10"] }, "2026-08-11");
    expect(byKind(r).FOLLOW_UP).toMatchObject({ dueOn: "2026-09-01", version: "adm-1" });
    const later = run(shorter, { first: "2026-06-01", visits, held: ["2026-08-25"] }, "2026-08-26");
    expect(byKind(later).FOLLOW_UP).toMatchObject({ dueOn: "2026-09-08", version: "adm-1" });
  });

  it("NEW_PERIODS: applies only to absences beginning on or after its date", () => {
    const change = [...DK_VERSIONS, adminVersion({ transition: "NEW_PERIODS", params: { firstFollowUpWeek: 6 } })];
    expect(byKind(run(change, { first: "2026-08-20" }, "2026-08-21")).FIRST_FOLLOW_UP).toMatchObject({
      dueOn: "2026-10-14",
      version: "DK-2014",
    });
    expect(byKind(run(change, { first: "2026-09-10" }, "2026-09-11")).FIRST_FOLLOW_UP).toMatchObject({
      dueOn: "2026-10-21",
      version: "adm-1",
    });
    const running = [...DK_VERSIONS, adminVersion({ params: { firstFollowUpWeek: 6 } })];
    expect(byKind(run(running, { first: "2026-08-20" }, "2026-08-21")).FIRST_FOLLOW_UP).toMatchObject({
      dueOn: "2026-09-30",
      version: "adm-1",
    });
  });

  it("uses the due-soon window of the version in force today", () => {
    const change = [...DK_VERSIONS, adminVersion({ params: { dueSoonDays: 14 } })];
    const f: FactsInput = { first: "2026-06-01", visits, held: ["2026-07-15"] };
    expect(run(change, f, "2026-08-01").deadlines.find((d) => d.kind === "FOLLOW_UP")!.state).toBe("ON_TRACK"); // 11 days, window 7
    const after = run(change, { ...f, held: ["2026-09-02"] }, "2026-09-20");
    expect(after.versionToday.key).toBe("adm-1");
    expect(after.deadlines.find((d) => d.kind === "FOLLOW_UP")!.state).toBe("DUE_SOON"); // 10 days, window 14
  });
});

describe("validation of a history", () => {
  const v = (over: Partial<RuleVersionInput>): RuleVersionInput => ({ ...DK_2014_VERSION, ...over });

  it.each([
    ["no versions", [], "", "rules.errors.noVersions"],
    ["a repeated key", [DK_2009_VERSION, v({ key: "DK-2009" })], "1.key", "rules.errors.versionKeyNotUnique"],
    ["a version without a name", [DK_2009_VERSION, v({ name: " " })], "1.name", "rules.errors.versionNameRequired"],
    [
      "a later version without a date",
      [DK_2009_VERSION, v({ effectiveFrom: null })],
      "1.effectiveFrom",
      "rules.errors.effectiveFromRequired",
    ],
    [
      "a date that is not a day",
      [DK_2009_VERSION, v({ effectiveFrom: new Date("2015-01-05T12:00:00Z") })],
      "1.effectiveFrom",
      "rules.errors.effectiveFromNotADay",
    ],
    [
      "dates out of order",
      [DK_2009_VERSION, DK_2014_VERSION, v({ key: "x", effectiveFrom: D("2015-01-05") })],
      "2.effectiveFrom",
      "rules.errors.effectiveFromNotAfterPrevious",
    ],
    [
      "invalid parameters",
      [DK_2009_VERSION, v({ parameters: { model: 2014, firstFollowUpWeek: 0 } })],
      "1.parameters.firstFollowUpWeek",
      "errors.numberTooSmall",
    ],
    ["an unknown rule model", [v({ effectiveFrom: null, parameters: { model: 2031 } })], "0.parameters.model", "rules.errors.unknownModel"],
  ])("refuses %s", (_label, versions, path, message) => {
    expect(ruleVersionIssues("DK", versions as RuleVersionInput[])).toContainEqual({ path, message });
    expect(() => computeCaseDeadlines("DK", versions as RuleVersionInput[], facts(), D("2026-01-10"))).toThrow(InvalidRuleVersionsError);
  });

  it("accepts the built-in history and a future change after it", () => {
    expect(ruleVersionIssues("DK", [...DK_VERSIONS, adminVersion({ params: {} })])).toEqual([]);
  });

  it("refuses an unknown jurisdiction", () => {
    expect(() => computeCaseDeadlines("XX", undefined, facts(), D("2026-01-10"))).toThrow(UnknownJurisdictionError);
  });
});
