// Domain errors. NotFoundError is also what an out-of-scope record produces: callers cannot
// tell "missing" from "not yours" (SPEC §2, ARCHITECTURE "path of a request").

export class NotFoundError extends Error {
  /**
   * @param what the kind of record (model or record type), for server logs only
   * @param recordId the id that was asked for, when known (for the access log's refused look-ups)
   */
  constructor(
    public readonly what = "record",
    public readonly recordId?: string,
  ) {
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

/**
 * The record changed since the form was loaded (optimistic concurrency): nothing was written.
 * The form shows "errors.conflict" ("changed by someone else — reload to see their change").
 */
export class ConflictError extends DomainRuleError {
  constructor() {
    super("errors.conflict");
    this.name = "ConflictError";
  }
}

/** Input failed its schema; `fieldErrors` hold translation keys per field. */
export class ValidationError extends Error {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super("validation failed");
    this.name = "ValidationError";
  }
}
