// Domain errors. NotFoundError is also what an out-of-scope record produces: callers cannot
// tell "missing" from "not yours" (SPEC §2, ARCHITECTURE "path of a request").

export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** A rule of the domain refused the action; `code` is a translation key under "errors". */
export class DomainRuleError extends Error {
  constructor(
    public readonly code: string,
    public readonly field?: string,
  ) {
    super(code);
    this.name = "DomainRuleError";
  }
}

/** Input failed its schema; `fieldErrors` hold translation keys per field. */
export class ValidationError extends Error {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super("validation failed");
    this.name = "ValidationError";
  }
}
