// The choices and bounds of the forms' fields (enum values, limits, field names), without zod: the
// browser's form components import them from here, so that a page's JavaScript does not carry zod and
// the schemas until a form needs them (ADR 0030). The schema modules (lib/validation/<area>.ts)
// import them back and re-export them, so server code may use either.
import type {
  CaseStatus,
  ClosingReason,
  ConsentMethod,
  DiagnosisGroup,
  EarlyFollowUpRequester,
  EmploymentStatus,
  ExemptionReason,
  ExtensionGround,
  FollowUpMode,
  MeetingKind,
  MeetingTaskParty,
  Participant,
  ReassessmentOutcome,
} from "@/lib/db/generated/enums";
import type { ReferralAction } from "@/lib/referrals/transitions";

// ---------------------------------------------------------------- cases (lib/validation/cases.ts)

export const DIAGNOSIS_GROUPS = ["MENTAL", "MUSCULOSKELETAL", "OTHER"] as const satisfies readonly DiagnosisGroup[];

export const CASE_STATUSES = ["ACTIVE", "PARTIAL_RETURN", "CLOSED"] as const satisfies readonly CaseStatus[];

export const CLOSING_REASONS = [
  "FULL_RETURN_TO_WORK",
  "BENEFIT_PERIOD_ENDED",
  "TRANSFERRED_TO_OTHER_BENEFIT",
  "MOVED",
  "DECEASED",
  "OTHER",
] as const satisfies readonly ClosingReason[];
export const EXEMPTION_REASONS = [
  "TERMINAL_ILLNESS",
  "PREGNANCY_RELATED",
  "IMMINENT_RETURN",
  "TREATMENT_PREVENTS_PARTICIPATION",
] as const satisfies readonly ExemptionReason[];
/** Events outside the follow-up conversations that the deadline rules need to know about. */
export const CASE_MILESTONES = ["EMPLOYER_CONVERSATION", "EXTENSION_ASSESSMENT"] as const;

// ---------------------------------------------------------------- citizens (lib/validation/citizens.ts)

export const EMPLOYMENT_STATUSES = ["EMPLOYEE", "UNEMPLOYED", "SELF_EMPLOYED"] as const satisfies readonly EmploymentStatus[];

// ---------------------------------------------------------------- case-rules (lib/validation/case-rules.ts)

/** Visitation categories of § 12 (kategori 1, 2, 3), as form values. */
export const VISITATION_CATEGORIES = ["1", "2", "3"] as const;
export const EARLY_FOLLOW_UP_REQUESTERS = ["EMPLOYEE", "EMPLOYER"] as const satisfies readonly EarlyFollowUpRequester[];
export const REASSESSMENT_OUTCOMES = [
  "EXTENDED",
  "JOB_CLARIFICATION_COURSE",
  "BENEFIT_ENDED",
] as const satisfies readonly ReassessmentOutcome[];
export const EXTENSION_GROUNDS = [
  "REVALIDATION",
  "WORK_ABILITY_CLARIFICATION",
  "MEDICAL_TREATMENT",
  "REHABILITATION_TEAM",
  "LIFE_THREATENING_ILLNESS",
  "INDUSTRIAL_INJURY",
  "DISABILITY_PENSION_APPLICATION",
] as const satisfies readonly ExtensionGround[];

// ---------------------------------------------------------------- referrals (lib/validation/referrals.ts)

export const ANSWER_PREFIX = "answer.";

/** Form names of the answer to a criterion, shared by the form and the schema. */
export function answerFieldName(criterionId: string): string {
  return `${ANSWER_PREFIX}${criterionId}`;
}

/** Actions whose reason is also recorded as a category (counted in the key figures without free text). */
export const REASON_CODED_ACTIONS: readonly ReferralAction[] = ["reject", "drop", "return"];

// ---------------------------------------------------------------- meetings (lib/validation/meetings.ts)

export const MEETING_KINDS = [
  "WEEKLY_CASE_CONFERENCE",
  "ROUNDTABLE",
  "LEADERSHIP",
  "BOARD_MONTHLY",
] as const satisfies readonly MeetingKind[];

export const TASK_PARTIES = ["STAFF", "CITIZEN", "EMPLOYER", "GP"] as const satisfies readonly MeetingTaskParty[];

// ---------------------------------------------------------------- rehab (lib/validation/rehab.ts)

export const PLAN_SOURCES = ["REFERRAL", "HOSPITAL_PLAN"] as const;

// ---------------------------------------------------------------- studies (lib/validation/studies.ts)

export const STUDY_DIAGNOSIS_GROUPS = ["MENTAL", "MUSCULOSKELETAL", "OTHER"] as const;

/** Designs that can be created in the product (ADR 0016): randomised at entry, or matched comparison (programme interventions only). */
export const STUDY_DESIGNS = ["RANDOMISED", "MATCHED"] as const;

// ---------------------------------------------------------------- consents (lib/validation/consents.ts)

export const CONSENT_METHODS = ["WRITTEN", "VERBAL", "DIGITAL"] as const satisfies readonly ConsentMethod[];

// ---------------------------------------------------------------- programmes (lib/validation/programmes.ts)

export const PROGRAMME_FORMATS = ["GROUP", "INDIVIDUAL"] as const;

export const MAX_CRITERIA = 20;

// ---------------------------------------------------------------- account (lib/validation/account.ts)

export const PASSWORD_MIN = 12;

export const PASSWORD_MAX = 256;

// ---------------------------------------------------------------- followups (lib/validation/followups.ts)

export const FOLLOW_UP_MODES = [
  "IN_PERSON",
  "PHONE",
  "VIDEO",
  "AT_WORKPLACE",
  "AT_HEALTH_CENTER",
  "ROUNDTABLE",
] as const satisfies readonly FollowUpMode[];
export const PARTICIPANTS = ["CITIZEN", "CASEWORKER", "THERAPIST", "EMPLOYER", "GP"] as const satisfies readonly Participant[];
export const FOLLOW_UP_OUTCOMES = ["CANCELLED", "MISSED"] as const;
