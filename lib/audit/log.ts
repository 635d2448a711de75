// Appends to the access log inside the caller's transaction (docs/decisions/0003, 0009).
// A plain multi-row INSERT: no lock and no read of the chain head, so concurrent requests of one
// organisation never wait for one another. The sealer (lib/audit/seal.ts) chains the rows shortly
// after their transaction committed; a rolled-back request leaves no row and no gap in the chain.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { AccessAction, AccessOutcome, Prisma } from "@/lib/db/generated/client";
import { kickSealer } from "./background-sealer";

export type AccessEntry = {
  action: AccessAction;
  recordType: string;
  recordId?: string | null;
  citizenId?: string | null;
  crossDepartment?: boolean;
  consentId?: string | null;
  /** Default ALLOWED; DENIED is written by the use-case runner for a refused look-up. */
  outcome?: AccessOutcome;
  details?: Record<string, unknown>;
};

type Tx = Prisma.TransactionClient;

/**
 * Inserts one access-log row per entry for `actor` in `tx` (who, role, department, organisation,
 * `at` = now, UTC). The rows commit or roll back with the caller's work. One statement whatever the
 * number of entries.
 */
export async function logAccess(tx: Tx, actor: Actor, entries: AccessEntry | AccessEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  // One INSERT … SELECT FROM unnest(arrays) for any number of rows (ADR 0027): a raw statement, so
  // Prisma neither compiles it (its query-plan cache never holds a createMany, whose shape changes with
  // the row count: a 50-row list view cost ≈ 14 ms of query-compiler CPU per request) nor maps it.
  // `at` is this instant, in UTC, as Prisma's @default(now()) wrote it. Ids follow the entries' order.
  const at = new Date().toISOString();
  const col = <T>(f: (e: AccessEntry) => T) => list.map(f);
  await tx.$executeRaw`
    INSERT INTO "AccessLog" ("organisationId", "at", "actorId", "actorRole", "actorDepartment", "citizenId", "recordType",
      "recordId", "action", "outcome", "crossDepartment", "consentId", "details")
    SELECT ${actor.organisationId}, (${at}::timestamptz AT TIME ZONE 'UTC'), ${actor.userId}, ${actor.role}::"Role",
      ${actor.departmentKind}::"DepartmentKind", u.c, u.rt, u.ri, u.a::"AccessAction", u.o::"AccessOutcome", u.x, u.cs, u.d::jsonb
    FROM unnest(${col((e) => e.citizenId ?? null)}::text[], ${col((e) => e.recordType)}::text[], ${col((e) => e.recordId ?? null)}::text[],
      ${col((e) => e.action)}::text[], ${col((e) => e.outcome ?? "ALLOWED")}::text[], ${col((e) => e.crossDepartment ?? false)}::boolean[],
      ${col((e) => e.consentId ?? null)}::text[], ${col((e) => (e.details == null ? null : JSON.stringify(e.details)))}::text[])
      WITH ORDINALITY AS u(c, rt, ri, a, o, x, cs, d, n)
    ORDER BY u.n`;
  kickSealer(actor.organisationId);
}

/**
 * The access-log entries of a list view: one VIEW row per citizen shown (so that the citizen's
 * "who looked at my data" report is complete), or, for an empty result, one row recording the
 * search itself (a search for a CPR number is a look-up of that person too).
 */
export function listViewEntries(
  recordType: string,
  rows: { recordId: string; citizenId: string; crossDepartment?: boolean; consentId?: string | null }[],
  details: Record<string, unknown>,
): AccessEntry[] {
  if (rows.length === 0) return [{ action: "VIEW", recordType: `${recordType}List`, details: { ...details, count: 0 } }];
  return rows.map((r) => ({
    action: "VIEW",
    recordType,
    recordId: r.recordId,
    citizenId: r.citizenId,
    crossDepartment: r.crossDepartment ?? false,
    consentId: r.consentId ?? null,
    details: { ...details, view: "list" },
  }));
}
