// npm test: the whole suite, as CI runs it (.ci/run). Fails fast; exits non-zero if anything fails.
//
//   1 migrations   scripts/migrate.ts check (schema.prisma has no unmigrated changes)
//   2 format       prettier --check (npm run format writes)
//   3 typecheck    tsc --noEmit
//   4 unit         vitest --project unit
//   5 integration  vitest --project integration on embedded PGlite
//   6 integration  vitest --project integration on PostgreSQL 15 (a throwaway cluster in .tmp/pg)
//   7 e2e          next build once, then Playwright (Debian's Chromium) against `node scripts/start.mjs`
//
// Flags for local iteration: --skip-pg (no PostgreSQL pass), --skip-e2e (no build, no browser),
// --only=unit,postgres,… (just those steps).
// PostgreSQL and Chromium are apt-installed when missing (we run as root on our machines).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

const args = new Set(process.argv.slice(2));
const STEP_IDS = ["migrations", "format", "typecheck", "unit", "pglite", "postgres", "build", "e2e"];
const usage = `usage: node scripts/test.mjs [--skip-pg] [--skip-e2e] [--only=${STEP_IDS.join(",")}]   (npm test -- --skip-e2e)`;
if (args.has("--help") || args.has("-h")) {
  console.log(usage);
  process.exit(0);
}
const only = [...args]
  .filter((a) => a.startsWith("--only="))
  .flatMap((a) => a.slice(7).split(","))
  .filter(Boolean);
const unknown = [...args]
  .filter((a) => !["--skip-e2e", "--skip-pg"].includes(a) && !a.startsWith("--only="))
  .concat(only.filter((o) => !STEP_IDS.includes(o)));
if (unknown.length) {
  console.error(`unknown option(s): ${unknown.join(" ")}\n${usage}`);
  process.exit(2);
}
const skipPg = args.has("--skip-pg");
const skipE2e = args.has("--skip-e2e");

const TMP = path.join(root, ".tmp");
const REPORTS = path.join(TMP, "reports");
const CHROMIUM = "/usr/bin/chromium";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? "1" : "0"),
};
// Tests choose their own databases; a developer's DATABASE_URL must never reach them.
delete baseEnv.DATABASE_URL;
delete baseEnv.TEST_DATABASE_URL;
delete baseEnv.SAMSPIL_TODAY;

// ---------------------------------------------------------------- output

const started = Date.now();
const results = []; // { name, status: "passed"|"failed"|"skipped", ms, note, tests? }
const counts = { passed: 0, failed: 0, skipped: 0 };
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function header(title) {
  const line = "━".repeat(Math.max(10, 72 - title.length - 4));
  console.log(`\n━━ ${title} ${line}`);
}

class StepFailed extends Error {}

/** Runs a child process with inherited output; resolves with its exit code. */
let currentChild;
function run(cmd, argv, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: ["ignore", "inherit", "inherit"], env: baseEnv, ...opts });
    currentChild = child;
    child.on("error", (e) => {
      console.error(`✖ could not start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      currentChild = undefined;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1));
    });
  });
}

/** Like run(), but throws StepFailed on a non-zero exit. */
async function must(what, cmd, argv, opts) {
  const code = await run(cmd, argv, opts);
  if (code !== 0) throw new StepFailed(`${what} exited with ${code}`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Test counts from a vitest JSON report or a Playwright JSON report. */
function countsFrom(file) {
  const r = readJson(file);
  if (!r) return undefined;
  if (typeof r.numTotalTests === "number") {
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
  }
  if (r.stats) {
    return { passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0), failed: r.stats.unexpected ?? 0, skipped: r.stats.skipped ?? 0 };
  }
  return undefined;
}

const plan = [];
let built = false;
function step(id, name, fn, { skip } = {}) {
  if (only.length && !only.includes(id)) skip = "--only";
  plan.push({ name, fn, skip });
}

// ---------------------------------------------------------------- PostgreSQL

let pg; // { dataDir, base, bindir, asPostgres }

function findPgBindir() {
  const candidates = [];
  const r = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (r.status === 0 && r.stdout.trim()) candidates.push(r.stdout.trim());
  try {
    const versions = fs
      .readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  } catch {
    /* none */
  }
  return candidates.find((d) => ["initdb", "pg_ctl", "postgres"].every((b) => fs.existsSync(path.join(d, b))));
}

async function aptInstall(pkg, why) {
  if (!isRoot) {
    throw new StepFailed(
      `${why} is missing and this is not root, so it cannot be installed here.\n` +
        `  Install it (sudo apt-get install -y ${pkg}) or run with ${pkg === "postgresql" ? "--skip-pg" : "--skip-e2e"}.`,
    );
  }
  console.log(`▶ ${why} is missing: apt-get install -y ${pkg}`);
  const env = { ...baseEnv, DEBIAN_FRONTEND: "noninteractive" };
  await must("apt-get update", "apt-get", ["update"], { env });
  await must(`apt-get install ${pkg}`, "apt-get", ["install", "-y", "--no-install-recommends", pkg], { env });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb/postgres refuse root). */
function pgCommand(bindir, exe, argv, asPostgres) {
  const full = path.join(bindir, exe);
  if (!asPostgres) return [full, argv];
  if (fs.existsSync("/usr/sbin/runuser") || fs.existsSync("/sbin/runuser")) return ["runuser", ["-u", "postgres", "--", full, ...argv]];
  const quoted = [full, ...argv].map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(" ");
  return ["su", ["postgres", "-s", "/bin/sh", "-c", quoted]];
}

function canPostgresUse(dir) {
  const r = spawnSync("runuser", ["-u", "postgres", "--", "test", "-w", dir]);
  return r.status === 0;
}

async function startPostgres() {
  let bindir = findPgBindir();
  if (!bindir) {
    await aptInstall("postgresql", "PostgreSQL");
    bindir = findPgBindir();
    if (!bindir) throw new StepFailed("PostgreSQL was installed but initdb/pg_ctl were not found under /usr/lib/postgresql/*/bin");
  }
  const asPostgres = isRoot;
  let uid, gid;
  if (asPostgres) {
    const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
    const u = id("-u"),
      g = id("-g");
    if (u.status !== 0)
      throw new StepFailed(
        "running as root, but there is no `postgres` user to run PostgreSQL as (apt-get install -y postgresql creates it)",
      );
    uid = Number(u.stdout.trim());
    gid = Number(g.stdout.trim());
  }

  // .tmp/pg in the repo; a folder under /tmp if the postgres user cannot reach the repo.
  let base = path.join(TMP, "pg");
  fs.rmSync(base, { recursive: true, force: true });
  fs.mkdirSync(base, { recursive: true });
  if (asPostgres) {
    fs.chownSync(base, uid, gid);
    if (!canPostgresUse(base)) {
      fs.rmSync(base, { recursive: true, force: true });
      base = fs.mkdtempSync(path.join(os.tmpdir(), "samspil-pg-"));
      fs.chownSync(base, uid, gid);
    }
  }
  const dataDir = path.join(base, "data");
  const log = path.join(base, "postgres.log");
  pg = { base, dataDir, bindir, asPostgres, log, running: false };

  const port = await freePort();
  console.log(`▶ PostgreSQL from ${bindir}: cluster in ${path.relative(root, base) || base}, port ${port}`);
  const [initCmd, initArgs] = pgCommand(
    bindir,
    "initdb",
    ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"],
    asPostgres,
  );
  const quiet = { stdio: ["ignore", "ignore", "inherit"] };
  await must("initdb", initCmd, initArgs, quiet);
  const serverOpts = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    "-k /tmp",
    // A throwaway test cluster: durability off, speed on.
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=100",
  ].join(" ");
  const [ctlCmd, ctlArgs] = pgCommand(
    bindir,
    "pg_ctl",
    ["-D", dataDir, "-o", serverOpts, "-l", log, "-w", "-t", "60", "start"],
    asPostgres,
  );
  const code = await run(ctlCmd, ctlArgs);
  if (code !== 0) {
    try {
      console.error(fs.readFileSync(log, "utf8"));
    } catch {
      /* no log */
    }
    throw new StepFailed(`pg_ctl start exited with ${code}`);
  }
  pg.running = true;
  await waitForPostgres(port);
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

async function waitForPostgres(port) {
  const { default: pgLib } = await import("pg");
  const deadline = Date.now() + 30_000;
  for (;;) {
    const c = new pgLib.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
    try {
      await c.connect();
      const r = await c.query("select version()");
      console.log(`▶ ${r.rows[0].version.split(" on ")[0]} is ready`);
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => {});
      if (Date.now() > deadline) throw new StepFailed(`PostgreSQL did not accept connections: ${e.message}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Stops the test cluster and deletes it. Synchronous, so it also works from signal handlers. */
function stopPostgres() {
  if (!pg) return;
  const { bindir, dataDir, asPostgres, base, running } = pg;
  pg = undefined;
  if (running) {
    const [cmd, argv] = pgCommand(bindir, "pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "30", "stop"], asPostgres);
    const r = spawnSync(cmd, argv, { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) {
      console.error("✖ pg_ctl stop failed; killing the server");
      try {
        const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
        if (pid > 0) process.kill(pid, "SIGQUIT");
      } catch {
        /* already gone */
      }
    } else console.log("▶ PostgreSQL stopped");
  }
  fs.rmSync(base, { recursive: true, force: true });
}

// ---------------------------------------------------------------- steps

function vitestArgs(project, label) {
  const out = path.join(REPORTS, `vitest-${label}.json`);
  fs.rmSync(out, { force: true });
  return {
    argv: ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    report: out,
  };
}

async function vitest(project, label, extraEnv = {}) {
  const { argv, report } = vitestArgs(project, label);
  const code = await run(bin("vitest"), argv, { env: { ...baseEnv, ...extraEnv } });
  const c = countsFrom(report);
  if (code !== 0) throw Object.assign(new StepFailed(`vitest --project ${project} exited with ${code}`), { tests: c });
  if (!c || c.passed === 0) throw Object.assign(new StepFailed(`vitest --project ${project} ran no test`), { tests: c });
  return c;
}

step("migrations", "Migrations in sync with prisma/schema.prisma", async () => {
  await must("migrate check", bin("tsx"), ["--conditions=react-server", "scripts/migrate.ts", "check"]);
});

step("format", "Formatting (prettier --check)", async () => {
  await must("prettier --check", bin("prettier"), ["--check", "--log-level", "warn", "."]);
});

step("typecheck", "Typecheck (tsc --noEmit)", async () => {
  // The Prisma client is generated at install; a schema changed since (a pull, a branch switch)
  // would otherwise fail here against the old client. Generating is offline and takes seconds.
  await must("prisma generate", process.execPath, ["scripts/generate.mjs"]);
  await must("tsc", bin("tsc"), ["--noEmit"]);
});

step("unit", "Unit tests (vitest --project unit)", () => vitest("unit", "unit"));

step("pglite", "Integration tests on PGlite (vitest --project integration)", () => vitest("integration", "integration-pglite"));

step(
  "postgres",
  "Integration tests on PostgreSQL (vitest --project integration)",
  async () => {
    try {
      const url = await startPostgres();
      return await vitest("integration", "integration-postgres", { TEST_DATABASE_URL: url });
    } finally {
      stopPostgres();
    }
  },
  { skip: skipPg ? "--skip-pg" : undefined },
);

step(
  "build",
  "Production build (next build)",
  async () => {
    await must("generate", process.execPath, ["scripts/generate.mjs"]);
    await must("next build", bin("next"), ["build"]);
    built = true;
  },
  { skip: skipE2e ? "--skip-e2e" : undefined },
);

step(
  "e2e",
  "End-to-end tests (Playwright, Chromium)",
  async () => {
    if (!fs.existsSync(CHROMIUM)) await aptInstall("chromium", "Chromium (/usr/bin/chromium)");
    fs.rmSync(path.join(TMP, "e2e-db"), { recursive: true, force: true });
    const report = path.join(REPORTS, "playwright.json");
    fs.rmSync(report, { force: true });
    const code = await run(bin("playwright"), ["test", "--reporter=list,json"], {
      // Built just now: start.mjs must not build again. (With --only=e2e it builds if sources changed.)
      env: { ...baseEnv, ...(built ? { SAMSPIL_SKIP_BUILD: "1" } : {}), PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    });
    const c = countsFrom(report);
    if (code !== 0) throw Object.assign(new StepFailed(`playwright test exited with ${code}`), { tests: c });
    if (!c || c.passed === 0) throw Object.assign(new StepFailed("playwright ran no test"), { tests: c });
    return c;
  },
  { skip: skipE2e ? "--skip-e2e" : undefined },
);

// ---------------------------------------------------------------- main

function summary() {
  header("Summary");
  for (const r of results) {
    const mark = r.status === "passed" ? "✔" : r.status === "failed" ? "✖" : "–";
    const tests = r.tests
      ? `  (${r.tests.passed} passed, ${r.tests.failed} failed${r.tests.skipped ? `, ${r.tests.skipped} skipped` : ""})`
      : "";
    console.log(`${mark} ${r.name}: ${r.status}${r.ms !== undefined ? ` in ${secs(r.ms)}` : ""}${tests}${r.note ? ` — ${r.note}` : ""}`);
  }
  const failedSteps = results.filter((r) => r.status === "failed").length;
  // A failed step that is not a test run (typecheck, build, …) still counts as one failure.
  const failed = counts.failed + results.filter((r) => r.status === "failed" && !r.tests?.failed).length;
  console.log(`\n${failedSteps ? "FAILED" : "OK"} in ${secs(Date.now() - started)}`);
  console.log(`tests: ${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
  return failedSteps ? 1 : 0;
}

let interrupted = false;
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n✖ ${sig}: stopping`);
    const done = () => {
      stopPostgres();
      process.exit(sig === "SIGINT" ? 130 : 143);
    };
    const child = currentChild;
    if (!child) return done();
    // Let the child clean up (Playwright stops its web server on SIGINT), but not forever.
    // Ctrl-C in a terminal has already reached the child (same process group): give it a moment
    // before sending SIGINT ourselves, as a second SIGINT makes Playwright quit without cleanup.
    const nudge = setTimeout(() => child.kill("SIGINT"), sig === "SIGINT" ? 5_000 : 0);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      done();
    }, 25_000);
    child.once("exit", () => {
      clearTimeout(nudge);
      clearTimeout(timer);
      done();
    });
  });
}
process.on("exit", () => stopPostgres());

fs.mkdirSync(REPORTS, { recursive: true });
let failedAt;
for (const [i, s] of plan.entries()) {
  const title = `[${i + 1}/${plan.length}] ${s.name}`;
  if (failedAt !== undefined) {
    results.push({ name: s.name, status: "skipped", note: "after an earlier failure" });
    continue;
  }
  if (s.skip) {
    header(`${title} — skipped (${s.skip})`);
    results.push({ name: s.name, status: "skipped", note: s.skip });
    continue;
  }
  header(title);
  const t0 = Date.now();
  try {
    const tests = await s.fn();
    if (tests) for (const k of Object.keys(counts)) counts[k] += tests[k] ?? 0;
    results.push({ name: s.name, status: "passed", ms: Date.now() - t0, tests: tests || undefined });
  } catch (e) {
    const tests = e?.tests;
    if (tests) for (const k of Object.keys(counts)) counts[k] += tests[k] ?? 0;
    const note = e instanceof StepFailed ? e.message : `unexpected error: ${e?.stack ?? e}`;
    console.error(`\n✖ ${s.name}: ${note}`);
    results.push({ name: s.name, status: "failed", ms: Date.now() - t0, note, tests });
    failedAt = i;
  }
}
stopPostgres();
process.exit(summary());
