// Parameters of the Danish rules since the 2014 sickness-benefit reform (lov nr. 720 af 25. juni
// 2014; follow-up model in force 5 January 2015): "DK 2014 reform (current)". `model: 2014` marks a
// parameter set as belonging to these rules; parameters without it are the 2009 rules.
import { z } from "zod";
import {
  type BenefitLimitParameters,
  DK_SHARED_PARAMETER_RANGES,
  intParam,
  withBenefitLimitIssues,
  type ParameterIssue,
  type ParameterUnit,
} from "./params-2009";

export type Dk2014Parameters = {
  version: number;
  /** Always 2014: selects the 2014 rule model. */
  model: 2014;
  /** § 7 a: the employer's conversation by the end of week N (4). */
  employerConversationWeek: number;
  /** § 13 b, stk. 1: the first follow-up conversation by the end of week N (8), with visitation to category 2 or 3. */
  firstFollowUpWeek: number;
  /** § 13 a, stk. 1: category 1 — a conversation with revisitation by the end of week N (8) if the absence goes on. */
  category1RevisitationWeek: number;
  /** § 13 b, stk. 1: categories 2 and 3 — a follow-up at least every N weeks (4). */
  followUpIntervalWeeks: number;
  /** § 13 b, stk. 1: the rhythm applies for the first N months of the absence, after which follow-up is agreed with the citizen; 0 = throughout. */
  followUpRhythmMonths: number;
  /** 1: follow-ups after the first are normally in person (except while partially back or in a programme); 0: the citizen chooses. */
  inPersonFollowUps: number;
  /** § 13 b, stk. 2: after a request for early follow-up (fast track), the first conversation within N weeks (2). */
  fastTrackWithinWeeks: number;
  /** § 11 a: 1 = a doctor's certificate is required before the first follow-up in categories 2 and 3; 0 = only when the caseworker asks. */
  doctorCertificateRequired: number;
  /** The certificate is due this many days before the first follow-up's deadline (0 = by the deadline). */
  doctorCertificateLeadDays: number;
  /** § 13 d, stk. 3: category 3 — the case is dealt with by the rehabilitation team within N weeks of the visitation (4). */
  rehabTeamWithinWeeks: number;
  /** 1 = category 3 cases go to the rehabilitation team (§ 13 d, stk. 3); 0 = no such requirement. */
  rehabTeamRequired: number;
  /** After an exemption ends or a closed case is reopened, the next conversation within N weeks. */
  resumeFollowUpWeeks: number;
  /** § 24, stk. 1: the reassessment when more than N weeks of benefit (22) … */
  benefitLimitWeeks: number;
  /** … have been paid within the last N months (9). */
  benefitLimitWindowMonths: number;
  /** Flag that the limit approaches when the count enters week N (18). */
  benefitLimitWarningWeek: number;
  /** § 24, stk. 2: days at the start not counted for an employee or unemployed person (the 30-day employer period). */
  benefitExcludedDaysEmployee: number;
  /** § 24, stk. 2: days at the start not counted for a self-employed person (the first 2 weeks). */
  benefitExcludedDaysSelfEmployed: number;
  /** § 24, stk. 1: 1 = the reassessment falls at the end of the month in which the limit is exceeded; 0 = before the limit week. */
  reassessmentAtMonthEnd: number;
  /** Days ahead that count as "due soon". */
  dueSoonDays: number;
};

export const DK_2014_PARAMETER_KEYS = [
  "employerConversationWeek",
  "firstFollowUpWeek",
  "category1RevisitationWeek",
  "followUpIntervalWeeks",
  "followUpRhythmMonths",
  "inPersonFollowUps",
  "fastTrackWithinWeeks",
  "doctorCertificateRequired",
  "doctorCertificateLeadDays",
  "rehabTeamRequired",
  "rehabTeamWithinWeeks",
  "resumeFollowUpWeeks",
  "benefitLimitWeeks",
  "benefitLimitWindowMonths",
  "benefitLimitWarningWeek",
  "benefitExcludedDaysEmployee",
  "benefitExcludedDaysSelfEmployed",
  "reassessmentAtMonthEnd",
  "dueSoonDays",
] as const satisfies readonly (keyof Dk2014Parameters)[];

export type Dk2014ParameterKey = (typeof DK_2014_PARAMETER_KEYS)[number];

/** The law as it stands since the 2014 reform (sources in ./versions.ts and ADR 0006). */
export const DK_2014_DEFAULTS: Dk2014Parameters = {
  version: 1,
  model: 2014,
  employerConversationWeek: 4,
  firstFollowUpWeek: 8,
  category1RevisitationWeek: 8,
  followUpIntervalWeeks: 4,
  followUpRhythmMonths: 0,
  inPersonFollowUps: 1,
  fastTrackWithinWeeks: 2,
  doctorCertificateRequired: 1,
  doctorCertificateLeadDays: 0,
  rehabTeamRequired: 1,
  rehabTeamWithinWeeks: 4,
  resumeFollowUpWeeks: 4,
  benefitLimitWeeks: 22,
  benefitLimitWindowMonths: 9,
  benefitLimitWarningWeek: 18,
  benefitExcludedDaysEmployee: 30,
  benefitExcludedDaysSelfEmployed: 14,
  reassessmentAtMonthEnd: 1,
  dueSoonDays: 7,
};

/** Sane ranges and units of each parameter; shared by the engine, the admin form schema and the form's min/max. */
export const DK_2014_PARAMETER_RANGES: Record<Dk2014ParameterKey, { min: number; max: number; unit: ParameterUnit }> = {
  ...DK_SHARED_PARAMETER_RANGES,
  category1RevisitationWeek: { min: 1, max: 52, unit: "weeks" },
  followUpIntervalWeeks: { min: 1, max: 52, unit: "weeks" },
  followUpRhythmMonths: { min: 0, max: 36, unit: "months" },
  inPersonFollowUps: { min: 0, max: 1, unit: "switch" },
  fastTrackWithinWeeks: { min: 1, max: 52, unit: "weeks" },
  doctorCertificateRequired: { min: 0, max: 1, unit: "switch" },
  doctorCertificateLeadDays: { min: 0, max: 60, unit: "days" },
  rehabTeamRequired: { min: 0, max: 1, unit: "switch" },
  rehabTeamWithinWeeks: { min: 1, max: 52, unit: "weeks" },
  benefitExcludedDaysEmployee: { min: 0, max: 90, unit: "days" },
  benefitExcludedDaysSelfEmployed: { min: 0, max: 90, unit: "days" },
  reassessmentAtMonthEnd: { min: 0, max: 1, unit: "switch" },
};

/** Rules across parameters, as (field, translation key); used by the engine and the admin form schema. */
export function dk2014CrossFieldIssues(
  p: Pick<Dk2014Parameters, "fastTrackWithinWeeks" | "firstFollowUpWeek"> & BenefitLimitParameters,
): ParameterIssue<Dk2014ParameterKey>[] {
  // Early follow-up is only early if it comes before the regular first follow-up.
  return withBenefitLimitIssues(
    p.fastTrackWithinWeeks >= p.firstFollowUpWeek && {
      path: "fastTrackWithinWeeks",
      message: "rules.errors.fastTrackNotBeforeFirstFollowUp",
    },
    p,
  );
}

const param = (key: Dk2014ParameterKey) => intParam(DK_2014_PARAMETER_RANGES[key], DK_2014_DEFAULTS[key]);

/** Stored/engine form of the 2014 parameters: `model` must be 2014; missing keys take DK_2014_DEFAULTS; unknown keys are dropped. */
export const ZDk2014Parameters = z
  .object({
    version: z.number().int().min(1).default(DK_2014_DEFAULTS.version),
    model: z.literal(2014),
    employerConversationWeek: param("employerConversationWeek"),
    firstFollowUpWeek: param("firstFollowUpWeek"),
    category1RevisitationWeek: param("category1RevisitationWeek"),
    followUpIntervalWeeks: param("followUpIntervalWeeks"),
    followUpRhythmMonths: param("followUpRhythmMonths"),
    inPersonFollowUps: param("inPersonFollowUps"),
    fastTrackWithinWeeks: param("fastTrackWithinWeeks"),
    doctorCertificateRequired: param("doctorCertificateRequired"),
    doctorCertificateLeadDays: param("doctorCertificateLeadDays"),
    rehabTeamRequired: param("rehabTeamRequired"),
    rehabTeamWithinWeeks: param("rehabTeamWithinWeeks"),
    resumeFollowUpWeeks: param("resumeFollowUpWeeks"),
    benefitLimitWeeks: param("benefitLimitWeeks"),
    benefitLimitWindowMonths: param("benefitLimitWindowMonths"),
    benefitLimitWarningWeek: param("benefitLimitWarningWeek"),
    benefitExcludedDaysEmployee: param("benefitExcludedDaysEmployee"),
    benefitExcludedDaysSelfEmployed: param("benefitExcludedDaysSelfEmployed"),
    reassessmentAtMonthEnd: param("reassessmentAtMonthEnd"),
    dueSoonDays: param("dueSoonDays"),
  })
  .superRefine((p, ctx) => {
    for (const i of dk2014CrossFieldIssues(p)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  });
