// Admin form for the deadline rule parameters. Ranges and cross-field rules come from the ruleset
// itself (lib/rules/dk.ts), so the form, the server and the engine agree. Danish parameters only:
// another jurisdiction gets its own schema next to this one when its ruleset is added.
import { z } from "zod";
import {
  DK_2014_PARAMETER_KEYS,
  DK_2014_PARAMETER_RANGES,
  DK_PARAMETER_RANGES,
  dk2014CrossFieldIssues,
  dkCrossFieldIssues,
  type Dk2014ParameterKey,
  type DkParameterKey,
  type ParameterUnit,
} from "@/lib/rules/dk";
import { checkbox, enumField, intInRange, reasonText, requiredDay, requiredText, type WholeUnit } from "./fields";

const p = (key: DkParameterKey) =>
  intInRange(DK_PARAMETER_RANGES[key].min, DK_PARAMETER_RANGES[key].max, wholeUnit(DK_PARAMETER_RANGES[key].unit));

export const ZUpdateRuleParameters = z
  .object({
    /** The version the admin edited (the built-in defaults are version 1); a newer one in between is a conflict. */
    baseVersion: intInRange(1, 1_000_000),
    firstFollowUpWeek: p("firstFollowUpWeek"),
    contactFromWeek: p("contactFromWeek"),
    followUpIntervalMonths: p("followUpIntervalMonths"),
    followUpIntervalWeeksPartialOrProgramme: p("followUpIntervalWeeksPartialOrProgramme"),
    resumeFollowUpWeeks: p("resumeFollowUpWeeks"),
    employerConversationWeek: p("employerConversationWeek"),
    retentionPlanFromWeek: p("retentionPlanFromWeek"),
    benefitLimitWeeks: p("benefitLimitWeeks"),
    benefitLimitWindowMonths: p("benefitLimitWindowMonths"),
    benefitLimitWarningWeek: p("benefitLimitWarningWeek"),
    dueSoonDays: p("dueSoonDays"),
    reason: reasonText(1000),
  })
  .superRefine((v, ctx) => {
    for (const i of dkCrossFieldIssues(v)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  });

export type TUpdateRuleParameters = z.output<typeof ZUpdateRuleParameters>;

// ---- a dated rule version (issue 8 item 14): a law change known in advance -------------------------

/** The 2014 parameters that are switches (0/1): a checkbox in the form. */
export const DK_2014_SWITCH_KEYS = DK_2014_PARAMETER_KEYS.filter((k) => DK_2014_PARAMETER_RANGES[k].unit === "switch");
export const RULE_TRANSITIONS = ["RUNNING_CASES", "NEW_PERIODS"] as const;

const p2014 = (key: Dk2014ParameterKey) =>
  DK_2014_PARAMETER_RANGES[key].unit === "switch"
    ? checkbox.transform((on) => (on ? 1 : 0))
    : intInRange(DK_2014_PARAMETER_RANGES[key].min, DK_2014_PARAMETER_RANGES[key].max, wholeUnit(DK_2014_PARAMETER_RANGES[key].unit));

/** The unit a whole-number parameter counts (for "Skriv et helt antal uger."). */
function wholeUnit(unit: ParameterUnit): WholeUnit {
  return unit === "switch" ? "number" : unit;
}

const parameterFields = Object.fromEntries(DK_2014_PARAMETER_KEYS.map((k) => [k, p2014(k)])) as unknown as {
  [K in Dk2014ParameterKey]: z.ZodType<number, unknown>;
};

export const ZAddRuleVersion = z
  .object({
    /** How many versions the admin saw (a version added by someone else in between is a conflict). */
    basedOnCount: intInRange(0, 1_000_000),
    name: requiredText(200),
    /** One legal reference per line (law, paragraph, guidance), shown untranslated. */
    legalReferences: requiredText(2000).transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
    effectiveFrom: requiredDay,
    transition: enumField(RULE_TRANSITIONS),
    ...parameterFields,
    reason: reasonText(1000),
  })
  .superRefine((v, ctx) => {
    const nums = [v.fastTrackWithinWeeks, v.firstFollowUpWeek, v.benefitLimitWarningWeek, v.benefitLimitWeeks, v.benefitLimitWindowMonths];
    if (!nums.every((n) => typeof n === "number")) return;
    for (const i of dk2014CrossFieldIssues(v)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  });

export type TAddRuleVersion = z.output<typeof ZAddRuleVersion>;
