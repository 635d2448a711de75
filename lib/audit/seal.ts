// The sealer (ADR 0009): chains an organisation's new access-log rows in AccessLogSeal, off the
// request path. Requests only INSERT log rows; this runs shortly after, in its own short
// transactions, from the server's background timer (background-sealer.ts), from `audit:verify` and
// when a report is produced.
//
// Order and completeness: transactions commit out of id order, so a row is sealed only when every
// transaction up to its own has finished (xid < pg_snapshot_xmin(pg_current_snapshot())); rows are
// taken in id order within a run. `watermark` on each seal says "every row of the organisation with
// a smaller xid is sealed", so a run reads only the rows above the last watermark.
//
// Several app instances may seal at once: a short transaction-scoped advisory lock per
// organisation lets one of them work; the others skip (background) or wait (verify). The unique
// (organisationId, seq) and the primary key on logId make a double seal impossible anyway.
import "server-only";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { GENESIS_HASH, keyFingerprint, sealHash } from "./hash";
import { CHAINED_COLUMNS, chainHead, chainedFields, snapshotXmin, type Queryable, type RawChainedRow } from "./rows";

export type SealOptions = {
  /** Wait for another sealer of the organisation instead of skipping (verify, tests). Default false. */
  wait?: boolean;
  /** Rows per transaction. Default 5,000. */
  batch?: number;
  /** The HMAC key. Default AUDIT_HMAC_KEY. */
  key?: string;
  /** Write a checkpoint at least every this many seals. Default AUDIT_CHECKPOINT_EVERY. */
  checkpointEvery?: number;
};

export type SealResult = {
  /** Rows chained by this call. */
  sealed: number;
  /** Another sealer held the organisation's lock (only without `wait`). */
  skipped: boolean;
  /** Unsealed rows remain whose transactions were still running: seal again shortly. */
  remaining: boolean;
};

const lockKey = (organisationId: string) => `access_log_seal:${organisationId}`;

/**
 * Chains every sealable row of one organisation (looping over batches, each in its own short
 * transaction) and writes a checkpoint of the head when N seals have passed since the last one.
 * @throws on database errors; a partial run leaves a valid, shorter chain (each batch commits whole).
 */
export async function sealOrganisation(db: Db, organisationId: string, opts: SealOptions = {}): Promise<SealResult> {
  const batch = opts.batch ?? 5000;
  let sealed = 0;
  for (;;) {
    const r = await db.$transaction((tx) => sealBatch(tx, organisationId, batch, opts), { timeout: 60_000, maxWait: 30_000 });
    if (r === "locked") return { sealed, skipped: true, remaining: true };
    sealed += r.sealed;
    if (r.sealed < batch) return { sealed, skipped: false, remaining: r.remaining };
  }
}

/** Seals every organisation that has access-log rows (verify, start-up sweep). */
export async function sealAll(db: Db, opts: SealOptions = {}): Promise<Map<string, SealResult>> {
  const orgs = await db.$queryRaw<{ organisationId: string }[]>`SELECT "id" AS "organisationId" FROM "Organisation" ORDER BY "id"`;
  const out = new Map<string, SealResult>();
  for (const { organisationId } of orgs) out.set(organisationId, await sealOrganisation(db, organisationId, opts));
  return out;
}

async function sealBatch(tx: Queryable, organisationId: string, batch: number, opts: SealOptions) {
  const key = opts.key ?? env.auditHmacKey;
  if (opts.wait) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey(organisationId)})::bigint)`;
  else {
    const [got] = await tx.$queryRaw<
      { ok: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(hashtext(${lockKey(organisationId)})::bigint) AS "ok"`;
    if (!got?.ok) return "locked" as const;
  }
  const head = await chainHead(tx, organisationId);
  const from = head?.watermark ?? 0n;
  const xmin = await snapshotXmin(tx);
  const rows = await tx.$queryRaw<RawChainedRow[]>`
    SELECT ${CHAINED_COLUMNS} FROM "AccessLog" l
    WHERE l."organisationId" = ${organisationId} AND l."xid" >= ${from} AND l."xid" < ${xmin}
      AND NOT EXISTS (SELECT 1 FROM "AccessLogSeal" s WHERE s."logId" = l."id")
    ORDER BY l."id" LIMIT ${batch}`;
  // All rows below xmin fit in this batch: from now on every row with a smaller xid is sealed.
  const watermark = rows.length < batch ? xmin : from;
  let prevHash = head?.hash ?? GENESIS_HASH;
  let seq = head?.seq ?? 0n;
  const seals = rows.map((raw) => {
    seq += 1n;
    const hash = sealHash(key, prevHash, seq, chainedFields(raw)!);
    const seal = { logId: raw.id!, organisationId, seq, prevHash, hash, watermark };
    prevHash = hash;
    return seal;
  });
  for (let i = 0; i < seals.length; i += 1000) await insertSeals(tx, seals.slice(i, i + 1000));
  const last = seals.at(-1);
  if (last) await checkpointIfDue(tx, organisationId, last.seq, last.hash, key, opts.checkpointEvery ?? env.auditCheckpointEvery);
  const [rest] = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS "n" FROM (SELECT 1 FROM "AccessLog" l
      WHERE l."organisationId" = ${organisationId} AND l."xid" >= ${last ? watermark : from}
        AND NOT EXISTS (SELECT 1 FROM "AccessLogSeal" s WHERE s."logId" = l."id") LIMIT 1) x`;
  return { sealed: seals.length, remaining: (rest?.n ?? 0n) > 0n };
}

type SealRow = { logId: bigint; organisationId: string; seq: bigint; prevHash: string; hash: string; watermark: bigint };

async function insertSeals(tx: Queryable, seals: SealRow[]): Promise<void> {
  if (seals.length === 0) return;
  // One multi-row INSERT via unnest: 1,000 seals in one round trip.
  await tx.$executeRaw`
    INSERT INTO "AccessLogSeal" ("logId", "organisationId", "seq", "prevHash", "hash", "watermark")
    SELECT * FROM unnest(${big(seals.map((s) => s.logId))}::bigint[], ${seals.map((s) => s.organisationId)}::text[],
      ${big(seals.map((s) => s.seq))}::bigint[], ${seals.map((s) => s.prevHash)}::text[], ${seals.map((s) => s.hash)}::text[],
      ${big(seals.map((s) => s.watermark))}::bigint[])`;
}

/** Big integers as decimal strings: array parameters of BigInt are not portable across the two drivers. */
const big = (xs: bigint[]) => xs.map((x) => x.toString());

async function checkpointIfDue(tx: Queryable, organisationId: string, seq: bigint, hash: string, key: string, every: number) {
  const [last] = await tx.$queryRaw<{ seq: bigint | null }[]>`
    SELECT max("seq") AS "seq" FROM "AccessLogCheckpoint" WHERE "organisationId" = ${organisationId}`;
  if (seq - (last?.seq ?? 0n) >= BigInt(every)) await writeCheckpoint(tx, organisationId, seq, hash, key);
}

/** Inserts a checkpoint of the chain head (insert-only table; ADR 0009). */
export async function writeCheckpoint(tx: Queryable, organisationId: string, seq: bigint, hash: string, key: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AccessLogCheckpoint" ("organisationId", "seq", "hash", "keyId")
    VALUES (${organisationId}, ${seq}, ${hash}, ${keyFingerprint(key)})`;
}
