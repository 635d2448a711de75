// The deadline engine's entry point. Pages and domain code call computeDeadlines with the
// organisation's jurisdiction and the active ruleset's stored parameters; they never compute
// legal dates themselves (SPEC §4).
import { getRuleset } from "./registry";
import type { CaseFacts, Deadline, RuleParameters } from "./types";

export * from "./types";
export { getRuleset, hasRuleset, jurisdictions, UnknownJurisdictionError } from "./registry";
export { deadlineState } from "./dk";

/** Stored parameters failed their schema (a stored ruleset is validated on write, so this is a bug, loudly). */
export class InvalidRuleParametersError extends Error {
  constructor(
    public readonly jurisdiction: string,
    public readonly issues: { path: string; message: string }[],
  ) {
    super(`invalid ${jurisdiction} rule parameters: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "InvalidRuleParametersError";
  }
}

/** Validated parameters of `jurisdiction`; keys that are missing take the ruleset's defaults. */
export function parseRuleParameters(jurisdiction: string, params: unknown): RuleParameters {
  const ruleset = getRuleset(jurisdiction);
  const r = ruleset.parametersSchema.safeParse(params ?? {});
  if (!r.success)
    throw new InvalidRuleParametersError(
      jurisdiction,
      r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
    );
  return r.data;
}

/** All deadlines of a case on `today`, sorted by due date (earliest first). */
export function computeDeadlines(jurisdiction: string, params: unknown, facts: CaseFacts, today: Date): Deadline[] {
  return getRuleset(jurisdiction).compute(parseRuleParameters(jurisdiction, params), facts, today);
}

/**
 * The deadline a case is worked towards: the earliest pending (not satisfied) non-informational one,
 * an overdue one first. Null when there is none (closed, exempt without end, or all met).
 */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  const pending = deadlines.filter((d) => !d.informational && !d.satisfiedOn);
  pending.sort((a, b) => Number(b.state === "OVERDUE") - Number(a.state === "OVERDUE") || a.dueOn.getTime() - b.dueOn.getTime());
  return pending[0] ?? null;
}
