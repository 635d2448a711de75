// The throwaway database of a benchmark script (bench:domain, bench:audit): with BENCH_DATABASE_URL
// a new database on that PostgreSQL server (created here, dropped by `cleanup`), otherwise an
// embedded PGlite in a temporary folder (removed by `cleanup`). The app's db client is pointed at it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaClient, installDbForTests, closeDb, type Db } from "@/lib/db/client";
import { openPglite } from "@/lib/db/pglite";
import { pgPoolConfig } from "@/lib/db/serial-pg-client";

export type Exec = (sql: string) => Promise<unknown>;

export type BenchDb = {
  db: Db;
  /** Runs raw SQL (migrations, bulk inserts) on the same database. */
  exec: Exec;
  /** "PostgreSQL <version>" or "embedded PGlite", for the report. */
  kind: string;
  cleanup: () => Promise<void>;
};

/** Opens an empty benchmark database; `label` names it (`samspil_bench_<label>_<ms>`, `samspil-bench-<label>-*`). */
export async function openBenchDb(label: string): Promise<BenchDb> {
  const url = process.env.BENCH_DATABASE_URL?.trim();
  if (url) {
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `samspil_bench_${label}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const db = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(u.toString(), 10)) });
    const raw = new pg.Client({ connectionString: u.toString() });
    await raw.connect();
    const version = (await raw.query("SHOW server_version")).rows[0].server_version as string;
    installDbForTests(db, async () => db.$disconnect());
    return {
      db,
      exec: (sql) => raw.query(sql),
      kind: `PostgreSQL ${version}`,
      cleanup: async () => {
        await raw.end();
        await closeDb();
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `samspil-bench-${label}-`));
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite(dir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  installDbForTests(db, async () => {
    await db.$disconnect();
    await pglite.close();
  });
  return {
    db,
    exec: (sql) => pglite.exec(sql),
    kind: "embedded PGlite",
    cleanup: async () => {
      await closeDb();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
