// Sealing in tests. The sealer chains a row only once every transaction older than it has ended, on
// the whole database server (pg_snapshot_xmin): while another test file's transaction is still open
// (integration files run two at a time, on one server), fresh rows stay "pending" for a moment.
// These helpers seal until nothing sealable is left, so a test sees its own rows in the chain.
import type { Db } from "@/lib/db/client";
import { sealOrganisation, type SealOptions } from "@/lib/audit/seal";
import { verifyAccessLog, type VerifyOptions, type VerifyResult } from "@/lib/audit/verify";

/** Seals `organisationId` until no row is pending (at most `timeoutMs`); returns the number of rows sealed. */
export async function sealSettled(db: Db, organisationId: string, opts: SealOptions = {}, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let sealed = 0;
  for (;;) {
    const r = await sealOrganisation(db, organisationId, { wait: true, ...opts });
    sealed += r.sealed;
    if (!r.remaining) return sealed;
    if (Date.now() > deadline) throw new Error(`rows of ${organisationId} still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** verifyAccessLog for one organisation, after sealing everything of it that its transactions wrote. */
export async function verifySettled(db: Db, organisationId: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  await sealSettled(db, organisationId, opts.key ? { key: opts.key } : {});
  return verifyAccessLog(db, { ...opts, organisationId });
}

/** Waits until every access-log row of `organisationId` is sealable (older than every running transaction). */
export async function untilSealable(db: Db, organisationId: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [r] = await db.$queryRaw<{ ok: boolean }[]>`
      SELECT coalesce(max("xid"), 0) < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS "ok"
      FROM "AccessLog" WHERE "organisationId" = ${organisationId}`;
    if (r?.ok) return;
    if (Date.now() > deadline) throw new Error(`rows of ${organisationId} not sealable after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
