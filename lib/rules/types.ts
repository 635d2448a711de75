// Shared types of the legal follow-up deadline engine. Pure (no DB, no node imports), so the
// same code runs on the server, in tests and in the browser.
import type { z } from "zod";

export type DeadlineKind =
  | "EMPLOYER_CONVERSATION"
  | "CONTACT_WINDOW_OPENS"
  | "FIRST_FOLLOW_UP"
  | "FOLLOW_UP"
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
  /** true for windows/flags that are not conversations to hold */
  informational: boolean;
  /** Set when the deadline has been met (e.g. the employer's conversation is recorded); null/absent while pending. */
  satisfiedOn?: Date | null;
};

export type CaseFacts = {
  firstAbsenceDay: Date;
  statusChanges: { status: "ACTIVE" | "PARTIAL_RETURN" | "CLOSED"; effectiveOn: Date }[];
  /** voided ones already filtered out */
  exemptions: { fromOn: Date; untilOn: Date | null }[];
  /** days (UTC midnight) of HELD follow-ups */
  heldFollowUps: Date[];
  /** referral STARTED..(COMPLETED|DROPPED|RETURNED) */
  programmePeriods: { fromOn: Date; untilOn: Date | null }[];
  employerConversationHeldOn?: Date | null;
  /** Day the benefit-extension assessment was recorded, when recorded separately from a follow-up. */
  extensionAssessedOn?: Date | null;
};

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

/**
 * One jurisdiction's ruleset. Adding Norway or Sweden = one more object of this shape registered
 * in lib/rules/registry.ts; callers only ever go through computeDeadlines(jurisdiction, …).
 */
export interface Ruleset<P extends RuleParameters = RuleParameters> {
  jurisdiction: string;
  /** Validates stored or submitted parameters; keys that are missing take the defaults. */
  parametersSchema: z.ZodType<P>;
  defaults: P;
  /** Parameter names in display order (excluding `version`), for the admin page. */
  parameterKeys: readonly (keyof P & string)[];
  compute(params: P, facts: CaseFacts, today: Date): Deadline[];
}
