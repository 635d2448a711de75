// The one database client. Adapter choice: a PostgreSQL server when DATABASE_URL is set,
// otherwise embedded PGlite in a data folder (docs/decisions/0001). Same schema, same SQL.
import "server-only";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { openPglite } from "./pglite";
import type { Pool } from "pg";

type Db = PrismaClient;

const globalForDb = globalThis as unknown as { samspilDb?: Db; samspilDbClose?: () => Promise<void>; samspilPgPool?: Pool };

async function createPglite(dir: string) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite(dir);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}

async function createPg(url: string, max: number) {
  const [{ PrismaPg }, { pgPoolConfig }, { default: pg }] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("./serial-pg-client"),
    import("pg"),
  ]);
  // The pool is ours and handed to Prisma, so that the per-request session lookup can use it directly
  // (pgPool(), ADR 0034); Prisma ends it on $disconnect.
  const pool = new pg.Pool(pgPoolConfig(url, max));
  // Prisma listens for idle-client errors only once it has connected; a query sent through the pool
  // before that must not leave such an error unhandled (it would end the process).
  pool.on("error", (e) => console.error(`[db] idle PostgreSQL connection: ${e.message}`));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { client, pool, close: () => client.$disconnect() };
}

let opening: Promise<Db> | undefined;

/** Returns the shared client, opening the database on first use. */
export function getDb(): Promise<Db> {
  if (globalForDb.samspilDb) return Promise.resolve(globalForDb.samspilDb);
  opening ??= (async () => {
    const { client, close, pool } = env.databaseUrl
      ? await createPg(env.databaseUrl, env.databasePoolSize)
      : { ...(await createPglite(env.pgliteDir)), pool: undefined };
    globalForDb.samspilDb = client;
    globalForDb.samspilDbClose = close;
    globalForDb.samspilPgPool = pool;
    registerShutdown();
    return client;
  })();
  return opening;
}

/**
 * The pg pool under the shared client when the database is a PostgreSQL server (the same connections
 * Prisma uses), or undefined (PGlite). Only for a hot read that Prisma's client overhead and unnamed
 * statements make expensive: the session lookup on every request (lib/auth/session.ts, ADR 0034).
 * Call after getDb().
 */
export function pgPool(): Pool | undefined {
  return globalForDb.samspilPgPool;
}

/** Closes the database; PGlite keeps the process alive and must be closed (notes/prisma-offline). */
export async function closeDb(): Promise<void> {
  const close = globalForDb.samspilDbClose;
  globalForDb.samspilDb = undefined;
  globalForDb.samspilDbClose = undefined;
  globalForDb.samspilPgPool = undefined;
  opening = undefined;
  if (close) await close();
}

let shutdownRegistered = false;
function registerShutdown() {
  if (shutdownRegistered) return;
  shutdownRegistered = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void closeDb().finally(() => process.exit(0));
    });
  }
}

export type { Db };
export { Prisma } from "./generated/client";

/** Tests only: make `client` the shared client (integration tests open a fresh database per file); `pool`: the pg pool under it, if any. */
export function installDbForTests(client: Db, close: () => Promise<void>, pool?: Pool): void {
  globalForDb.samspilDb = client;
  globalForDb.samspilDbClose = close;
  globalForDb.samspilPgPool = pool;
}

export { PrismaClient };
