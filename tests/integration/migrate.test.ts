// scripts/migrate.ts (offline Prisma Migrate through the WASM schema engine) against a real target:
// a PGlite data folder by default, a fresh database on the server when TEST_DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runMigrate } from "@/scripts/migrate";
import { migrationSqls, testDbKind } from "./support/db";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const MIGRATE = path.join(ROOT, "scripts", "migrate.ts");

type Target = { kind: "pglite"; dir: string } | { kind: "pg"; url: string };

let tmp: string;
const cleanups: (() => Promise<void>)[] = [];

/** An empty database to migrate: a new PGlite folder, or a new database on the test server. */
async function emptyTarget(label: string): Promise<Target> {
  const server = process.env.TEST_DATABASE_URL?.trim();
  if (!server) return { kind: "pglite", dir: path.join(tmp, label, "db") };
  const { Client } = await import("pg");
  const name = `samspil_test_migrate_${randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const c = new Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });
  const u = new URL(server);
  u.pathname = `/${name}`;
  return { kind: "pg", url: u.toString() };
}

/** Runs the script as `npm run db:*` would, in another working directory, and captures output. */
function cli(cwd: string, target: Target, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "", PGLITE_DIR: "" };
  if (target.kind === "pglite") env.PGLITE_DIR = target.dir;
  else Object.assign(env, { DATABASE_URL: target.url, SAMSPIL_ALLOW_DEV_SECRETS: "1" });
  const r = spawnSync(TSX, ["--conditions=react-server", MIGRATE, ...args], { cwd, env, encoding: "utf8", timeout: 90_000 });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** Calls runMigrate in-process and returns its exit code and what it printed. */
async function run(cmd: string, target?: Target) {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
  try {
    const code = await runMigrate(cmd, undefined, target ? { target } : {});
    return { code, out: lines.join("\n") };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "samspil-migrate-"));
});

afterAll(async () => {
  for (const c of cleanups) await c().catch(() => {});
  await fs.rm(tmp, { recursive: true, force: true });
});

describe(`scripts/migrate.ts (${testDbKind()})`, () => {
  it("deploy applies every migration to an empty database, then nothing; status is clean", async () => {
    const all = (await migrationSqls()).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    const target = await emptyTarget("ok");

    const first = await run("deploy", target);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Applied ${all.length} migration(s): ${all.join(", ")}`);

    const second = await run("deploy", target);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Applied 0 migration(s)");

    const status = await run("status", target);
    expect(status.code).toBe(0);
  }, 90_000);

  it("check: prisma/schema.prisma has no unmigrated changes", async () => {
    const r = await run("check");
    expect(r.out).toContain("Migrations match prisma/schema.prisma.");
    expect(r.code).toBe(0);
  }, 90_000);

  it("a failing migration fails deploy (exit ≠ 0) and status reports it", async () => {
    const work = path.join(tmp, "broken");
    await fs.mkdir(work, { recursive: true });
    await fs.cp(path.join(ROOT, "prisma"), path.join(work, "prisma"), { recursive: true });
    await fs.mkdir(path.join(work, "prisma", "migrations", "99999999999999_broken"));
    await fs.writeFile(
      path.join(work, "prisma", "migrations", "99999999999999_broken", "migration.sql"),
      `CREATE TABLE "Broken" ("id" TEXT PRIMARY KEY);\nTHIS IS NOT SQL;\n`,
    );
    const target = await emptyTarget("broken");

    const deploy = cli(work, target, "deploy");
    expect(deploy.code, deploy.out).not.toBe(0);
    expect(deploy.out).toMatch(/99999999999999_broken|syntax error/);

    const status = cli(work, target, "status");
    expect(status.code, status.out).not.toBe(0);
    expect(status.out).toContain("99999999999999_broken");
  }, 180_000);
});
