// npm run bench — the HTTP benchmark (issue 10; issue 11 "Scale and speed"): the production build on
// PostgreSQL with the large dataset (npm run seed:large; seeded first when the database is empty),
// authenticated autocannon on 127.0.0.1 against the caseworker's, therapist's and manager's pages and
// /healthz (the framework's floor), the raw SQL of each page's main queries in the same run, one
// citizen's access report (page and CSV; issue 9), the board dashboard, print view and XLSX export,
// page weight, and a small row for the embedded database.
// Prints ONE markdown table and writes it to .tmp/bench-latest.md. Not a test: nothing is asserted.
//
//   npm run bench            BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:55432/bench_large)
//   npm run bench:quick      the same on 5,000 cases (default …/bench_quick), 3 s per measurement
//   BENCH_SECONDS=8 (quick: 3) BENCH_RATE=50 BENCH_PORT=3220 (embedded row: BENCH_PORT + 1) BENCH_SKIP_PGLITE=1
import fs from "node:fs";
import os from "node:os";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import pg from "pg";
import {
  closedLoop,
  dashboardViews,
  loginCookie,
  measureHttp,
  measureOpenLoop,
  rawDashboardQueries,
  stats,
  type HttpResult,
} from "./measure";
import { accessReportRows } from "./access-report";
import { findSubjects, pageWeight, postCitizenSearch, RAW_SQL, type Subjects } from "./pages";
import { buildIfStale, startPgServer, startPgliteServer } from "./server";
import { formatTable, type BenchRow } from "./table";

const QUICK = process.argv.includes("--quick");
const env = (k: string, d: string) => process.env[k]?.trim() || d;
const SERVER = env("BENCH_SERVER_URL", "postgresql://postgres@127.0.0.1:55432/postgres");
const dbUrl = (name: string) => Object.assign(new URL(SERVER), { pathname: `/${name}` }).toString();
const DATABASE_URL = env("BENCH_DATABASE_URL", dbUrl(QUICK ? "bench_quick" : "bench_large"));
const SECONDS = Number(env("BENCH_SECONDS", QUICK ? "3" : "8"));
const RATE = Number(env("BENCH_RATE", "50"));
const PORT = Number(env("BENCH_PORT", "3220"));
const SQL_RUNS = QUICK ? 50 : 200;

async function datasetSize(pool: pg.Pool): Promise<Record<string, number> | null> {
  const has = (await pool.query(`SELECT to_regclass('public."Organisation"') AS t`)).rows[0].t;
  if (!has || Number((await pool.query(`SELECT count(*) AS n FROM "Organisation"`)).rows[0].n) === 0) return null;
  const r = (
    await pool.query(`SELECT (SELECT count(*) FROM "SickLeaveCase") AS cases, (SELECT count(*) FROM "SickLeaveCase" WHERE status <> 'CLOSED') AS open_cases,
      (SELECT count(*) FROM "FollowUp") AS follow_ups, (SELECT count(*) FROM "ProgressNote") AS progress_notes, (SELECT count(*) FROM "Referral") AS referrals,
      (SELECT count(*) FROM "RehabPlan") AS rehab_plans, (SELECT count(*) FROM "ReturnToWorkPlan") AS rtw_plans, (SELECT count(*) FROM "AccessLog") AS access_log_rows,
      (SELECT count(*) FROM "User" WHERE role = 'CASEWORKER') AS caseworkers`)
  ).rows[0];
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]));
}

/**
 * Waits until the server has worked off what a measurement left behind: autocannon stops with a
 * request in flight per connection, and the server still renders those. One more request to the
 * same page queues behind them; its answer (or 60 s) ends the wait.
 */
async function drain(url: string, cookie: string): Promise<void> {
  await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(60_000) })
    .then((r) => r.arrayBuffer())
    .catch(() => undefined);
}

/** The table row of one page: warm-up, 1/10/50 connections, the open loop, and its raw SQL. */
async function pageRow(name: string, base: string, cookie: string, path: string, sql?: () => Promise<unknown>): Promise<BenchRow> {
  process.stdout.write(`  ${name}…`);
  const m = async (o: { connections: number; seconds?: number }) => {
    const r = await measureHttp({ baseUrl: base, cookie, path, seconds: SECONDS, ...o });
    await drain(base + path, cookie);
    return r;
  };
  await m({ connections: 1, seconds: 1 });
  const row: BenchRow = { name, c1: await m({ connections: 1 }), c10: await m({ connections: 10 }), c50: await m({ connections: 50 }) };
  // The open loop waits for its own last answer, so nothing is left in flight.
  row.open = { rate: RATE, result: await measureOpenLoop({ baseUrl: base, cookie, path, rate: RATE, seconds: SECONDS }) };
  if (sql) {
    await closedLoop(10, 1, sql);
    row.sql = stats(await closedLoop(SQL_RUNS, 1, sql));
  }
  console.log(` ${row.c50!.rps.toFixed(0)} req/s at 50, ${row.c1!.errors + row.c1!.non2xx + row.c50!.errors + row.c50!.non2xx} errors`);
  return row;
}

/** Issue 11's rows: the board dashboard unfiltered and with each filter (10 connections, raw SQL of its aggregates), the print view, the XLSX export. */
async function dashboardRows(base: string, manager: string, pool: pg.Pool, s: Subjects): Promise<BenchRow[]> {
  const kpi = await pool.query(`SELECT 1 FROM "KpiRefresh" WHERE "organisationId" = $1`, [s.organisationId]);
  if (kpi.rowCount === 0) return [{ name: "dashboard, print view, XLSX: not measured (key figures never computed: npm run kpi:refresh)" }];
  const rows: BenchRow[] = [];
  console.log("▶ Board dashboard (manager, 10 connections; raw SQL of the aggregates, 10 in flight):");
  for (const v of await dashboardViews(pool, s.organisationId)) {
    const path = `/dashboard?${new URLSearchParams(v.query)}`;
    const sql = () => rawDashboardQueries(pool, s.organisationId, v);
    await measureHttp({ baseUrl: base, cookie: manager, path, connections: 1, seconds: 1 });
    await drain(base + path, manager);
    const c10: HttpResult = await measureHttp({ baseUrl: base, cookie: manager, path, connections: 10, seconds: SECONDS });
    await drain(base + path, manager);
    await closedLoop(20, 10, sql);
    rows.push({ name: `dashboard: ${v.name}`, c10, sql: stats(await closedLoop(SQL_RUNS, 10, sql)) });
    console.log(`  ${v.name}: p95 ${c10.p95.toFixed(0)} ms`);
  }
  const month = new URLSearchParams((await dashboardViews(pool, s.organisationId))[0]!.query);
  rows.push({
    name: "board pack (print view)",
    c10: await measureHttp({ baseUrl: base, cookie: manager, path: `/dashboard/print?${month}`, connections: 10, seconds: SECONDS }),
  });
  await drain(`${base}/dashboard/print?${month}`, manager);
  // One export at a time, as a manager downloads it: up to 10 (quick: 5), for at most 3 × BENCH_SECONDS after the first.
  const xlsx: number[] = [];
  const until = performance.now() + SECONDS * 3000;
  while (xlsx.length < (QUICK ? 5 : 10) && (xlsx.length === 0 || performance.now() < until)) {
    const t = performance.now();
    const res = await fetch(`${base}/api/exports/key-figures?format=xlsx&${month}`, { headers: { cookie: manager } });
    if (!res.ok) throw new Error(`XLSX export: HTTP ${res.status}`);
    await res.arrayBuffer();
    xlsx.push(performance.now() - t);
  }
  rows.push({ name: "XLSX export, 12 months of figures (ms per request)", single: stats(xlsx) });
  return rows;
}

/** Creates the benchmark's database on the server when it does not exist yet (a fresh machine). */
async function ensureDatabase(): Promise<void> {
  const name = new URL(DATABASE_URL).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: "/postgres" }).toString() });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
    if (!exists) {
      console.log(`▶ Creating database ${name}…`);
      await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await admin.end();
  }
}

async function ensureDataset(pool: pg.Pool): Promise<Record<string, number>> {
  await ensureDatabase();
  let size = await datasetSize(pool);
  if (size) return size;
  console.log(`▶ ${DATABASE_URL} is empty: seeding it (npm run seed:large${QUICK ? ", 5,000 cases" : ""})…`);
  const r = spawnSync("npm", ["run", "seed:large"], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL,
      SAMSPIL_ALLOW_DEV_SECRETS: "1",
      ...(QUICK ? { SEED_LARGE_CASES: env("SEED_LARGE_CASES", "5000") } : {}),
    },
  });
  if (r.status !== 0) throw new Error("seed:large failed");
  size = await datasetSize(pool);
  if (!size) throw new Error("seed:large left the database empty");
  return size;
}

async function embeddedRows(): Promise<BenchRow[]> {
  const { DEMO_PASSWORD } = await import("../../prisma/demo-users");
  const port = PORT + 1;
  const base = `http://127.0.0.1:${port}`;
  console.log(`▶ Embedded database (PGlite, demo data) on port ${port}…`);
  const server = await startPgliteServer(port, ".tmp/bench-pglite");
  try {
    const cookie = await loginCookie(base, "sagsbehandler@samspil.test", DEMO_PASSWORD);
    const html = await (await fetch(`${base}/cases`, { headers: { cookie } })).text();
    const caseId = /href="\/cases\/([0-9a-f-]{36})"/.exec(html)?.[1];
    if (!caseId) throw new Error("no case link on the embedded My cases page");
    const rows: BenchRow[] = [];
    for (const [name, path] of [
      ["embedded PGlite (demo data): My cases", "/cases"],
      ["embedded PGlite (demo data): a case page", `/cases/${caseId}`],
    ] as const) {
      await measureHttp({ baseUrl: base, cookie, path, connections: 1, seconds: 1 });
      await drain(base + path, cookie);
      rows.push({ name, c1: await measureHttp({ baseUrl: base, cookie, path, connections: 1, seconds: SECONDS }) });
    }
    return rows;
  } finally {
    await server.stop();
  }
}

async function main() {
  const started = performance.now();
  const load0 = os.loadavg();
  const built = buildIfStale();
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
  const size = await ensureDataset(pool);
  // The app's modules read the configuration when first imported: the same secrets as the server.
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.SAMSPIL_ALLOW_DEV_SECRETS = "1";
  const { decryptCpr } = await import("@/lib/crypto/cpr");
  const { LARGE_PASSWORD, LARGE_DOMAIN } = await import("../../scripts/lib/seed-large-people");
  const s: Subjects = await findSubjects(pool, `sagsbehandler1@${LARGE_DOMAIN}`);
  const open = Number(
    (await pool.query(`SELECT count(*) AS n FROM "SickLeaveCase" WHERE "caseworkerId" = $1 AND status <> 'CLOSED'`, [s.caseworkerId]))
      .rows[0].n,
  );

  console.log(`▶ Server on 127.0.0.1:${PORT} against ${new URL(DATABASE_URL).pathname.slice(1)}…`);
  const server = await startPgServer(DATABASE_URL, PORT);
  const base = `http://127.0.0.1:${PORT}`;
  const rows: BenchRow[] = [];
  try {
    const caseworker = await loginCookie(base, `sagsbehandler1@${LARGE_DOMAIN}`, LARGE_PASSWORD);
    const therapist = await loginCookie(base, s.therapistEmail, LARGE_PASSWORD);
    const manager = await loginCookie(base, `leder@${LARGE_DOMAIN}`, LARGE_PASSWORD);
    const byName = await postCitizenSearch(base, caseworker, `${s.citizen.firstName} ${s.citizen.lastName}`);
    const byCpr = await postCitizenSearch(base, caseworker, decryptCpr(s.citizen.cprEncrypted));
    const q = (k: keyof typeof RAW_SQL) => () => RAW_SQL[k]!(pool, s);
    console.log("▶ Pages (1, 10, 50 connections and an open loop; raw SQL):");
    rows.push(await pageRow("/healthz (floor: one SELECT 1)", base, "", "/healthz", q("healthz")));
    rows.push(await pageRow(`My cases (${open} open cases)`, base, caseworker, "/cases", q("myCases")));
    rows.push(await pageRow("a case page", base, caseworker, `/cases/${s.caseId}`, q("casePage")));
    rows.push(await pageRow("citizen search by name (results)", base, byName.cookie, byName.path, q("searchName")));
    rows.push(await pageRow("citizen search by CPR (results)", base, byCpr.cookie, byCpr.path, q("searchCpr")));
    rows.push(await pageRow("referral inbox (therapist)", base, therapist, "/referrals", q("inbox")));
    rows.push(await pageRow("a rehab plan page (therapist)", base, therapist, `/rehab/${s.planId}`, q("rehabPlan")));
    // The floor of any signed-in page: session check, the layout (header, navigation, translations) and one small read.
    rows.push(
      await pageRow(
        "signed-in floor: the password page (session, layout, one read of one's own account)",
        base,
        caseworker,
        "/account/password",
      ),
    );
    for (const [i, path] of ["/cases", `/cases/${s.caseId}`, byName.path].entries()) {
      rows[i + 1]!.jsGzKb = (await pageWeight(base, i === 2 ? byName.cookie : caseworker, path)).jsGzKb;
    }
    rows[1]!.name += `, HTML ${(await pageWeight(base, caseworker, "/cases")).htmlKb.toFixed(0)} KB`;
    // Issue 9: one citizen's 2-year access report among all the access-log rows (page and CSV, caseworker).
    rows.push(
      ...(await accessReportRows({
        base,
        cookie: caseworker,
        pool,
        organisationId: s.organisationId,
        seconds: SECONDS,
        sqlRuns: QUICK ? 20 : 50,
      })),
    );

    rows.push(...(await dashboardRows(base, manager, pool, s)));
  } finally {
    await server.stop();
    await pool.end();
  }
  if (process.env.BENCH_SKIP_PGLITE !== "1") rows.push(...(await embeddedRows()));

  const load1 = os.loadavg();
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
  const header = [
    `## Samspil HTTP benchmark${QUICK ? " (quick)" : ""} — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit}`,
    "",
    `PostgreSQL (${new URL(DATABASE_URL).pathname.slice(1)}): ${Object.entries(size)
      .map(([k, v]) => `${v.toLocaleString("en")} ${k.replace(/_/g, " ")}`)
      .join(", ")}.`,
    `Machine: ${os.cpus().length} cores shared by the load generator (autocannon, this process), the Next.js server and PostgreSQL — and other sessions:` +
      ` load average ${load0.map((x) => x.toFixed(1)).join(" / ")} at the start, ${load1.map((x) => x.toFixed(1)).join(" / ")} at the end (1/5/15 min).`,
    `${SECONDS} s per measurement after a 1 s warm-up, each followed by one request to the same page that waits for the server to finish what the measurement left in flight; open loop: one request every ${(1000 / RATE).toFixed(0)} ms (${RATE} req/s) for the same time, whether or not earlier ones are answered, latency from the moment each was due (loadtest), the run ends with its last answer; raw SQL: ${SQL_RUNS} runs one at a time (dashboard: 10 in flight), reads only.` +
      ` page/floor = req/s at 50 connections ÷ /healthz's; page/SQL = p50 at 1 connection ÷ SQL p50 (dashboard: p95 at 10 ÷ SQL p95 at 10).` +
      ` JS gzip = the page's <script src> chunks a module-capable browser loads (noModule polyfills left out), gzip-compressed.${built ? " (Built before the run.)" : ""} Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  ];
  const table = formatTable(header, rows);
  fs.mkdirSync(".tmp", { recursive: true });
  fs.writeFileSync(".tmp/bench-latest.md", table + "\n");
  fs.writeFileSync(".tmp/bench-latest.json", JSON.stringify({ header, rows }, null, 2) + "\n");
  console.log("\n" + table + "\n\n(written to .tmp/bench-latest.md)");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
