// Appends to the access log inside the caller's transaction (docs/decisions/0003).
// Rows are chained per organisation; a transaction-scoped advisory lock serialises appends so
// that concurrent requests on several app instances still produce one unbroken chain.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { AccessAction, Prisma } from "@/lib/db/generated/client";
import { GENESIS_HASH, chainHash, type ChainedFields } from "./hash";

export type AccessEntry = {
  action: AccessAction;
  recordType: string;
  recordId?: string | null;
  citizenId?: string | null;
  crossDepartment?: boolean;
  consentId?: string | null;
  details?: Record<string, unknown>;
};

type Tx = Prisma.TransactionClient;

export async function logAccess(tx: Tx, actor: Actor, entries: AccessEntry | AccessEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"access_log:" + actor.organisationId})::bigint)`;
  const last = await tx.accessLog.findFirst({
    where: { organisationId: actor.organisationId },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  const rows = list.map((e) => {
    const fields: ChainedFields = {
      organisationId: actor.organisationId,
      at,
      actorId: actor.userId,
      actorRole: actor.role,
      actorDepartment: actor.departmentKind,
      citizenId: e.citizenId ?? null,
      recordType: e.recordType,
      recordId: e.recordId ?? null,
      action: e.action,
      crossDepartment: e.crossDepartment ?? false,
      consentId: e.consentId ?? null,
      details: e.details ?? null,
    };
    const hash = chainHash(prevHash, fields);
    const row = {
      ...fields,
      action: e.action,
      actorRole: actor.role,
      actorDepartment: actor.departmentKind,
      details: (e.details ?? undefined) as Prisma.InputJsonValue | undefined,
      prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  // One multi-row INSERT: PostgreSQL assigns the ids in VALUES order, so id order = chain order
  // (verified by the chain verifier in the tests), and a 500-row list costs one round trip.
  if (rows.length === 1) await tx.accessLog.create({ data: rows[0]!, select: { id: true } });
  else await tx.accessLog.createMany({ data: rows });
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
