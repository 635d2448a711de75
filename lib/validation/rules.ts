// Admin form for the deadline rule parameters. Ranges and cross-field rules come from the ruleset
// itself (lib/rules/dk.ts), so the form, the server and the engine agree. Danish parameters only:
// another jurisdiction gets its own schema next to this one when its ruleset is added.
import { z } from "zod";
import { DK_PARAMETER_RANGES, dkCrossFieldIssues, type DkParameterKey } from "@/lib/rules/dk";
import { intInRange, reasonText } from "./fields";

const p = (key: DkParameterKey) => intInRange(DK_PARAMETER_RANGES[key].min, DK_PARAMETER_RANGES[key].max);

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
