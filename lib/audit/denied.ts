// Refused look-ups in the access log (ADR 0009, issue 9 "a denied attempt is logged too").
//
// The rule: when a person asks for ONE record by its id and is refused (the record is missing, voided
// or outside their scope: the same 404 for them), one DENIED row is written in its own transaction,
// after the use case's transaction rolled back, so that it survives the refusal. It holds what the
// person did, and nothing the person may not know:
// - who (actor, role, department, organisation), when, the kind of record and the action tried
//   (VIEW for a read, UPDATE for a write);
// - the id as asked for, when it is a UUID (every record id is one); anything else is logged as
//   `recordId: null, details.malformedId: true`, so that a URL cannot write arbitrary text into the log;
// - never a citizen id: finding the citizen would mean reading a record outside the person's scope,
//   and could attribute an id from another organisation to one of ours. A DENIED row therefore never
//   appears in a citizen's access report; it is for the security review (who probes which ids).
// The id is not looked up: missing and forbidden are logged alike, as they look alike to the person.
// Refusals of a whole kind of action (no capability) name no record and are not logged.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { logAccess, type AccessEntry } from "./log";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "sickLeaveCase" (a Prisma delegate) or "SickLeaveCase" (a record type) → "SickLeaveCase". */
function recordTypeOf(what: string): string {
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** The DENIED entry for a refused look-up of `recordId` of kind `what` (rule above). */
export function deniedEntry(what: string, recordId: string, purpose: "read" | "write"): AccessEntry {
  const wellFormed = UUID.test(recordId);
  return {
    action: purpose === "write" ? "UPDATE" : "VIEW",
    outcome: "DENIED",
    recordType: recordTypeOf(what),
    recordId: wellFormed ? recordId : null,
    citizenId: null,
    details: wellFormed ? undefined : { malformedId: true },
  };
}

/** Whether each refusal was of a read or a write (a DENIED row logs VIEW or UPDATE). */
const refusedPurpose = new WeakMap<NotFoundError, "read" | "write">();

/** The NotFoundError (404) of a scoped look-up of `recordId` that found nothing, remembering what was tried. */
export function refusal(what: string, recordId: string | undefined, purpose: "read" | "write"): NotFoundError {
  const e = new NotFoundError(what, recordId);
  refusedPurpose.set(e, purpose);
  return e;
}

/**
 * After a use case failed with `error`: when it is a NotFoundError naming one record, writes the
 * DENIED row in its own transaction (the use case's transaction has rolled back). Otherwise nothing.
 */
export async function logRefusal(db: Db, actor: Actor, error: unknown): Promise<void> {
  if (!(error instanceof NotFoundError) || error.recordId === undefined) return;
  const entry = deniedEntry(error.what, error.recordId, refusedPurpose.get(error) ?? "read");
  await db.$transaction((tx) => logAccess(tx, actor, entry));
}
