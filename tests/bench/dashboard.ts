// npm run bench:dashboard — the managers' dashboard at the size of a large municipality (issue 11
// "Scale and speed"), measured in ONE run on a PostgreSQL server:
//   1. raw SQL: the statements the dashboard's use case issues, straight through `pg`;
//   2. the use case (runner, transaction, Prisma, suppression view) in-process;
//   3. HTTP: the production build serving /dashboard (unfiltered and with each filter), the board
//      pack and the XLSX export, with autocannon at 10 connections, authenticated as a manager;
// each p50/p95/p99 with 10 requests in flight, and the ratios use case / raw SQL and HTTP / raw SQL.
//
//   BENCH_DATABASE_URL=postgresql://…/board_bench   database to use (created and imported when empty)
//   BENCH_DATA=.tmp/large.json                        dataset in the import format (generated when missing:
//   BENCH_CASES=200000 BENCH_YEARS=5                  npm run dataset:generate)
//   BENCH_PORT=3204 BENCH_SECONDS=10 BENCH_RUNS=200   HTTP port, seconds per HTTP row, requests per in-process row
//   BENCH_SKIP_HTTP=1 / BENCH_SKIP_REFRESH=1          skip parts
// The shared HTTP benchmark (`npm run bench`, tests/bench/http.ts, issue 10) has the same HTTP and raw
// SQL rows in its one table, through ./measure.ts; this script adds the in-process use-case column.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { closedLoop, dashboardViews, loginCookie, measureHttp, rawDashboardQueries, stats, type HttpResult, type Stats } from "./measure";

// ------------------------------------------------------------------------------------------ main

const env = (k: string, d?: string) => process.env[k]?.trim() || d;
const ms = (x: number) => x.toFixed(1);

async function prepare(url: string): Promise<{ organisationId: string; importSec: number | null; refreshSec: number | null }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const has = await client.query(`SELECT to_regclass('"Organisation"') AS t`);
  const orgs = has.rows[0].t ? await client.query(`SELECT id FROM "Organisation"`) : { rows: [] };
  await client.end();
  let importSec: number | null = null;
  if (orgs.rows.length === 0) {
    const data = env("BENCH_DATA", ".tmp/large.json")!;
    if (!fs.existsSync(data)) {
      await run("npm", [
        "run",
        "dataset:generate",
        "--",
        "--cases",
        env("BENCH_CASES", "200000")!,
        "--years",
        env("BENCH_YEARS", "5")!,
        "--jobcenters",
        "4",
        "--health-centers",
        "2",
        "--out",
        data,
      ]);
    }
    const t = performance.now();
    await run("npm", ["run", "db:deploy"], { DATABASE_URL: url });
    await run("npm", ["run", "import", "--", data], { DATABASE_URL: url });
    importSec = (performance.now() - t) / 1000;
  }
  const c2 = new pg.Client({ connectionString: url });
  await c2.connect();
  const organisationId = (await c2.query(`SELECT id FROM "Organisation" ORDER BY "createdAt" LIMIT 1`)).rows[0].id as string;
  await c2.end();
  let refreshSec: number | null = null;
  if (importSec === null && env("BENCH_SKIP_REFRESH") !== "1") {
    const t = performance.now();
    await run("npm", ["run", "kpi:refresh"], { DATABASE_URL: url });
    refreshSec = (performance.now() - t) / 1000;
  }
  return { organisationId, importSec, refreshSec };
}

function run(cmd: string, args: string[], extra: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, SAMSPIL_ALLOW_DEV_SECRETS: "1", ...extra } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

async function startServer(url: string, port: number): Promise<ChildProcess> {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      SAMSPIL_ALLOW_DEV_SECRETS: "1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
    },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) return child;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error("the server did not start");
}

async function main() {
  const url = env("BENCH_DATABASE_URL");
  if (!url) throw new Error("set BENCH_DATABASE_URL=postgresql://…/<database> (created and filled when empty)");
  const runs = Number(env("BENCH_RUNS", "200"));
  const { organisationId, importSec, refreshSec } = await prepare(url);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const size = (
    await pool.query(
      `SELECT (SELECT count(*) FROM "SickLeaveCase") AS cases, (SELECT count(*) FROM "FollowUp") AS followups, (SELECT count(*) FROM "Referral") AS referrals,
            (SELECT count(*) FROM "RehabPlan") AS plans, (SELECT count(*) FROM "ProgressNote") AS notes, (SELECT count(*) FROM "KpiCell") AS cells,
            (SELECT "durationMs" FROM "KpiRefresh" WHERE "organisationId" = $1) AS refresh_ms`,
      [organisationId],
    )
  ).rows[0];
  const views = await dashboardViews(pool, organisationId);

  // The manager the use case and the HTTP rows run as (a password only this run knows).
  const password = `Bench-${Math.random().toString(36).slice(2)}-2026!`;
  process.env.DATABASE_URL = url;
  process.env.SAMSPIL_ALLOW_DEV_SECRETS = "1";
  const { hashPassword } = await import("@/lib/auth/password");
  const dept = (
    await pool.query(`SELECT id FROM "Department" WHERE "organisationId" = $1 AND kind = 'JOBCENTER' ORDER BY name LIMIT 1`, [
      organisationId,
    ])
  ).rows[0].id;
  const user = (
    await pool.query(
      `INSERT INTO "User" (id, "organisationId", "departmentId", email, name, role, "passwordHash", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, $2, 'bench-leder@samspil.test', 'Bench Leder', 'MANAGER', $3, now())
       ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "failedLoginCount" = 0, "lockedUntil" = NULL RETURNING id`,
      [organisationId, dept, await hashPassword(password)],
    )
  ).rows[0].id as string;
  const actor = {
    userId: user,
    organisationId,
    role: "MANAGER" as const,
    departmentId: dept,
    departmentKind: "JOBCENTER" as const,
    name: "Bench Leder",
    sessionId: "bench",
  };
  const { getKeyFigureBoard } = await import("@/lib/domain/kpi/get-key-figure-board");
  const { ZKeyFigureQuery } = await import("@/lib/validation/kpi");
  const { closeDb } = await import("@/lib/db/client");

  type Row = { name: string; sql: Stats; useCase: Stats; http?: HttpResult };
  const rows: Row[] = [];
  for (const v of views) {
    await closedLoop(20, 10, () => rawDashboardQueries(pool, organisationId, v)); // warm-up
    const sql = stats(await closedLoop(runs, 10, () => rawDashboardQueries(pool, organisationId, v)));
    const query = ZKeyFigureQuery.parse(v.query);
    await closedLoop(20, 10, () => getKeyFigureBoard(actor, query));
    const useCase = stats(await closedLoop(runs, 10, () => getKeyFigureBoard(actor, query)));
    rows.push({ name: v.name, sql, useCase });
  }
  await closeDb();

  let server: ChildProcess | null = null;
  const extra: { name: string; http: HttpResult }[] = [];
  let xlsx: Stats | null = null;
  if (env("BENCH_SKIP_HTTP") !== "1") {
    const port = Number(env("BENCH_PORT", "3204"));
    const baseUrl = `http://127.0.0.1:${port}`;
    server = await startServer(url, port);
    try {
      const cookie = await loginCookie(baseUrl, "bench-leder@samspil.test", password);
      const seconds = Number(env("BENCH_SECONDS", "10"));
      for (const [i, v] of views.entries()) {
        const p = `/dashboard?${new URLSearchParams(v.query)}`;
        await measureHttp({ baseUrl, cookie, path: p, connections: 10, seconds: 2 }); // warm-up
        rows[i]!.http = await measureHttp({ baseUrl, cookie, path: p, connections: 10, seconds });
      }
      const q = new URLSearchParams(views[0]!.query);
      extra.push({
        name: "board pack (print view)",
        http: await measureHttp({ baseUrl, cookie, path: `/dashboard/print?${q}`, connections: 10, seconds }),
      });
      extra.push({
        name: "XLSX export (12 months)",
        http: await measureHttp({ baseUrl, cookie, path: `/api/exports/key-figures?format=xlsx&${q}`, connections: 10, seconds }),
      });
      // One export at a time, as a manager downloads it.
      xlsx = stats(
        await closedLoop(20, 1, async () => {
          const res = await fetch(`${baseUrl}/api/exports/key-figures?format=xlsx&${q}`, { headers: { cookie } });
          if (!res.ok) throw new Error(`export HTTP ${res.status}`);
          await res.arrayBuffer();
        }),
      );
    } finally {
      server.kill();
    }
  }
  await pool.end();

  console.log(
    `\nSamspil key-figure dashboard benchmark — PostgreSQL, ${size.cases} cases, ${size.followups} follow-ups, ${size.referrals} referrals, ${size.plans} rehab plans, ${size.notes} progress notes; ${size.cells} key-figure cells`,
  );
  if (importSec !== null) console.log(`import (incl. deadlines and key figures): ${importSec.toFixed(0)} s`);
  console.log(
    `key-figure refresh: ${((refreshSec ?? size.refresh_ms / 1000) as number).toFixed(0)} s${refreshSec === null ? " (during the import)" : ""}`,
  );
  console.log(
    `in-process: ${runs} requests per row, 10 in flight; HTTP: autocannon, 10 connections, ${env("BENCH_SECONDS", "10")} s per row\n`,
  );
  console.log(
    "| view | raw SQL p50 / p95 ms | use case p50 / p95 ms | use case / SQL (p95) | HTTP p50 / p95 / p99 ms | HTTP req/s | HTTP / SQL (p95) | errors | KB |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const h = r.http;
    console.log(
      `| ${r.name} | ${ms(r.sql.p50)} / ${ms(r.sql.p95)} | ${ms(r.useCase.p50)} / ${ms(r.useCase.p95)} | ${(r.useCase.p95 / r.sql.p95).toFixed(1)} | ` +
        (h
          ? `${ms(h.p50)} / ${ms(h.p95)} / ${ms(h.p99)} | ${h.rps.toFixed(0)} | ${(h.p95 / r.sql.p95).toFixed(1)} | ${h.errors + h.non2xx} | ${h.kb.toFixed(0)} |`
          : "– | – | – | – | – |"),
    );
  }
  for (const e of extra)
    console.log(
      `| ${e.name} | | | | ${ms(e.http.p50)} / ${ms(e.http.p95)} / ${ms(e.http.p99)} | ${e.http.rps.toFixed(0)} | | ${e.http.errors + e.http.non2xx} | ${e.http.kb.toFixed(0)} |`,
    );
  if (xlsx)
    console.log(
      `\nXLSX export of a year's figures, one at a time: p50 ${ms(xlsx.p50)} ms, max ${ms(Math.max(xlsx.p99))} ms (target < 2000 ms)`,
    );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
