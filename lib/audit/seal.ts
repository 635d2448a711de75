// The sealer (ADR 0009): chains an organisation's new access-log rows in AccessLogSeal, off the
// request path. Requests only INSERT log rows; this runs shortly after, in its own short
// transactions, from the server's background timer (background-sealer.ts), from `audit:verify` and
// when a report is produced.
//
// Order and completeness: transactions commit out of id order, so a row is sealed only when every
// transaction up to its own has finished (xid < pg_snapshot_xmin(pg_current_snapshot()), taken once
// at the start of a run); rows are chained in (xid, id) order, which the index
// AccessLog(organisationId, xid, id) serves without sorting. `watermark` on each seal says "every
// row of the organisation with a smaller xid is sealed", so a run starts at the last watermark.
//
// Several app instances may seal at once: a short transaction-scoped advisory lock per
// organisation lets one of them work; the others skip (background) or wait (verify). The unique
// (organisationId, seq) and the primary key on logId make a double seal impossible anyway.
import "server-only";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { GENESIS_HASH, keyFingerprint, sealHash } from "./hash";
import { ROW_CONTENT, chainHead, snapshotXmin, type Queryable } from "./rows";

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
 * Sealable: inserted by a transaction older than every transaction still running when the call
 * started; taken in (xid, id) order along the index AccessLog(organisationId, xid, id).
 * @throws on database errors; a partial run leaves a valid, shorter chain (each batch commits whole).
 */
export async function sealOrganisation(db: Db, organisationId: string, opts: SealOptions = {}): Promise<SealResult> {
  const batch = opts.batch ?? 5000;
  // Fixed for the whole run: every row with a smaller xid is committed (or gone) and visible from here on.
  const xmin = await snapshotXmin(db);
  let cursor: Cursor | null = null;
  let sealed = 0;
  for (;;) {
    const r = await db.$transaction((tx) => sealBatch(tx, organisationId, { batch, xmin, cursor, opts }), {
      timeout: 60_000,
      maxWait: 30_000,
    });
    if (r === "locked") return { sealed, skipped: true, remaining: true };
    sealed += r.sealed;
    cursor = r.cursor;
    if (r.complete) break;
  }
  // Rows of transactions that were still running (or started since): the next run seals them.
  const [rest] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS "n" FROM (SELECT 1 FROM "AccessLog" l
      WHERE l."organisationId" = ${organisationId} AND l."xid" >= ${xmin}
        AND NOT EXISTS (SELECT 1 FROM "AccessLogSeal" s WHERE s."logId" = l."id") LIMIT 1) x`;
  return { sealed, skipped: false, remaining: (rest?.n ?? 0n) > 0n };
}

/** Seals every organisation that has access-log rows (verify, start-up sweep). */
export async function sealAll(db: Db, opts: SealOptions = {}): Promise<Map<string, SealResult>> {
  const orgs = await db.$queryRaw<{ organisationId: string }[]>`SELECT "id" AS "organisationId" FROM "Organisation" ORDER BY "id"`;
  const out = new Map<string, SealResult>();
  for (const { organisationId } of orgs) out.set(organisationId, await sealOrganisation(db, organisationId, opts));
  return out;
}

/** Where the next batch of a run starts: after this (xid, id). */
type Cursor = { xid: bigint; id: bigint };

async function sealBatch(
  tx: Queryable,
  organisationId: string,
  run: { batch: number; xmin: bigint; cursor: Cursor | null; opts: SealOptions },
): Promise<"locked" | { sealed: number; complete: boolean; cursor: Cursor | null }> {
  const { batch, xmin, opts } = run;
  const key = opts.key ?? env.auditHmacKey;
  if (opts.wait) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey(organisationId)})::bigint)`;
  else {
    const [got] = await tx.$queryRaw<
      { ok: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(hashtext(${lockKey(organisationId)})::bigint) AS "ok"`;
    if (!got?.ok) return "locked";
  }
  // Walk the index AccessLog(organisationId, xid, id) in order and stop after the batch: without
  // statistics (a fresh table) the planner would otherwise collect and sort the whole backlog each time.
  await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
  await tx.$executeRaw`SET LOCAL enable_sort = off`;
  const head = await chainHead(tx, organisationId);
  const from = head?.watermark ?? 0n;
  if (from >= xmin) return { sealed: 0, complete: true, cursor: run.cursor }; // another sealer got further meanwhile
  // Rows below the watermark are sealed; start there, or after the previous batch of this run.
  const after = run.cursor && run.cursor.xid >= from ? run.cursor : { xid: from, id: -1n };
  const rows = await tx.$queryRaw<{ id: bigint; xid: bigint; content: string }[]>`
    SELECT l."id", l."xid", ${ROW_CONTENT} AS "content" FROM "AccessLog" l
    WHERE l."organisationId" = ${organisationId} AND (l."xid", l."id") > (${after.xid}, ${after.id}) AND l."xid" < ${xmin}
      AND NOT EXISTS (SELECT 1 FROM "AccessLogSeal" s WHERE s."logId" = l."id")
    ORDER BY l."xid", l."id" LIMIT ${batch + 1}`;
  // The last batch of the run (one row more was asked for than is sealed): from now on every row
  // with a smaller xid than xmin is sealed, and these seals say so.
  const complete = rows.length <= batch;
  const watermark = complete ? xmin : from;
  if (!complete) rows.pop();
  let prevHash = head?.hash ?? GENESIS_HASH;
  let seq = head?.seq ?? 0n;
  const seals = rows.map((raw) => {
    seq += 1n;
    const hash = sealHash(key, prevHash, seq, raw.content);
    const seal = { logId: raw.id, organisationId, seq, prevHash, hash, watermark };
    prevHash = hash;
    return seal;
  });
  for (let i = 0; i < seals.length; i += 1000) await insertSeals(tx, seals.slice(i, i + 1000));
  const last = seals.at(-1);
  if (last) await checkpointIfDue(tx, organisationId, last.seq, last.hash, key, opts.checkpointEvery ?? env.auditCheckpointEvery);
  const end = rows.at(-1);
  return { sealed: seals.length, complete, cursor: end ? { xid: end.xid, id: end.id } : run.cursor };
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
