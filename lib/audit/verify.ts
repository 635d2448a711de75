// Verifies each organisation's keyed access-log chain (ADR 0009): walks the seals in seq order with
// their log rows, recomputes every HMAC, compares the checkpoints, and reports the first broken row,
// a chain that ends before its last checkpoint, and rows that are not (yet) sealed. Reads in pages,
// so it runs on millions of rows in constant memory.
import "server-only";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { GENESIS_HASH, keyFingerprint, sealHash } from "./hash";
import { ROW_CONTENT, chainHead, snapshotXmin } from "./rows";
import { sealOrganisation, writeCheckpoint } from "./seal";

/** What is wrong with one organisation's chain (the first problem found). */
export type ChainProblem =
  /** Seal `seq` does not match: its log row is gone (`missingRow`), its content or hash changed (`hash`),
   *  it does not link to the previous seal (`prevHash`), or seals are missing before it (`seqGap`). */
  | { kind: "broken"; problem: "missingRow" | "hash" | "prevHash" | "seqGap"; seq: bigint; logId: bigint }
  /** The chain ends (at `chainEndSeq`, 0 = empty) before a checkpoint that recorded a longer chain: rows were removed from the end. */
  | { kind: "truncated"; chainEndSeq: bigint; chainEndLogId: bigint | null; checkpointSeq: bigint; checkpointAt: Date }
  /** A checkpoint's hash differs from the chain at its seq. */
  | { kind: "checkpoint"; seq: bigint; checkpointId: bigint }
  /** Log rows older than every running transaction that are not in the chain (written around the normal path). */
  | { kind: "unsealed"; logId: bigint; count: number };

export type OrganisationVerdict = {
  organisationId: string;
  /** Seals verified. */
  rows: number;
  /** Rows of transactions still running when verify sealed: not yet in the chain, normal. */
  pending: number;
  head: { seq: bigint; hash: string } | null;
  problem?: ChainProblem;
  /** Some checkpoints were written with another key than AUDIT_HMAC_KEY (a wrong key makes every row look broken). */
  foreignKeyIds: string[];
};

export type VerifyResult = { ok: boolean; rows: number; pending: number; organisations: OrganisationVerdict[] };

export type VerifyOptions = {
  organisationId?: string;
  pageSize?: number;
  key?: string;
  /** Seal what is sealable first (default true). */
  seal?: boolean;
  /** Record the verified head as a checkpoint (default true; skipped when the chain is broken). */
  checkpoint?: boolean;
};

/**
 * Seals, then verifies every organisation's chain (or one). `ok` is true when no organisation
 * has a problem; pending rows do not make it false.
 */
export async function verifyAccessLog(db: Db, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const orgs = opts.organisationId
    ? [opts.organisationId]
    : (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation" ORDER BY "id"`).map((o) => o.id);
  const organisations: OrganisationVerdict[] = [];
  for (const organisationId of orgs) organisations.push(await verifyOrganisation(db, organisationId, opts));
  return {
    ok: organisations.every((o) => !o.problem),
    rows: organisations.reduce((n, o) => n + o.rows, 0),
    pending: organisations.reduce((n, o) => n + o.pending, 0),
    organisations,
  };
}

/** A seal with its log row's organisation and content (null when the row is gone). */
type SealedRow = {
  seq: bigint;
  logId: bigint;
  sealPrevHash: string;
  sealHash: string;
  rowOrganisationId: string | null;
  content: string | null;
};

async function verifyOrganisation(db: Db, organisationId: string, opts: VerifyOptions): Promise<OrganisationVerdict> {
  const key = opts.key ?? env.auditHmacKey;
  const pageSize = opts.pageSize ?? 10_000;
  // Rows of transactions that ended before this point must be in the chain once it is sealed.
  const xmin = await snapshotXmin(db);
  if (opts.seal !== false) await sealOrganisation(db, organisationId, { wait: true, key });
  const checkpoints = await db.$queryRaw<{ id: bigint; seq: bigint; hash: string; keyId: string; createdAt: Date }[]>`
    SELECT "id", "seq", "hash", "keyId", "createdAt" FROM "AccessLogCheckpoint" WHERE "organisationId" = ${organisationId} ORDER BY "seq", "id"`;
  const ownKeyId = keyFingerprint(key);
  const verdict: OrganisationVerdict = {
    organisationId,
    rows: 0,
    pending: 0,
    head: null,
    foreignKeyIds: [...new Set(checkpoints.map((c) => c.keyId).filter((k) => k !== ownKeyId))],
  };
  const lastLogId = await walkChain(db, verdict, checkpoints, key, pageSize);
  if (!verdict.problem) {
    const endSeq = verdict.head?.seq ?? 0n;
    const beyond = checkpoints.filter((c) => c.seq > endSeq).at(-1);
    if (beyond) {
      verdict.problem = {
        kind: "truncated",
        chainEndSeq: endSeq,
        chainEndLogId: lastLogId,
        checkpointSeq: beyond.seq,
        checkpointAt: beyond.createdAt,
      };
    }
  }
  await findUnsealed(db, verdict, xmin, opts.seal !== false);
  if (!verdict.problem && opts.checkpoint !== false && verdict.head) {
    const head = await chainHead(db, organisationId);
    if (head && head.seq === verdict.head.seq && checkpoints.at(-1)?.seq !== head.seq) {
      await writeCheckpoint(db, organisationId, head.seq, head.hash, key);
    }
  }
  return verdict;
}

/**
 * Walks the seals 1, 2, 3 … in windows of `pageSize` seqs (an index range each, no sort over the
 * rest), recomputing each HMAC; sets `verdict.head`, `rows` and the first problem. Returns the log id of the last good seal.
 */
async function walkChain(
  db: Db,
  verdict: OrganisationVerdict,
  checkpoints: { id: bigint; seq: bigint; hash: string }[],
  key: string,
  pageSize: number,
): Promise<bigint | null> {
  const organisationId = verdict.organisationId;
  const bySeq = new Map<bigint, { id: bigint; hash: string }[]>();
  for (const c of checkpoints) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
  let prev = GENESIS_HASH;
  let expectedSeq = 1n;
  let lastLogId: bigint | null = null;
  const fetchWindow = (from: bigint) => {
    const p = db.$queryRaw<SealedRow[]>`
      SELECT s."seq", s."logId", s."prevHash" AS "sealPrevHash", s."hash" AS "sealHash", l."organisationId" AS "rowOrganisationId",
        ${ROW_CONTENT} AS "content"
      FROM "AccessLogSeal" s LEFT JOIN "AccessLog" l ON l."id" = s."logId"
      WHERE s."organisationId" = ${organisationId} AND s."seq" >= ${from} AND s."seq" < ${from + BigInt(pageSize)}
      ORDER BY s."seq"`;
    p.catch(() => {}); // a window fetched ahead and then not needed must not become an unhandled rejection
    return p;
  };
  let ahead = fetchWindow(1n);
  for (;;) {
    const page = await ahead;
    // The database reads the next window while this one is hashed.
    if (page.length === pageSize) ahead = fetchWindow(expectedSeq + BigInt(pageSize));
    for (const r of page) {
      const problem =
        r.seq !== expectedSeq
          ? "seqGap"
          : r.sealPrevHash !== prev
            ? "prevHash"
            : r.content === null
              ? "missingRow"
              : sealHash(key, prev, r.seq, r.content) !== r.sealHash || r.rowOrganisationId !== organisationId
                ? "hash"
                : null;
      if (problem) {
        verdict.problem = { kind: "broken", problem, seq: r.seq, logId: r.logId };
        return lastLogId;
      }
      const bad = bySeq.get(r.seq)?.find((c) => c.hash !== r.sealHash);
      if (bad) {
        verdict.problem = { kind: "checkpoint", seq: r.seq, checkpointId: bad.id };
        return lastLogId;
      }
      verdict.rows++;
      prev = r.sealHash;
      lastLogId = r.logId;
      verdict.head = { seq: r.seq, hash: r.sealHash };
      expectedSeq++;
    }
    if (page.length === pageSize) continue;
    // The window was not full: the chain ends here, unless seals are missing (a gap) before later ones.
    const [next] = await db.$queryRaw<{ seq: bigint; logId: bigint }[]>`
      SELECT "seq", "logId" FROM "AccessLogSeal" WHERE "organisationId" = ${organisationId} AND "seq" >= ${expectedSeq} ORDER BY "seq" LIMIT 1`;
    if (next) verdict.problem = { kind: "broken", problem: "seqGap", seq: next.seq, logId: next.logId };
    return lastLogId;
  }
}

/**
 * Rows outside the chain: pending (their transaction may still be running) or, after a seal run,
 * written around the sealer (older than every running transaction, yet not sealed: e.g. inserted
 * with the xid trigger off). Every verified seal has its own row, so equal counts mean none.
 */
async function findUnsealed(db: Db, verdict: OrganisationVerdict, xmin: bigint, sealed: boolean): Promise<void> {
  const organisationId = verdict.organisationId;
  const [n] = await db.$queryRaw<{ rows: bigint; seals: bigint }[]>`
    SELECT (SELECT count(*) FROM "AccessLog" WHERE "organisationId" = ${organisationId})::bigint AS "rows",
           (SELECT count(*) FROM "AccessLogSeal" WHERE "organisationId" = ${organisationId})::bigint AS "seals"`;
  if (!verdict.problem && n && n.rows === n.seals) return;
  const [u] = await db.$queryRaw<{ old: bigint; recent: bigint; first: bigint | null }[]>`
    SELECT count(*) FILTER (WHERE l."xid" < ${xmin})::bigint AS "old", count(*) FILTER (WHERE l."xid" >= ${xmin})::bigint AS "recent",
      min(l."id") FILTER (WHERE l."xid" < ${xmin}) AS "first"
    FROM "AccessLog" l
    WHERE l."organisationId" = ${organisationId} AND NOT EXISTS (SELECT 1 FROM "AccessLogSeal" s WHERE s."logId" = l."id")`;
  verdict.pending = Number(u?.recent ?? 0n);
  if (!verdict.problem && u && u.old > 0n && sealed) verdict.problem = { kind: "unsealed", logId: u.first!, count: Number(u.old) };
}

/** One line per organisation for `npm run audit:verify`, naming the first broken row. */
export function describeVerdict(v: OrganisationVerdict): string {
  const org = `organisation ${v.organisationId}`;
  const pending = v.pending ? `, ${v.pending} recent row(s) pending` : "";
  const keyNote = v.foreignKeyIds.length
    ? ` Checkpoints written with another key (${v.foreignKeyIds.join(", ")}): is AUDIT_HMAC_KEY right?`
    : "";
  const p = v.problem;
  if (!p)
    return `${org}: intact, ${v.rows} row(s) verified${v.head ? ` (head seq ${v.head.seq}, hash ${v.head.hash.slice(0, 16)})` : ""}${pending}.${keyNote}`;
  switch (p.kind) {
    case "broken":
      return `${org}: BROKEN at access-log row id ${p.logId} (seal seq ${p.seq}): ${
        {
          missingRow: "the row was deleted",
          hash: "the row's content or its seal was changed",
          prevHash: "the seal does not link to the previous one",
          seqGap: `seals before seq ${p.seq} are missing`,
        }[p.problem]
      }. ${v.rows} row(s) verified before it.${keyNote}`;
    case "truncated":
      return `${org}: TRUNCATED: the chain ends at seq ${p.chainEndSeq}${p.chainEndLogId !== null ? ` (row id ${p.chainEndLogId})` : ""}, but a checkpoint of ${p.checkpointAt.toISOString()} recorded seq ${p.checkpointSeq}: rows after it were removed.${keyNote}`;
    case "checkpoint":
      return `${org}: BROKEN: checkpoint ${p.checkpointId} does not match the chain at seq ${p.seq}.${keyNote}`;
    case "unsealed":
      return `${org}: ${p.count} row(s) outside the chain although their transactions ended (first: row id ${p.logId}): written around the normal path.${keyNote}`;
  }
}
