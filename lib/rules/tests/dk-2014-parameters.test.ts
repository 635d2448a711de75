// Parameters of the 2014 rules: `model: 2014` selects them, missing keys take DK_2014_DEFAULTS, and
// the ranges and rules across parameters refuse what the engine cannot compute.
import { describe, expect, it } from "vitest";
import { computeDeadlines, DK_2014_DEFAULTS, DK_DEFAULTS, InvalidRuleParametersError, parseRuleParameters } from "../index";
import { D, day, facts } from "./support";

describe("DK 2014 parameters", () => {
  it("fills missing keys with the 2014 defaults and drops unknown keys", () => {
    expect(parseRuleParameters("DK", { model: 2014 })).toEqual(DK_2014_DEFAULTS);
    expect(parseRuleParameters("DK", { model: 2014, followUpIntervalWeeks: 6, contactFromWeek: 5 })).toEqual({
      ...DK_2014_DEFAULTS,
      followUpIntervalWeeks: 6,
    });
  });

  it("parameters without a model, or model 2009, are the 2009 rules", () => {
    expect(parseRuleParameters("DK", {})).toEqual(DK_DEFAULTS);
    expect(parseRuleParameters("DK", { model: 2009 })).toEqual(DK_DEFAULTS);
  });

  it.each([
    ["an unknown model", { model: 2031 }, "model", "rules.errors.unknownModel"],
    ["a switch above 1", { model: 2014, inPersonFollowUps: 2 }, "inPersonFollowUps", "errors.numberTooLarge"],
    [
      "a negative number of excluded days",
      { model: 2014, benefitExcludedDaysEmployee: -1 },
      "benefitExcludedDaysEmployee",
      "errors.numberTooSmall",
    ],
    ["a fraction", { model: 2014, rehabTeamWithinWeeks: 3.5 }, "rehabTeamWithinWeeks", "errors.invalidNumber"],
    [
      "early follow-up not before the first follow-up",
      { model: 2014, fastTrackWithinWeeks: 8 },
      "fastTrackWithinWeeks",
      "rules.errors.fastTrackNotBeforeFirstFollowUp",
    ],
    [
      "a warning not before the limit",
      { model: 2014, benefitLimitWarningWeek: 22 },
      "benefitLimitWarningWeek",
      "rules.errors.warningNotBeforeLimit",
    ],
  ])("refuses %s", (_label, params, path, message) => {
    try {
      parseRuleParameters("DK", params);
      expect.unreachable("should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidRuleParametersError);
      expect((e as InvalidRuleParametersError).issues).toContainEqual({ path, message });
    }
  });

  it("the single-parameter API computes the 2014 rules when given 2014 parameters", () => {
    const kinds = computeDeadlines("DK", { model: 2014 }, facts(), D(day(10))).map((d) => d.kind);
    expect(kinds).toEqual([
      "EMPLOYER_CONVERSATION",
      "FIRST_FOLLOW_UP",
      "DOCTOR_CERTIFICATE",
      "BENEFIT_LIMIT_APPROACHING",
      "EXTENSION_ASSESSMENT",
    ]);
  });
});
