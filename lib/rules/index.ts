// The deadline engine's entry point (SPEC §4). Pages and domain code never compute legal dates
// themselves; they call one of:
//  - computeCaseDeadlines(jurisdiction, versions, facts, today): the dated API — a case's deadlines
//    under the ruleset's dated history (built-in when `versions` is omitted, the last version being
//    the law in force today), with every overdue deadline, the worst, the next, and the flags;
//  - computeDeadlines(jurisdiction, params, facts, today): one parameter set (compatibility with
//    callers that store a single version; DK parameters without `model` are the 2009 rules).
import { parseRuleParameters } from "./parameters";
import { getRuleset } from "./registry";
import type { CaseFacts, Deadline } from "./types";

export * from "./types";
export type * from "./versions-types";
export { getRuleset, hasRuleset, jurisdictions, UnknownJurisdictionError } from "./registry";
export { InvalidRuleParametersError, InvalidRuleVersionsError } from "./errors";
export { parseRuleParameters, ruleParameterIssues } from "./parameters";
export { nextDeadline, overdueDeadlines, benefitLimitFlag } from "./report";
export { computeCaseDeadlines, parseRuleVersions, ruleVersionIssues, versionOn, versionsForCase } from "./dated";
export {
  categoryOn,
  deadlineState,
  exemptionOn,
  DK_2009_VERSION,
  DK_2014_DEFAULTS,
  DK_2014_VERSION,
  DK_EXTENSION_GROUNDS,
  DK_REASSESSMENT_OUTCOMES,
  DK_VERSIONS,
  reassessmentIssues,
} from "./dk";

/** All deadlines of a case on `today` under one parameter set, sorted by due date (earliest first). */
export function computeDeadlines(jurisdiction: string, params: unknown, facts: CaseFacts, today: Date): Deadline[] {
  return getRuleset(jurisdiction).compute(parseRuleParameters(jurisdiction, params), facts, today);
}
