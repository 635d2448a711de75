// Types of the dated rule versions (issue 8 item 14, issue 15) and of the deadline report the
// versioned engine returns (issue 8 item 7). See docs/decisions/0006-follow-up-deadline-rules.md.
import type { Deadline, DeadlineFlag, RuleParameters } from "./types";

/**
 * How a version applies to sick-leave periods that began before it took effect — the transitional
 * provision (overgangsbestemmelse) of the law change it implements:
 * - NEW_PERIODS: only periods whose first absence day is on or after `effectiveFrom` ("finder
 *   anvendelse på sygdomstilfælde, hvor 1. fraværsdag er [dato] eller senere").
 * - RUNNING_CASES: also running cases, for every deadline that falls on or after `effectiveFrom`.
 */
export type RuleVersionTransition = "NEW_PERIODS" | "RUNNING_CASES";

/** A dated version of a jurisdiction's ruleset as stored or built in (parameters not yet validated). */
export type RuleVersionInput = {
  /** Stable identifier: "DK-2009", "DK-2014", or the id of a stored RuleSet row. */
  key: string;
  /** Display name, e.g. "DK 2014 reform (current)"; admin-entered versions carry their own. */
  name: string;
  /** Translation key under "rules.version." for built-in versions (the UI prefers it to `name`). */
  nameKey?: string;
  /** First day the version applies (UTC midnight). Null only for the first version: it covers all earlier days. */
  effectiveFrom: Date | null;
  transition: RuleVersionTransition;
  /** The law, guidance and sources the version implements, cited in Danish (shown untranslated). */
  legalReferences: readonly string[];
  /** The version's parameters (validated with parseRuleParameters; `model` selects the rules, see the ruleset). */
  parameters: unknown;
};

/** A validated version: parameters parsed, defaults filled. */
export type RuleVersion = Omit<RuleVersionInput, "parameters"> & { parameters: RuleParameters };

/**
 * Everything the case page and the worklist need about a case's deadlines on one day.
 * `deadlines` holds all of them (met, informational, pending), earliest first.
 */
export type DeadlineReport = {
  deadlines: Deadline[];
  /** Pending, non-informational deadlines that are overdue, most days overdue first. */
  overdue: Deadline[];
  /** The most overdue deadline (overdue[0]), or null. */
  worst: Deadline | null;
  /** The deadline the case is worked towards (see nextDeadline). */
  next: Deadline | null;
  flags: DeadlineFlag[];
  /** The version in force for this case on `today` (its due-soon window is used for the states). */
  versionToday: Pick<RuleVersion, "key" | "name" | "nameKey" | "effectiveFrom">;
};
