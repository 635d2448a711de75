// Offline Prisma Migrate: Prisma's own schema engine (WASM) driven through driver adapters, because
// the Prisma CLI can only launch a native engine binary that is downloaded at run time
// (docs/decisions/0002). Same migrations folder layout and _prisma_migrations table as
// `prisma migrate`, so `prisma migrate deploy` on a connected machine accepts them too.
//
// usage: tsx scripts/migrate.ts new <name> [--empty] | deploy | status | check
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { env } from "../lib/env";
import { openPglite } from "../lib/db/pglite";

const require = createRequire(import.meta.url);
const SCHEMA = path.resolve("prisma/schema.prisma");
const DIR = path.resolve("prisma/migrations");
const LOCK = "migration_lock.toml";
const filters = { externalTables: [], externalEnums: [] };

// One WASM instance per process: the wasm-bindgen glue module keeps a cached view of the instance's
// memory, so instantiating a second time in the same process (runMigrate called twice, e.g. in
// tests) makes it read the old memory and corrupts every string crossing the boundary.
let engineClass: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine> | undefined;
function loadEngine() {
  engineClass ??= instantiateEngine();
  return engineClass;
}

async function instantiateEngine() {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const have = JSON.parse(await fs.readFile(path.join(dir, "package.json"), "utf8")).version;
  const want = require("@prisma/engines-version/package.json").version;
  if (have !== want) console.warn(`warning: @prisma/schema-engine-wasm ${have} != prisma engines ${want}`);
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const mod = new WebAssembly.Module(new Uint8Array(await fs.readFile(path.join(dir, "schema_engine_bg.wasm"))));
  const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(inst.exports);
  (inst.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg.SchemaEngine;
}

async function migrationsList() {
  const lock = await fs.readFile(path.join(DIR, LOCK), "utf8").catch(() => null);
  const dirs = (await fs.readdir(DIR, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory());
  const migrationDirectories = await Promise.all(
    dirs.map(async (d) => ({
      path: d.name,
      migrationFile: {
        path: "migration.sql",
        content: await fs.readFile(path.join(DIR, d.name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (e: Error) => ({ tag: "error" as const, value: e.message }),
        ),
      },
    })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir: DIR, lockfile: { path: LOCK, content: lock }, migrationDirectories, shadowDbInitScript: "" };
}

type Target = { kind: "pg"; url: string } | { kind: "pglite"; dir: string };

/** The parts of a driver adapter (pg and PGlite alike) that the executeScript fixes use. */
type ScriptAdapter = {
  executeScript: (sql: string) => Promise<void>;
  underlyingDriver: () => { query: (sql: string) => Promise<unknown> };
  onError: (e: unknown) => never;
};

async function openAdapter(target: Target) {
  if (target.kind === "pg") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const pgFactory = new PrismaPg({ connectionString: target.url });
    // @prisma/adapter-pg 7.10 splits a script on ";" and runs the pieces one by one, which breaks
    // any migration with a function body ($$ … ; … $$, e.g. access_log_append_only). Send the whole
    // script in one simple-protocol query instead, as Prisma's native engine does.
    const fixScript = <A>(adapter: A): A => {
      const a = adapter as unknown as ScriptAdapter;
      a.executeScript = async (sql: string) => {
        try {
          await a.underlyingDriver().query(sql);
        } catch (e) {
          a.onError(e);
        }
      };
      return adapter;
    };
    const factory = {
      provider: pgFactory.provider,
      adapterName: pgFactory.adapterName,
      connect: async () => fixScript(await pgFactory.connect()),
      connectToShadowDb: async () => fixScript(await pgFactory.connectToShadowDb()),
    };
    return { factory, close: async () => {} };
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dbs: Awaited<ReturnType<typeof openPglite>>[] = [];
  const connect = async (dataDir: string) => {
    const db = await openPglite(dataDir);
    dbs.push(db);
    const adapter = await new PrismaPGlite(db).connect();
    // pglite-prisma-adapter 0.7.2 does not await exec(): a failing migration would be recorded as
    // applied and the command would exit 0. Await it and surface the error.
    const a = adapter as unknown as ScriptAdapter;
    a.executeScript = async (sql: string) => {
      try {
        await db.exec(sql);
      } catch (e) {
        a.onError(e); // rethrows as a DriverAdapterError, so the engine reports the SQL error
      }
    };
    return adapter;
  };
  const factory = {
    provider: "postgres" as const,
    adapterName: "pglite-prisma-adapter",
    connect: () => connect(target.dir),
    connectToShadowDb: () => connect("memory://"),
  };
  return { factory, close: () => Promise.all(dbs.map((d) => d.close().catch(() => {}))) };
}

export async function runMigrate(cmd: string, name?: string, opts: { empty?: boolean; target?: Target } = {}): Promise<number> {
  const target: Target =
    opts.target ??
    (["new", "check"].includes(cmd)
      ? { kind: "pglite", dir: "memory://" }
      : (env.migrationDatabaseUrl ?? env.databaseUrl)
        ? { kind: "pg", url: (env.migrationDatabaseUrl ?? env.databaseUrl)! }
        : { kind: "pglite", dir: env.pgliteDir });
  if (target.kind === "pglite" && target.dir !== "memory://") await fs.mkdir(path.dirname(target.dir), { recursive: true });
  const SchemaEngine = await loadEngine();
  const { factory, close } = await openAdapter(target);
  const files = [{ path: SCHEMA, content: await fs.readFile(SCHEMA, "utf8") }];
  const engine = await SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    process.env.DEBUG ? console.error : () => {},
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  const list = await migrationsList();
  const base = { migrationsList: list, filters };
  let code = 0;
  try {
    if (cmd === "new") {
      if (!name) throw new Error("usage: db:new <name> [--empty]");
      await engine.applyMigrations(base);
      const { action } = await engine.devDiagnostic(base);
      if (action.tag === "reset") throw new Error(action.reason);
      const out = await engine.createMigration({ ...base, draft: !!opts.empty, migrationName: name, schema: { files } });
      if (out.migrationScript === null) console.log("No schema changes.");
      else {
        await fs.mkdir(path.join(DIR, out.generatedMigrationName), { recursive: true });
        await fs.writeFile(path.join(DIR, out.generatedMigrationName, "migration.sql"), out.migrationScript);
        await fs.writeFile(
          path.join(DIR, LOCK),
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
        );
        console.log(`Created prisma/migrations/${out.generatedMigrationName}/migration.sql`);
      }
    } else if (cmd === "deploy") {
      const { appliedMigrationNames } = await engine.applyMigrations(base);
      console.log(
        `Applied ${appliedMigrationNames.length} migration(s)${appliedMigrationNames.length ? ": " + appliedMigrationNames.join(", ") : ""}`,
      );
      if (!opts.target) await grantAfterDeploy();
    } else if (cmd === "status") {
      const d = await engine.diagnoseMigrationHistory({ ...base, optInToShadowDatabase: false });
      console.log(JSON.stringify(d, null, 2));
      if (d.history || d.failedMigrationNames.length || d.editedMigrationNames.length) code = 1;
    } else if (cmd === "check") {
      const r = await engine.diff({
        from: { tag: "migrations", ...list },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters,
      });
      if (r.exitCode === 2) {
        console.log("Unmigrated schema changes in prisma/schema.prisma:\n" + r.stdout);
        code = 1;
      } else console.log("Migrations match prisma/schema.prisma.");
    } else throw new Error("usage: new <name> [--empty] | deploy | status | check");
  } finally {
    engine.free();
    await close();
  }
  return code;
}

/**
 * Two-role deployments (MIGRATION_DATABASE_URL = owner, DATABASE_URL = app; ADR 0009): after the
 * migrations, the app role gets its privileges on every table again, new tables included.
 */
async function grantAfterDeploy() {
  if (!env.migrationDatabaseUrl || !env.databaseUrl) return;
  const { grantAppRole, roleOfUrl } = await import("../lib/db/grant-app-role");
  const role = roleOfUrl(env.databaseUrl);
  if (role === roleOfUrl(env.migrationDatabaseUrl)) return;
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: env.migrationDatabaseUrl });
  await client.connect();
  try {
    await grantAppRole(client, role);
    console.log(`Granted the app role "${role}" its privileges (access log insert/select only).`);
  } finally {
    await client.end();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("scripts", "migrate.ts"));
if (isMain) {
  const [cmd, name] = process.argv.slice(2);
  runMigrate(cmd ?? "", name, { empty: process.argv.includes("--empty") }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
