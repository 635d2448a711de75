// The one database client. Adapter choice: a PostgreSQL server when DATABASE_URL is set,
// otherwise embedded PGlite in a data folder (docs/decisions/0001). Same schema, same SQL.
import "server-only";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { openPglite } from "./pglite";

type Db = PrismaClient;

const globalForDb = globalThis as unknown as { samspilDb?: Db; samspilDbClose?: () => Promise<void> };

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
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { pgPoolConfig } = await import("./serial-pg-client");
  const client = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url, max)) });
  return { client, close: () => client.$disconnect() };
}

let opening: Promise<Db> | undefined;

/** Returns the shared client, opening the database on first use. */
export function getDb(): Promise<Db> {
  if (globalForDb.samspilDb) return Promise.resolve(globalForDb.samspilDb);
  opening ??= (async () => {
    const { client, close } = env.databaseUrl ? await createPg(env.databaseUrl, env.databasePoolSize) : await createPglite(env.pgliteDir);
    globalForDb.samspilDb = client;
    globalForDb.samspilDbClose = close;
    registerShutdown();
    return client;
  })();
  return opening;
}

/** Closes the database; PGlite keeps the process alive and must be closed (notes/prisma-offline). */
export async function closeDb(): Promise<void> {
  const close = globalForDb.samspilDbClose;
  globalForDb.samspilDb = undefined;
  globalForDb.samspilDbClose = undefined;
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

/** Tests only: make `client` the shared client (integration tests open a fresh database per file). */
export function installDbForTests(client: Db, close: () => Promise<void>): void {
  globalForDb.samspilDb = client;
  globalForDb.samspilDbClose = close;
}

export { PrismaClient };
