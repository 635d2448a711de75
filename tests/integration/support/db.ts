// A fresh database for each integration test file, installed as the app's shared client.
//
//   beforeAll(setupTestDb); afterAll(teardownTestDb);
//
// Default: embedded PGlite in memory. With TEST_DATABASE_URL=postgresql://user@host:port/postgres
// (scripts/test.mjs sets it for its second integration pass): a new database
// `samspil_test_<random>` on that server, dropped again at teardown.
// The schema comes from prisma/migrations/*/migration.sql applied in order, exactly what
// `npm run db:deploy` applies, so triggers and other hand-written SQL are part of every test.
import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { PrismaClient, installDbForTests, closeDb, type Db } from "@/lib/db/client";
import { openPglite } from "@/lib/db/pglite";
import { pgPoolConfig } from "@/lib/db/serial-pg-client";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../../prisma/migrations", import.meta.url));

export type TestDbKind = "pglite" | "postgres";

export function testDbKind(): TestDbKind {
  return process.env.TEST_DATABASE_URL?.trim() ? "postgres" : "pglite";
}

/** The migration SQL files in the order `migrate deploy` applies them. */
export async function migrationSqls(dir = MIGRATIONS_DIR): Promise<{ name: string; sql: string }[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await fs.readFile(path.join(dir, name, "migration.sql"), "utf8") })));
}

type Current = {
  db: Db;
  /** Raw SQL on the same database, outside Prisma (for setup that Prisma cannot express). */
  exec: (sql: string) => Promise<void>;
  kind: TestDbKind;
  name: string;
  /** The embedded database itself (PGlite only), e.g. for SET ROLE on its one session. */
  pglite?: import("@electric-sql/pglite").PGlite;
};

let current: Current | undefined;

/** The database of the current test file (after setupTestDb). */
export function testDb(): Current {
  if (!current) throw new Error("setupTestDb() has not run (call it in beforeAll)");
  return current;
}

async function applyMigrations(exec: (sql: string) => Promise<unknown>) {
  for (const m of await migrationSqls()) {
    try {
      await exec(m.sql);
    } catch (e) {
      throw new Error(`migration ${m.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

async function setupPglite(): Promise<Current> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite("memory://");
  try {
    await applyMigrations((sql) => pglite.exec(sql));
  } catch (e) {
    await pglite.close();
    throw e;
  }
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  installDbForTests(db, async () => {
    await db.$disconnect();
    await pglite.close();
  });
  return { db, kind: "pglite", name: "memory://", pglite, exec: async (sql) => void (await pglite.exec(sql)) };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(serverUrl: string, sql: string) {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function setupPostgres(serverUrl: string): Promise<Current> {
  const { Client } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const name = `samspil_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const connectionString = withDatabase(serverUrl, name);
  const drop = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const raw = new Client({ connectionString });
  try {
    await raw.connect();
    await applyMigrations((sql) => raw.query(sql));
  } catch (e) {
    await raw.end().catch(() => {});
    await drop().catch(() => {});
    throw e;
  }
  const { default: pg } = await import("pg");
  const pool = new pg.Pool(pgPoolConfig(connectionString, 4));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  installDbForTests(
    db,
    async () => {
      await db.$disconnect();
      await raw.end().catch(() => {});
      await drop();
    },
    pool,
  );
  return { db, kind: "postgres", name, exec: async (sql) => void (await raw.query(sql)) };
}

/** Creates a fresh, migrated database for this test file and makes it the app's shared client. */
export async function setupTestDb(): Promise<Db> {
  if (current) await teardownTestDb();
  const url = process.env.TEST_DATABASE_URL?.trim();
  current = url ? await setupPostgres(url) : await setupPglite();
  return current.db;
}

/** Closes (PGlite) or drops (PostgreSQL) the database of this test file. */
export async function teardownTestDb(): Promise<void> {
  current = undefined;
  await closeDb();
}
