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
 * `at` = the transaction's time). The rows commit or roll back with the caller's work.
 */
export async function logAccess(tx: Tx, actor: Actor, entries: AccessEntry | AccessEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const rows = list.map((e) => ({
    organisationId: actor.organisationId,
    actorId: actor.userId,
    actorRole: actor.role,
    actorDepartment: actor.departmentKind,
    citizenId: e.citizenId ?? null,
    recordType: e.recordType,
    recordId: e.recordId ?? null,
    action: e.action,
    outcome: e.outcome ?? "ALLOWED",
    crossDepartment: e.crossDepartment ?? false,
    consentId: e.consentId ?? null,
    details: (e.details ?? undefined) as Prisma.InputJsonValue | undefined,
  }));
  // One multi-row INSERT: a 500-row list costs one round trip.
  if (rows.length === 1) await tx.accessLog.create({ data: rows[0]!, select: { id: true } });
  else await tx.accessLog.createMany({ data: rows });
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
