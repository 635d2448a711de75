// Reading access-log rows for the chain (sealer and verifier read them the same way, so both hash
// exactly what the database holds). Raw SQL: one query per page, joined, without Prisma's
// per-row model mapping — verify must read 100,000 rows in well under 5 s.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { ChainedFields } from "./hash";

/** Anything that runs raw queries: the client or a transaction. */
export type Queryable = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** The AccessLog columns the chain covers, in ChainedFields' shape (`l` is the AccessLog alias). */
export const CHAINED_COLUMNS = Prisma.sql`l."id", l."organisationId", l."at", l."actorId", l."actorRole"::text AS "actorRole",
  l."actorDepartment"::text AS "actorDepartment", l."citizenId", l."recordType", l."recordId", l."action"::text AS "action",
  l."outcome"::text AS "outcome", l."crossDepartment", l."consentId", l."details"`;

/** A row as read with CHAINED_COLUMNS (nullable when a LEFT JOIN found no log row). */
export type RawChainedRow = { [K in keyof ChainedFields]: ChainedFields[K] | null };

/** The row's chained content, or null when the join found no AccessLog row (it was deleted). */
export function chainedFields(r: RawChainedRow): ChainedFields | null {
  if (r.id === null) return null;
  return {
    id: r.id,
    organisationId: r.organisationId!,
    at: r.at!,
    actorId: r.actorId!,
    actorRole: r.actorRole!,
    actorDepartment: r.actorDepartment,
    citizenId: r.citizenId,
    recordType: r.recordType!,
    recordId: r.recordId,
    action: r.action!,
    outcome: r.outcome!,
    crossDepartment: r.crossDepartment!,
    consentId: r.consentId,
    details: r.details,
  };
}

/** The last seal of an organisation's chain, or null before the first. */
export async function chainHead(db: Queryable, organisationId: string): Promise<{ seq: bigint; hash: string; watermark: bigint } | null> {
  const rows = await db.$queryRaw<{ seq: bigint; hash: string; watermark: bigint }[]>`
    SELECT "seq", "hash", "watermark" FROM "AccessLogSeal" WHERE "organisationId" = ${organisationId} ORDER BY "seq" DESC LIMIT 1`;
  return rows[0] ?? null;
}

/** The oldest transaction still running anywhere on the server: every xid below it has finished. */
export async function snapshotXmin(db: Queryable): Promise<bigint> {
  const rows = await db.$queryRaw<{ xmin: bigint }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS "xmin"`;
  return rows[0]!.xmin;
}
