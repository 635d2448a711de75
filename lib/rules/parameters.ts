// Validation of a jurisdiction's rule parameters (stored JSON or a submitted form).
import { InvalidRuleParametersError } from "./errors";
import { getRuleset } from "./registry";
import type { RuleParameters } from "./types";

/** Issues of `params` against the jurisdiction's schema as (dotted path, translation key); empty when valid. */
export function ruleParameterIssues(jurisdiction: string, params: unknown): { path: string; message: string }[] {
  const r = getRuleset(jurisdiction).parametersSchema.safeParse(params ?? {});
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/**
 * Validated parameters of `jurisdiction`; keys that are missing take the defaults of the rule model
 * the parameters belong to (DK: `model: 2014` or, without it, the 2009 rules).
 * Throws UnknownJurisdictionError or InvalidRuleParametersError.
 */
export function parseRuleParameters(jurisdiction: string, params: unknown): RuleParameters {
  const r = getRuleset(jurisdiction).parametersSchema.safeParse(params ?? {});
  if (!r.success)
    throw new InvalidRuleParametersError(
      jurisdiction,
      r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
    );
  return r.data;
}
