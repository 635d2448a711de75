// Errors of the rules engine. Stored parameters and versions are validated on write, so these
// mean a bug or a corrupt row: they are thrown loudly, never shown as a form error.

/** Stored parameters failed their schema. */
export class InvalidRuleParametersError extends Error {
  constructor(
    public readonly jurisdiction: string,
    public readonly issues: { path: string; message: string }[],
  ) {
    super(`invalid ${jurisdiction} rule parameters: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "InvalidRuleParametersError";
  }
}

/** A dated version history is not usable (see ruleVersionIssues for the checks). */
export class InvalidRuleVersionsError extends Error {
  constructor(
    public readonly jurisdiction: string,
    public readonly issues: { path: string; message: string }[],
  ) {
    super(`invalid ${jurisdiction} rule versions: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "InvalidRuleVersionsError";
  }
}
