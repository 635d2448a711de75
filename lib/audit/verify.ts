// Walks every organisation's chain in id order and reports the first row whose link or content
// does not match. Reads in pages so that it runs on millions of rows in constant memory.
import "server-only";
import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, chainHash } from "./hash";

export type VerifyResult =
  { ok: true; rows: number } | { ok: false; rows: number; brokenId: bigint; organisationId: string; problem: "prevHash" | "hash" };

export async function verifyAccessLog(db: Db, opts: { organisationId?: string; pageSize?: number } = {}): Promise<VerifyResult> {
  const pageSize = opts.pageSize ?? 5000;
  const orgs = opts.organisationId
    ? [{ id: opts.organisationId }]
    : await db.organisation.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  let rows = 0;
  for (const { id: organisationId } of orgs) {
    let prev = GENESIS_HASH;
    let after: bigint | undefined;
    for (;;) {
      const page = await db.accessLog.findMany({
        where: { organisationId, ...(after !== undefined ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: pageSize,
      });
      if (page.length === 0) break;
      for (const r of page) {
        rows++;
        if (r.prevHash !== prev) return { ok: false, rows, brokenId: r.id, organisationId, problem: "prevHash" };
        const expected = chainHash(prev, {
          organisationId: r.organisationId,
          at: r.at,
          actorId: r.actorId,
          actorRole: r.actorRole,
          actorDepartment: r.actorDepartment,
          citizenId: r.citizenId,
          recordType: r.recordType,
          recordId: r.recordId,
          action: r.action,
          crossDepartment: r.crossDepartment,
          consentId: r.consentId,
          details: r.details,
        });
        if (expected !== r.hash) return { ok: false, rows, brokenId: r.id, organisationId, problem: "hash" };
        prev = r.hash;
      }
      after = page[page.length - 1]!.id;
    }
  }
  return { ok: true, rows };
}
