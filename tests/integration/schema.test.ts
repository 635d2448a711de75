// Proves the integration harness: a fresh migrated database per file, shared with the app's
// getDb(), and the hand-written SQL of the migrations (AccessLog append-only triggers) in force.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { setupTestDb, teardownTestDb, testDb, testDbKind } from "./support/db";

beforeAll(setupTestDb);
afterAll(teardownTestDb);

describe(`integration harness (${testDbKind()})`, () => {
  it("starts from an empty, migrated database", async () => {
    const db = await getDb();
    expect(await db.organisation.count()).toBe(0);
    const applied = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'AccessLog'`,
    );
    expect(applied[0].n).toBe(1);
  });

  it("installs the test database as the app's shared client", async () => {
    expect(await getDb()).toBe(testDb().db);
  });

  it("writes and reads an Organisation", async () => {
    const db = await getDb();
    const created = await db.organisation.create({ data: { name: "Testrup Kommune" } });
    const read = await db.organisation.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.name).toBe("Testrup Kommune");
    expect(read.jurisdiction).toBe("DK");
    expect(read.aidMandateDkk).toBe(10000);
  });

  describe("AccessLog is append-only (migration access_log_append_only)", () => {
    let id: bigint;

    beforeAll(async () => {
      const db = await getDb();
      const org = await db.organisation.create({ data: { name: "Logrup Kommune" } });
      const rows = await db.$queryRawUnsafe<{ id: bigint }[]>(
        `INSERT INTO "AccessLog" ("organisationId", "actorId", "actorRole", "recordType", "action", "prevHash", "hash")
         VALUES ($1, 'actor-1', 'CASEWORKER', 'SickLeaveCase', 'VIEW', 'genesis', 'h1') RETURNING id`,
        org.id,
      );
      id = BigInt(rows[0].id);
    });

    it("accepts inserts", async () => {
      const db = await getDb();
      const row = await db.accessLog.findUniqueOrThrow({ where: { id } });
      expect(row.hash).toBe("h1");
    });

    it("refuses UPDATE", async () => {
      const db = await getDb();
      await expect(db.$executeRawUnsafe(`UPDATE "AccessLog" SET "hash" = 'forged' WHERE id = $1`, id)).rejects.toThrow(/append-only/);
      await expect(db.accessLog.update({ where: { id }, data: { hash: "forged" } })).rejects.toThrow();
      expect((await db.accessLog.findUniqueOrThrow({ where: { id } })).hash).toBe("h1");
    });

    it("refuses DELETE and TRUNCATE", async () => {
      const db = await getDb();
      await expect(db.$executeRawUnsafe(`DELETE FROM "AccessLog" WHERE id = $1`, id)).rejects.toThrow(/append-only/);
      await expect(testDb().exec(`TRUNCATE "AccessLog"`)).rejects.toThrow(/append-only/);
      expect(await db.accessLog.count()).toBe(1);
    });
  });
});
