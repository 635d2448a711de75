// Shared types of the legal follow-up deadline engine. Pure (no DB, no node imports), so the
// same code runs on the server, in tests and in the browser. The versioned API (dated rule
// versions, the deadline report) is typed in ./versions-types.ts.
import type { z } from "zod";
import type { RuleVersionInput } from "./versions-types";

export type DeadlineKind =
  | "EMPLOYER_CONVERSATION"
  | "CONTACT_WINDOW_OPENS"
  | "DOCTOR_CERTIFICATE"
  | "FIRST_FOLLOW_UP"
  | "FOLLOW_UP"
  | "REHABILITATION_TEAM"
  | "RETENTION_PLAN_POSSIBLE"
  | "BENEFIT_LIMIT_APPROACHING"
  | "EXTENSION_ASSESSMENT";

export type DeadlineState = "OVERDUE" | "DUE_SOON" | "ON_TRACK";

export type Deadline = {
  kind: DeadlineKind;
  /** UTC midnight */
  dueOn: Date;
  state: DeadlineState;
  /** translation key under "rules.basis." */
  legalBasisKey: string;
  /** The paragraph the deadline rests on, as cited in Danish law (e.g. "sygedagpengeloven § 13 b, stk. 1"); shown untranslated. */
  legalParagraph?: string;
  /** true for windows/flags that are not conversations to hold */
  informational: boolean;
  /** Set when the deadline has been met (e.g. the employer's conversation is recorded); null/absent while pending. */
  satisfiedOn?: Date | null;
  /** Whole days past the due date while pending and overdue; 0 otherwise. Set by the engine. */
  daysOverdue?: number;
  /** Conversations only: whether the rules require personal attendance (the mode is recorded on the follow-up). */
  inPersonRequired?: boolean;
  /** Key of the rule version the deadline was computed with (dated API only). */
  versionKey?: string;
};

/** A deadline before its state is known (the engine adds state and days overdue for "today"). */
export type DeadlineDraft = Omit<Deadline, "state" | "daysOverdue">;

/** Visitation categories of sygedagpengeloven § 12, stk. 1 (kategori 1, 2, 3). */
export type VisitationCategory = 1 | 2 | 3;

/** Exemption reasons (as in the database). TERMINAL_ILLNESS is the standby arrangement for life-threatening illness. */
export type ExemptionReason = "TERMINAL_ILLNESS" | "PREGNANCY_RELATED" | "IMMINENT_RETURN" | "TREATMENT_PREVENTS_PARTICIPATION";

export type EmploymentStatus = "EMPLOYEE" | "UNEMPLOYED" | "SELF_EMPLOYED";

/** Outcome of the reassessment (revurdering, sygedagpengeloven § 24); see ./dk/reassessment.ts for what each implies. */
export type ReassessmentOutcome = "EXTENDED" | "JOB_CLARIFICATION_COURSE" | "BENEFIT_ENDED";

/** Extension grounds of sygedagpengeloven § 27, stk. 1, nr. 1–7 (forlængelse). */
export type ExtensionGround =
  | "REVALIDATION"
  | "WORK_ABILITY_CLARIFICATION"
  | "MEDICAL_TREATMENT"
  | "REHABILITATION_TEAM"
  | "LIFE_THREATENING_ILLNESS"
  | "INDUSTRIAL_INJURY"
  | "DISABILITY_PENSION_APPLICATION";

/**
 * What the engine knows about one sick-leave case. All days are UTC midnight (Danish calendar days,
 * see lib/time.ts). The fields after `extensionAssessedOn` are read by the 2014 rules only; the 2009
 * rules ignore them, so older callers that do not set them keep working.
 */
export type CaseFacts = {
  firstAbsenceDay: Date;
  statusChanges: { status: "ACTIVE" | "PARTIAL_RETURN" | "CLOSED"; effectiveOn: Date }[];
  /** voided ones already filtered out; `untilOn` is the last exempt day (null = open-ended) */
  exemptions: { fromOn: Date; untilOn: Date | null; reason?: ExemptionReason }[];
  /** days (UTC midnight) of HELD follow-ups */
  heldFollowUps: Date[];
  /** referral STARTED..(COMPLETED|DROPPED|RETURNED) */
  programmePeriods: { fromOn: Date; untilOn: Date | null }[];
  employerConversationHeldOn?: Date | null;
  /** Day the benefit-extension assessment was recorded, when recorded separately from a follow-up (legacy; see `reassessments`). */
  extensionAssessedOn?: Date | null;
  /** Every (re)visitation (§ 12, stk. 2–3): the category and the day it was set; the latest on or before a day is in force. */
  visitations?: { category: VisitationCategory; on: Date }[];
  /** The doctor's certificate for the first follow-up (lægeattest, § 11 a): when the municipality requested and received it. */
  doctorCertificate?: { requestedOn: Date | null; receivedOn: Date | null } | null;
  /** Requests for early follow-up (tidlig opfølgning / fast track, §§ 7 c and 7 e; § 13 b, stk. 2). */
  earlyFollowUpRequests?: { requestedOn: Date; by: "EMPLOYER" | "EMPLOYEE"; declinedByEmployeeOn?: Date | null }[];
  /** Days the case was dealt with by the rehabilitation team (rehabiliteringsteam, § 13 d, stk. 3). */
  rehabilitationTeamOn?: Date[];
  /** Reassessment decisions (revurdering, § 24) with their outcome; an extension (§ 27) may end on `extendedUntil`. */
  reassessments?: { decidedOn: Date; outcome: ReassessmentOutcome; ground?: ExtensionGround | null; extendedUntil?: Date | null }[];
  /** The citizen's employment status: decides the days at the start not counted towards the benefit limit (§ 24, stk. 2). */
  employmentStatus?: EmploymentStatus;
};

/** Parameters of the 2009 Danish rules (the follow-up rules described in the source reports). */
export type DkParameters = {
  version: number;
  firstFollowUpWeek: number;
  contactFromWeek: number;
  followUpIntervalMonths: number;
  followUpIntervalWeeksPartialOrProgramme: number;
  employerConversationWeek: number;
  retentionPlanFromWeek: number;
  benefitLimitWeeks: number;
  benefitLimitWindowMonths: number;
  benefitLimitWarningWeek: number;
  dueSoonDays: number;
  /** Weeks after an exemption ends or a closed case is reopened within which the next follow-up is due. */
  resumeFollowUpWeeks: number;
};

/**
 * The parameters of the 2009 rules ("DK 2009 (source reports)"). Kept under this name because the
 * stored single-version parameters and the admin form use it; the current rules are the dated
 * versions of ./dk/versions.ts (DK_2014_DEFAULTS).
 */
export const DK_DEFAULTS: DkParameters = {
  version: 1,
  firstFollowUpWeek: 8,
  contactFromWeek: 5,
  followUpIntervalMonths: 3,
  followUpIntervalWeeksPartialOrProgramme: 4,
  employerConversationWeek: 4,
  retentionPlanFromWeek: 8,
  benefitLimitWeeks: 22,
  benefitLimitWindowMonths: 9,
  benefitLimitWarningWeek: 18,
  dueSoonDays: 7,
  resumeFollowUpWeeks: 4,
};

/** Parameters of any jurisdiction: numbers by name, with the version of the ruleset they belong to. */
export type RuleParameters = { version: number } & Record<string, number>;

/** Flags a case can carry besides its deadlines (issue 8 item 7, issue 15); each is a translation key under "rules.flag.". */
export type DeadlineFlagKind =
  /** The benefit limit (or the end of an extension) has passed without a reassessment decision. */
  | "BENEFIT_LIMIT_PASSED_WITHOUT_DECISION"
  /** The first follow-up is due soon or overdue and the doctor's certificate has not been received. */
  | "DOCTOR_CERTIFICATE_MISSING"
  /** A follow-up has been held under the 2014 rules but no visitation category is recorded. */
  | "VISITATION_MISSING"
  /** Still in category 1 after the revisitation conversation past week 8: the law expects category 2 or 3. */
  | "CATEGORY_1_PAST_WEEK_8"
  /** The standby arrangement applies today: no conversations. */
  | "STANDBY";

export type DeadlineFlag = {
  kind: DeadlineFlagKind;
  /** The day the situation began (e.g. the day after the reassessment was due). */
  since: Date;
  legalBasisKey: string;
  legalParagraph?: string;
  /** Extra facts for the message, e.g. whether the certificate has been requested. */
  detail?: Record<string, string | number | boolean>;
};

/** What a ruleset computes from one version's parameters (before states are added for "today"). */
export type RulesEvaluation = { drafts: DeadlineDraft[]; flags: DeadlineFlag[] };

/**
 * One jurisdiction's ruleset. Adding Norway or Sweden = one more object of this shape registered
 * in lib/rules/registry.ts; callers only ever go through computeDeadlines / computeCaseDeadlines.
 */
export interface Ruleset<P extends RuleParameters = RuleParameters> {
  jurisdiction: string;
  /** Validates stored or submitted parameters of any of the jurisdiction's rule models; missing keys take the model's defaults. */
  parametersSchema: z.ZodType<P>;
  /** The parameters a single-version caller gets when nothing is stored (DK: the 2009 rules, for compatibility). */
  defaults: P;
  /** Parameter names of `defaults` in display order (excluding `version`), for the admin page. */
  parameterKeys: readonly string[];
  /** Single-version computation: all deadlines with their state on `today`. */
  compute(params: P, facts: CaseFacts, today: Date): Deadline[];
  /** Single-version computation without states, plus the case's flags; the dated API combines versions from this. */
  evaluate(params: P, facts: CaseFacts, today: Date): RulesEvaluation;
  /** Days ahead that count as "due soon" under `params`. */
  dueSoonDays(params: P): number;
  /** Tie-break order of kinds due on the same day. */
  kindOrder: readonly DeadlineKind[];
  /** The built-in dated history of the ruleset, earliest first (the last one is the current law). */
  versions: readonly RuleVersionInput[];
}
