// Logging off the request path (issue 9 item 3, issue 10): appends take no lock, so concurrent
// requests of one organisation do not queue; the sealer, running at the same time, still builds
// one unbroken chain covering every committed row, although transactions commit out of id order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb, testDbKind } from "./support/db";
import { verifySettled } from "./support/audit";
import { createOrg, type OrgFixture } from "../factories/core";
import { PrismaClient, type Db } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { sealOrganisation } from "@/lib/audit/seal";
import { pgPoolConfig } from "@/lib/db/serial-pg-client";

let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Samtidig");
});
afterAll(teardownTestDb);

/** On PostgreSQL a client with its own pool of `max` connections to the test database; on PGlite the shared client. */
async function clientWithPool(max: number): Promise<{ db: Db; close: () => Promise<void> }> {
  const { kind, name, db } = testDb();
  if (kind === "pglite") return { db, close: async () => {} };
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const url = new URL(process.env.TEST_DATABASE_URL!.trim());
  url.pathname = `/${name}`;
  const client = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url.toString(), max)) });
  // Open the connections before anything is timed.
  await Promise.all(Array.from({ length: max }, () => client.$executeRaw`SELECT pg_sleep(0.02)`));
  return { db: client, close: () => client.$disconnect() };
}

/** One request: log `rows` rows, then keep the transaction open `holdMs` (the rest of the request's work). */
function request(db: Db, i: number, rows: number, holdMs: number, opts: { lockLikeV1?: boolean; fail?: boolean } = {}) {
  return db.$transaction(
    async (tx) => {
      // ADR 0003's design, for comparison: a per-organisation lock held until commit.
      if (opts.lockLikeV1) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"access_log:" + f.org.id})::bigint)`;
      await logAccess(
        tx,
        f.actors.caseworker,
        Array.from({ length: rows }, (_, k) => ({ action: "VIEW" as const, recordType: "Concurrent", details: { i, k } })),
      );
      if (holdMs > 0) await tx.$executeRaw`SELECT pg_sleep(${holdMs / 1000})`;
      if (opts.fail) throw new Error("rolled back on purpose");
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

describe("access log under concurrent requests", () => {
  it("50 concurrent transactions appending while the sealer runs: one unbroken chain covering every committed row", async () => {
    const { db: shared } = testDb();
    const { db, close } = await clientWithPool(20);
    try {
      let appending = true;
      let sealerRuns = 0;
      const sealer = (async () => {
        while (appending) {
          await sealOrganisation(shared, f.org.id);
          sealerRuns++;
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      // Rows commit out of id order: each transaction holds 0–40 ms after its insert; every 7th rolls back.
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => request(db, i, 1 + (i % 3), (i * 17) % 41, { fail: i % 7 === 3 })),
      );
      appending = false;
      await sealer;
      const failing = Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 7 === 3);
      expect(results.flatMap((r, i) => (r.status === "rejected" ? [i] : []))).toEqual(failing);
      expect(sealerRuns).toBeGreaterThan(0);

      const r = await verifySettled(shared, f.org.id);
      const logIds = (await shared.accessLog.findMany({ where: { organisationId: f.org.id }, select: { id: true } })).map((l) => l.id);
      const seals = await shared.accessLogSeal.findMany({ where: { organisationId: f.org.id }, orderBy: { seq: "asc" } });
      const committedRows = Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? 0 : 1 + (i % 3))).reduce((x, y) => x + y, 0);
      expect(logIds).toHaveLength(committedRows);
      expect(r).toMatchObject({ ok: true, rows: committedRows, pending: 0 });
      expect(seals.map((s) => s.seq)).toEqual(seals.map((_, i) => BigInt(i + 1)));
      expect(new Set(seals.map((s) => s.logId))).toEqual(new Set(logIds));
    } finally {
      await close();
    }
  });

  // PGlite is one connection: transactions run one at a time by design (the embedded mode is for one user).
  it.skipIf(testDbKind() !== "postgres")("PostgreSQL: 50 concurrent appends no longer queue (wall time ratios in one run)", async () => {
    const { db, close } = await clientWithPool(25);
    const HOLD = 100; // ms of request work after logging, inside the transaction
    const time = async (work: () => Promise<unknown>) => {
      const t0 = performance.now();
      await work();
      return performance.now() - t0;
    };
    try {
      const sequential = await time(async () => {
        for (let i = 0; i < 50; i++) await request(db, i, 1, HOLD);
      });
      const concurrent = await time(() => Promise.all(Array.from({ length: 50 }, (_, i) => request(db, i, 1, HOLD))));
      const concurrentV1 = await time(() =>
        Promise.all(Array.from({ length: 50 }, (_, i) => request(db, i, 1, HOLD, { lockLikeV1: true }))),
      );
      console.log(
        `50 appends holding ${HOLD} ms: sequential ${sequential.toFixed(0)} ms, concurrent ${concurrent.toFixed(0)} ms ` +
          `(ratio ${(concurrent / sequential).toFixed(2)}), concurrent with the v1 per-organisation lock ${concurrentV1.toFixed(0)} ms ` +
          `(ratio ${(concurrentV1 / sequential).toFixed(2)})`,
      );
      // Without the lock the 50 requests overlap; with it they run one after another.
      expect(concurrent / sequential).toBeLessThan(0.5);
      expect(concurrentV1 / concurrent).toBeGreaterThan(1.5);
      expect((await verifySettled(testDb().db, f.org.id)).ok).toBe(true);
    } finally {
      await close();
    }
  });
});
