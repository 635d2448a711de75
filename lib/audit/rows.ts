// Reading access-log rows for the chain: the sealer and the verifier read them the same way, so both
// hash exactly what the database holds. Raw SQL, one text column of content per row: verify reads
// 100,000 rows in a few seconds.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/** Anything that runs raw queries: the client or a transaction. */
export type Queryable = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/**
 * The content of an AccessLog row (`l`) that the chain covers: every column except the sealer's
 * bookkeeping (xid) and the v1 hashes, as one JSON array in a fixed order. The timestamp is
 * formatted explicitly (the column has no time zone; the text does not depend on the session),
 * `details` appears as jsonb's canonical text (keys sorted, the same in PostgreSQL 15 and PGlite).
 * NULL when a LEFT JOIN found no row (it was deleted).
 */
export const ROW_CONTENT = Prisma.sql`CASE WHEN l."id" IS NULL THEN NULL ELSE json_build_array(
  l."id"::text, l."organisationId", to_char(l."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), l."actorId", l."actorRole"::text,
  l."actorDepartment"::text, l."citizenId", l."recordType", l."recordId", l."action"::text, l."outcome"::text,
  l."crossDepartment", l."consentId", l."details")::text END`;

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
