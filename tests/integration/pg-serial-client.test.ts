// The app's PostgreSQL connections hand pg one query at a time (lib/db/serial-pg-client.ts): Prisma
// 7.10 loads a read's relations with Promise.all, which on a transaction's one connection queues
// queries inside pg — deprecated in pg 8.19+, an error in pg 9. PostgreSQL only (PGlite has no pg client).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/db/client";
import { SerialClient, pgPoolConfig } from "@/lib/db/serial-pg-client";
import { createCase, createOrg } from "../factories/core";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

function urlOfTestDb(): string {
  const u = new URL(process.env.TEST_DATABASE_URL!.trim());
  u.pathname = `/${testDb().name}`;
  return u.toString();
}

/** Records, for every query() that reaches pg, how many queries were already waiting in pg's own queue. */
function watchPgQueue(): { waiting: number[] } {
  const seen = { waiting: [] as number[] };
  const original = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    seen.waiting.push((this as unknown as { _queryQueue: unknown[] })._queryQueue.length);
    return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
  });
  return seen;
}

beforeAll(async () => {
  await setupTestDb();
});
afterAll(async () => {
  await teardownTestDb();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe.skipIf(!onPostgres)("the app's pg client", () => {
  it("runs overlapping queries one after the other, in order, where a plain pg client queues them inside pg", async () => {
    for (const Client of [pg.Client, SerialClient]) {
      const c: pg.Client = new Client({ connectionString: urlOfTestDb() });
      await c.connect();
      const seen = watchPgQueue();
      try {
        const results = await Promise.all([1, 2, 3, 4].map((n) => c.query("SELECT pg_sleep(0.01), $1::int AS n", [n])));
        expect(results.map((r) => r.rows[0].n)).toEqual([1, 2, 3, 4]);
        // A plain client has queries waiting inside pg (what pg warns about); the serial one never does.
        if (Client === SerialClient) expect(Math.max(...seen.waiting)).toBe(0);
        else expect(Math.max(...seen.waiting)).toBeGreaterThan(0);
      } finally {
        vi.restoreAllMocks();
        await c.end();
      }
    }
  });

  it("keeps going after a failed query", async () => {
    const c: pg.Client = new SerialClient({ connectionString: urlOfTestDb() });
    await c.connect();
    try {
      const [bad, good] = await Promise.allSettled([c.query("SELECT * FROM no_such_table"), c.query("SELECT 7 AS n")]);
      expect(bad.status).toBe("rejected");
      expect(good.status === "fulfilled" && good.value.rows[0].n).toBe(7);
    } finally {
      await c.end();
    }
  });

  it("a read with several relations inside a transaction queues inside pg with a plain pool, never with the app's pool settings", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Seriel Kommune");
    const c = await createCase(db, f);
    // The plain pool is the control: if Prisma stops overlapping a read's queries, it fails, and the
    // serial client can go (ADR 0023 addendum).
    for (const [config, queues] of [
      [{ connectionString: urlOfTestDb(), max: 2 }, true],
      [pgPoolConfig(urlOfTestDb(), 2), false],
    ] as const) {
      const app = new PrismaClient({ adapter: new PrismaPg(config) });
      try {
        await app.$queryRaw`SELECT 1`;
        const seen = watchPgQueue();
        const read = await app.$transaction((tx) =>
          tx.sickLeaveCase.findUniqueOrThrow({
            where: { id: c.id },
            select: { id: true, statusChanges: true, followUps: true, referrals: true, exemptions: true, reassessments: true },
          }),
        );
        expect(read.id).toBe(c.id);
        expect(read.statusChanges).toHaveLength(1);
        expect(seen.waiting.length).toBeGreaterThan(3);
        if (queues) expect(Math.max(...seen.waiting)).toBeGreaterThan(0);
        else expect(Math.max(...seen.waiting)).toBe(0);
      } finally {
        vi.restoreAllMocks();
        await app.$disconnect();
      }
    }
  });
});
