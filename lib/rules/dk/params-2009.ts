// Parameters of the 2009 Danish rules ("DK 2009 (source reports)"): names, sane ranges, rules across
// parameters and the schema that validates stored or submitted values. Shared by the engine, the
// admin form schema (lib/validation/rules.ts) and the form's min/max.
import { z } from "zod";
import { DK_DEFAULTS, type DkParameters } from "../types";

export const DK_PARAMETER_KEYS = [
  "firstFollowUpWeek",
  "contactFromWeek",
  "followUpIntervalMonths",
  "followUpIntervalWeeksPartialOrProgramme",
  "resumeFollowUpWeeks",
  "employerConversationWeek",
  "retentionPlanFromWeek",
  "benefitLimitWeeks",
  "benefitLimitWindowMonths",
  "benefitLimitWarningWeek",
  "dueSoonDays",
] as const satisfies readonly (keyof DkParameters)[];

export type DkParameterKey = (typeof DK_PARAMETER_KEYS)[number];

/** Unit of a parameter as shown on the admin page ("switch" = 0 or 1, off or on). */
export type ParameterUnit = "weeks" | "months" | "days" | "switch";

/** Ranges of the parameters the 2009 and 2014 versions share (the same meaning in both). */
export const DK_SHARED_PARAMETER_RANGES = {
  firstFollowUpWeek: { min: 1, max: 52, unit: "weeks" },
  resumeFollowUpWeeks: { min: 1, max: 52, unit: "weeks" },
  employerConversationWeek: { min: 1, max: 52, unit: "weeks" },
  benefitLimitWeeks: { min: 2, max: 104, unit: "weeks" },
  benefitLimitWindowMonths: { min: 1, max: 36, unit: "months" },
  benefitLimitWarningWeek: { min: 1, max: 103, unit: "weeks" },
  dueSoonDays: { min: 0, max: 60, unit: "days" },
} as const satisfies Partial<Record<DkParameterKey, { min: number; max: number; unit: ParameterUnit }>>;

/** Sane ranges of each parameter; shared by the engine, the admin form schema and the form's min/max. */
export const DK_PARAMETER_RANGES: Record<DkParameterKey, { min: number; max: number; unit: "weeks" | "months" | "days" }> = {
  ...DK_SHARED_PARAMETER_RANGES,
  contactFromWeek: { min: 1, max: 52, unit: "weeks" },
  followUpIntervalMonths: { min: 1, max: 24, unit: "months" },
  followUpIntervalWeeksPartialOrProgramme: { min: 1, max: 52, unit: "weeks" },
  retentionPlanFromWeek: { min: 1, max: 52, unit: "weeks" },
};

/** Rules across parameters, as (field, translation key); used by both the engine and the admin form schema. */
export function dkCrossFieldIssues(
  p: Pick<DkParameters, "contactFromWeek" | "firstFollowUpWeek"> & BenefitLimitParameters,
): ParameterIssue<DkParameterKey>[] {
  return withBenefitLimitIssues(
    p.contactFromWeek > p.firstFollowUpWeek && { path: "contactFromWeek", message: "rules.errors.contactAfterFirstFollowUp" },
    p,
  );
}

/** The parameters of the benefit limit, alike in both versions. */
export type BenefitLimitParameters = Pick<DkParameters, "benefitLimitWarningWeek" | "benefitLimitWeeks" | "benefitLimitWindowMonths">;

/** A broken rule across parameters: the field to mark and the translation key of the message. */
export type ParameterIssue<K extends string> = { path: K; message: string };

/** A version's own rule across parameters (false when it holds), then the benefit-limit rules both versions share. */
export function withBenefitLimitIssues<K extends string>(
  own: ParameterIssue<K> | false,
  p: BenefitLimitParameters,
): ParameterIssue<K | "benefitLimitWarningWeek" | "benefitLimitWeeks">[] {
  return [...(own ? [own] : []), ...benefitLimitIssues(p)];
}

/** The warning must come before the limit, and the limit must be reachable inside the window (a month has at least 28 days). */
export function benefitLimitIssues(
  p: BenefitLimitParameters,
): { path: "benefitLimitWarningWeek" | "benefitLimitWeeks"; message: string }[] {
  const issues: { path: "benefitLimitWarningWeek" | "benefitLimitWeeks"; message: string }[] = [];
  if (p.benefitLimitWarningWeek >= p.benefitLimitWeeks)
    issues.push({ path: "benefitLimitWarningWeek", message: "rules.errors.warningNotBeforeLimit" });
  if (p.benefitLimitWeeks * 7 > p.benefitLimitWindowMonths * 28)
    issues.push({ path: "benefitLimitWeeks", message: "rules.errors.limitExceedsWindow" });
  return issues;
}

/** A whole number in [min, max] with translation-key messages, defaulting to `fallback`. */
export function intParam(range: { min: number; max: number }, fallback: number) {
  return z
    .number({ error: "errors.invalidNumber" })
    .int("errors.invalidNumber")
    .min(range.min, "errors.numberTooSmall")
    .max(range.max, "errors.numberTooLarge")
    .default(fallback);
}

const param = (key: DkParameterKey) => intParam(DK_PARAMETER_RANGES[key], DK_DEFAULTS[key]);

/** Stored/engine form of the 2009 parameters: numbers; missing keys take DK_DEFAULTS; unknown keys are dropped. */
export const ZDkParameters = z
  .object({
    version: z.number().int().min(1).default(DK_DEFAULTS.version),
    firstFollowUpWeek: param("firstFollowUpWeek"),
    contactFromWeek: param("contactFromWeek"),
    followUpIntervalMonths: param("followUpIntervalMonths"),
    followUpIntervalWeeksPartialOrProgramme: param("followUpIntervalWeeksPartialOrProgramme"),
    resumeFollowUpWeeks: param("resumeFollowUpWeeks"),
    employerConversationWeek: param("employerConversationWeek"),
    retentionPlanFromWeek: param("retentionPlanFromWeek"),
    benefitLimitWeeks: param("benefitLimitWeeks"),
    benefitLimitWindowMonths: param("benefitLimitWindowMonths"),
    benefitLimitWarningWeek: param("benefitLimitWarningWeek"),
    dueSoonDays: param("dueSoonDays"),
  })
  .superRefine((p, ctx) => {
    for (const i of dkCrossFieldIssues(p)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  });
