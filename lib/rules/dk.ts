// Denmark's follow-up deadline rules (SPEC §4). The rules live in ./dk/: the 2009 rules described in
// the source reports (model-2009.ts), the rules since the 2014 reform (model-2014.ts, reassessment.ts),
// their parameters (params-2009.ts, params-2014.ts) and the dated history (versions.ts). This module
// keeps the import path `@/lib/rules/dk` that the admin form and validation use.
export { deadlineState, exemptionOn, STANDBY_EXEMPTION_REASONS } from "./dk/common";
export {
  benefitLimitIssues,
  dkCrossFieldIssues,
  DK_PARAMETER_KEYS,
  DK_PARAMETER_RANGES,
  ZDkParameters,
  type DkParameterKey,
  type ParameterUnit,
} from "./dk/params-2009";
export {
  dk2014CrossFieldIssues,
  DK_2014_DEFAULTS,
  DK_2014_PARAMETER_KEYS,
  DK_2014_PARAMETER_RANGES,
  ZDk2014Parameters,
  type Dk2014ParameterKey,
  type Dk2014Parameters,
} from "./dk/params-2014";
export { DK_EXTENSION_GROUNDS, DK_REASSESSMENT_OUTCOMES, reassessmentIssues, type ReassessmentConsequence } from "./dk/reassessment";
export { categoryOn } from "./dk/visitation";
export { computeDk, dkRuleset, DK_KIND_ORDER, isDk2014, ZDkAnyParameters, type DkAnyParameters } from "./dk/ruleset";
export { DK_2009_VERSION, DK_2014_VERSION, DK_VERSIONS } from "./dk/versions";
