// A CPU profile of the production server while it answers one page over HTTP (issue 10, ADR 0027):
// what a request costs end to end (session, use cases, Prisma, rendering), not only the use case.
//
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:55432/bench_quick npx tsx --conditions=react-server \
//     tests/bench/profile-http.ts [cases|case|/any/path] [label]
//
// Starts `next start` (the build must be current: `npm run build`) with `node --cpu-prof` and a preload
// that counts the SQL statements sent through pg (tests/bench/count-sql.cjs), signs in as
// sagsbehandler1 of the seed:large data, warms up 3 s, then runs autocannon (PROFILE_CONNECTIONS 10,
// PROFILE_SECONDS 10) on the page: *My cases* ("cases"), the caseworker's case with most follow-ups
// ("case", as in npm run bench) or a path. Stops the server with SIGINT (the profile is written on
// exit) and prints the server's CPU per request (from /proc), statements per request, the layers of
// the request and the top functions. Files in .tmp/prof/<label>/. Port PROFILE_PORT (3230). PROFILE_USER
// signs in as another user of the seed:large data (e.g. leder@bench.samspil.test for the dashboard).
// The secrets must be those the database was seeded with (data/secrets, or SAMSPIL_SECRETS_DIR).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { loginCookie, measureHttp } from "./measure";
import { findSubjects } from "./pages";
import { summariseCpuProfile, type Share } from "./cpuprofile";

const env = (k: string, d: string) => process.env[k] || d;
const DATABASE_URL = env("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:55432/bench_quick");
const PORT = Number(env("PROFILE_PORT", "3230"));
const SECONDS = Number(env("PROFILE_SECONDS", "10"));
const CONNECTIONS = Number(env("PROFILE_CONNECTIONS", "10"));
const [page = "cases", label = page.replace(/[^a-z0-9]+/gi, "-")] = process.argv.slice(2);
const base = `http://127.0.0.1:${PORT}`;

/** CPU seconds (user + system) of process `pid` so far (Linux /proc; clock ticks of 1/100 s). */
const cpuSeconds = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;
};
const line = (s: Share) => `${(100 * s.share).toFixed(1).padStart(5)} %  ${s.ms.toFixed(0).padStart(6)} ms  ${s.name}`;

async function main() {
  const dir = path.resolve(".tmp/prof", label);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sqlFile = path.join(dir, "sql.json");
  const log = fs.openSync(path.join(dir, "server.log"), "w");
  const child = spawn(
    process.execPath,
    [
      "--cpu-prof",
      `--cpu-prof-dir=${dir}`,
      "--require",
      path.resolve("tests/bench/count-sql.cjs"),
      "node_modules/next/dist/bin/next",
    ].concat(["start", "-p", String(PORT), "-H", "127.0.0.1"]),
    {
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        COUNT_SQL_FILE: sqlFile,
        DATABASE_URL,
        SAMSPIL_ALLOW_DEV_SECRETS: "1",
        NEXTAUTH_URL: base,
        NODE_ENV: "production",
        SESSION_IDLE_MINUTES: "240",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  const exited = new Promise((r) => child.once("exit", r));
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited (see ${dir}/server.log)`);
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        )
      )
        break;
      if (i > 240) throw new Error("the server did not answer /healthz within 120 s");
      await new Promise((r) => setTimeout(r, 500));
    }
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
    const s = await findSubjects(pool, "sagsbehandler1@bench.samspil.test");
    await pool.end();
    const pagePath = page === "cases" ? "/cases" : page === "case" ? `/cases/${s.caseId}` : page;
    const cookie = await loginCookie(base, process.env.PROFILE_USER ?? "sagsbehandler1@bench.samspil.test", "Samspil-Bench-2026!");
    await measureHttp({ baseUrl: base, cookie, path: pagePath, connections: CONNECTIONS, seconds: 3 });
    const status = (await fetch(base + pagePath, { headers: { cookie } })).status;
    process.kill(child.pid!, "SIGUSR2"); // count statements from here on
    const cpu0 = cpuSeconds(child.pid!);
    const r = await measureHttp({ baseUrl: base, cookie, path: pagePath, connections: CONNECTIONS, seconds: SECONDS });
    const cpuMs = (cpuSeconds(child.pid!) - cpu0) * 1000;
    child.kill("SIGINT");
    await exited;
    const sql = JSON.parse(fs.readFileSync(sqlFile, "utf8")) as { total: number; counts: [string, number][] };
    const prof = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!prof) throw new Error("no .cpuprofile written");
    const sum = summariseCpuProfile(path.join(dir, prof));
    console.log(
      `${pagePath} (HTTP ${status}): ${r.n} answers in ${SECONDS} s at ${CONNECTIONS} connections, p50 ${r.p50.toFixed(0)} ms, ${r.errors + r.non2xx} errors/non-2xx`,
    );
    console.log(
      `server CPU per request ${(cpuMs / Math.max(r.n, 1)).toFixed(1)} ms; SQL statements per request ${(sql.total / Math.max(r.n, 1)).toFixed(1)}; load ${fs.readFileSync("/proc/loadavg", "utf8").trim()}`,
    );
    console.log("\nstatements per request:");
    for (const [text, n] of sql.counts.slice(0, 30)) console.log(`${(n / Math.max(r.n, 1)).toFixed(2).padStart(6)}  ${text}`);
    console.log(`\nprofile (${sum.totalMs.toFixed(0)} ms sampled, start-up and warm-up included): layers`);
    sum.layers.forEach((x) => console.log(line(x)));
    console.log("\npackages (self)");
    sum.packages.forEach((x) => console.log(line(x)));
    console.log("\nfunctions (self)");
    sum.self.forEach((x) => console.log(line(x)));
    console.log("\nfunctions (inclusive)");
    sum.total.forEach((x) => console.log(line(x)));
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGINT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
