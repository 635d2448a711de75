// The application's database role (issue 9, ADR 0009): grants, not only a trigger the owner can
// drop. Connected as the app role, INSERT and SELECT on the access log, its seals and checkpoints
// work, UPDATE/DELETE/TRUNCATE fail with "permission denied" even while the owner has the triggers
// switched off, and the app role cannot switch them off itself. On PostgreSQL the app connects as
// a separate login role; PGlite has one user, so there the same grants are checked with SET ROLE.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { verifySettled } from "./support/audit";
import { createOrg, type OrgFixture } from "../factories/core";
import { PrismaClient, type Db } from "@/lib/db/client";
import { AUDIT_TABLES } from "@/lib/db/grants";
import { grantAppRole, type OwnerConnection } from "@/lib/db/grant-app-role";
import { logAccess } from "@/lib/audit/log";
import { pgPoolConfig } from "@/lib/db/serial-pg-client";

type AppSide = {
  /** The app's Prisma client, connected as the app role. */
  app: Db;
  /** Raw SQL as the app role. */
  asApp: (sql: string) => Promise<unknown>;
  /** Raw SQL as the owner. */
  asOwner: OwnerConnection["query"];
  close: () => Promise<void>;
};

// The test databases are migrated from the SQL files directly; `db:deploy` also keeps its history table.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" text PRIMARY KEY);`;
const role = `samspil_app_${randomBytes(4).toString("hex")}`;
let side: AppSide;
let f: OrgFixture;

async function postgresSide(): Promise<AppSide> {
  const { db, exec, name } = testDb();
  const { Client } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  await exec(`CREATE ROLE "${role}" LOGIN; ${MIGRATIONS_TABLE}`);
  const owner = new Client({ connectionString: urlFor(name) });
  try {
    await owner.connect();
    await grantAppRole(owner, role);
  } catch (e) {
    await owner.end().catch(() => {});
    await exec(`DROP OWNED BY "${role}"; DROP ROLE IF EXISTS "${role}"`).catch(() => {});
    throw e;
  }
  const url = urlFor(name, role);
  const app = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url, 2)) });
  const raw = new Client({ connectionString: url });
  await raw.connect();
  return {
    app,
    asApp: (sql) => raw.query(sql),
    asOwner: (sql, params) => owner.query(sql, params),
    close: async () => {
      await app.$disconnect();
      await raw.end();
      await owner.query(`DROP OWNED BY "${role}"`);
      await owner.end();
      await db.$executeRawUnsafe(`DROP ROLE IF EXISTS "${role}"`);
    },
  };
}

function urlFor(database: string, user?: string): string {
  const u = new URL(process.env.TEST_DATABASE_URL!.trim());
  u.pathname = `/${database}`;
  if (user) u.username = user;
  return u.toString();
}

async function pgliteSide(): Promise<AppSide> {
  // The file's own embedded database: its one session acts as the app role, except while the owner acts.
  const { db, pglite } = testDb();
  await pglite!.exec(`CREATE ROLE "${role}"; ${MIGRATIONS_TABLE}`);
  await grantAppRole(pglite!, role);
  await pglite!.exec(`SET ROLE "${role}"`);
  const asOwner = async (sql: string, params?: unknown[]) => {
    await pglite!.exec("RESET ROLE");
    try {
      return await pglite!.query(sql, params);
    } finally {
      await pglite!.exec(`SET ROLE "${role}"`);
    }
  };
  return { app: db, asApp: (sql) => pglite!.exec(sql), asOwner, close: async () => void (await pglite!.exec("RESET ROLE")) };
}

beforeAll(async () => {
  await setupTestDb();
  side = testDb().kind === "postgres" ? await postgresSide() : await pgliteSide();
  f = await createOrg(side.app, "Approlle");
});
afterAll(async () => {
  await side?.close();
  await teardownTestDb();
});

describe("the app's database role", () => {
  it("inserts and reads access-log rows, and seals and verifies the chain", async () => {
    await side.app.$transaction((tx) => logAccess(tx, f.actors.caseworker, { action: "VIEW", recordType: "AsApp" }));
    expect(await side.app.accessLog.count({ where: { organisationId: f.org.id } })).toBe(1);
    const r = await verifySettled(side.app, f.org.id);
    expect(r).toMatchObject({ ok: true, rows: 1 });
    expect(await side.app.accessLogCheckpoint.count({ where: { organisationId: f.org.id } })).toBe(1);
  });

  it("cannot UPDATE, DELETE or TRUNCATE log, seal or checkpoint rows, even with the triggers off", async () => {
    const triggers = (on: boolean) => AUDIT_TABLES.map((t) => `ALTER TABLE "${t}" ${on ? "ENABLE" : "DISABLE"} TRIGGER USER`);
    for (const sql of triggers(false)) await side.asOwner(sql);
    try {
      for (const table of AUDIT_TABLES) {
        await expect(side.asApp(`UPDATE "${table}" SET "organisationId" = 'x'`), table).rejects.toThrow(/permission denied/);
        await expect(side.asApp(`DELETE FROM "${table}"`), table).rejects.toThrow(/permission denied/);
        await expect(side.asApp(`TRUNCATE "${table}"`), table).rejects.toThrow(/permission denied/);
      }
    } finally {
      for (const sql of triggers(true)) await side.asOwner(sql);
    }
    expect(await side.app.accessLog.count({ where: { organisationId: f.org.id } })).toBe(1);
  });

  it("cannot switch the append-only triggers off or change the tables", async () => {
    for (const table of AUDIT_TABLES) {
      await expect(side.asApp(`ALTER TABLE "${table}" DISABLE TRIGGER USER`), table).rejects.toThrow(/must be owner/);
      await expect(side.asApp(`DROP TABLE "${table}"`), table).rejects.toThrow(/must be owner/);
    }
    await expect(side.asApp(`SELECT * FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });

  it("still reads and changes the records themselves; granting again changes nothing", async () => {
    await side.asApp(`UPDATE "SickLeaveCase" SET "version" = "version" WHERE false`);
    await side.asApp(`DELETE FROM "UserSession" WHERE false`);
    await grantAppRole({ query: side.asOwner }, role);
    await expect(side.asApp(`DELETE FROM "AccessLog" WHERE false`)).rejects.toThrow(/permission denied/);
  });

  it("refuses to grant to a superuser or to the owner of the tables", async () => {
    const [{ owner }] = (await side.asOwner(`SELECT tableowner AS "owner" FROM pg_tables WHERE tablename = 'AccessLog'`)).rows as {
      owner: string;
    }[];
    await expect(grantAppRole({ query: side.asOwner }, owner)).rejects.toThrow(/superuser|owns/);
    await expect(grantAppRole({ query: side.asOwner }, "no_such_role_here")).rejects.toThrow(/does not exist/);
  });
});
