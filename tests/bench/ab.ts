// A/B over HTTP on a shared, loaded machine (issue 10, ADR 0023): two production builds (two
// checkouts, e.g. main and a branch) served at the same time against the same PostgreSQL database,
// measured in alternation, so that both see the same load. Besides latency and requests/s it reports
// the server's CPU time per request (user + system of the server's process group, from /proc),
// which depends far less on other sessions' load than latencies do.
//
//   BENCH_DATABASE_URL=… AB_A=/path/to/checkout-a AB_B=/path/to/checkout-b \
//   SAMSPIL_SECRETS_DIR=<secrets the database was seeded with> npx tsx tests/bench/ab.ts
//
// Options: AB_PORT (3321; B uses the next port), AB_SECONDS (5), AB_ROUNDS (3), AB_CONNECTIONS ("1,10").
// Both checkouts must be built (`npm run build`). Linux only (/proc).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { loginCookie, measureHttp } from "./measure";
import { findSubjects } from "./pages";

const env = (k: string, d: string) => process.env[k] || d;
const DATABASE_URL = env("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:55432/bench_quick");
const PORT = Number(env("AB_PORT", "3321"));
const SECONDS = Number(env("AB_SECONDS", "5"));
const ROUNDS = Number(env("AB_ROUNDS", "3"));
const CONNECTIONS = env("AB_CONNECTIONS", "1,10").split(",").map(Number);
const PASSWORD = "Samspil-Bench-2026!";
const DOMAIN = "bench.samspil.test";

type Side = { name: string; dir: string; port: number; child: ChildProcess; base: string; cookie: string };

/** CPU seconds (user + system) of every process in the process group `pgid`. */
function groupCpuSeconds(pgid: number): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After "pid (comm) ": state ppid pgrp … utime(11) stime(12), 0-based from state.
      if (Number(fields[2]) !== pgid) continue;
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

async function startServer(name: string, dir: string, port: number): Promise<Side> {
  const log = fs.openSync(path.join(process.cwd(), `.tmp/ab-server-${name}.log`), "w");
  const child = spawn(path.join(dir, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    stdio: ["ignore", log, log],
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL,
      SAMSPIL_ALLOW_DEV_SECRETS: "1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      SESSION_IDLE_MINUTES: "240",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${name}: the server exited (.tmp/ab-server-${name}.log)`);
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) break;
    } catch {
      /* not yet */
    }
    if (i > 240) throw new Error(`${name}: no answer from /healthz`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { name, dir, port, child, base, cookie: await loginCookie(base, `sagsbehandler1@${DOMAIN}`, PASSWORD) };
}

function stop(s: Side) {
  if (s.child.pid && s.child.exitCode === null) process.kill(-s.child.pid, "SIGTERM");
}

type Sample = { p50: number; p95: number; rps: number; cpuMsPerReq: number; n: number };

async function sample(s: Side, p: string, connections: number): Promise<Sample> {
  const cookie = p === "/healthz" ? "" : s.cookie;
  const cpu0 = groupCpuSeconds(s.child.pid!);
  const r = await measureHttp({ baseUrl: s.base, cookie, path: p, connections, seconds: SECONDS });
  const cpu = groupCpuSeconds(s.child.pid!) - cpu0;
  if (r.errors || r.non2xx) throw new Error(`${s.name} ${p}: ${r.errors} errors, ${r.non2xx} non-2xx`);
  return { p50: r.p50, p95: r.p95, rps: r.rps, cpuMsPerReq: r.n ? (cpu * 1000) / r.n : NaN, n: r.n };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  fs.mkdirSync(".tmp", { recursive: true });
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  const subjects = await findSubjects(pool, `sagsbehandler1@${DOMAIN}`);
  await pool.end();
  const sides = [await startServer("A", env("AB_A", ""), PORT), await startServer("B", env("AB_B", process.cwd()), PORT + 1)];
  try {
    const paths = ["/healthz", "/cases", `/cases/${subjects.caseId}`];
    const html: Record<string, number> = {};
    for (const s of sides) {
      for (const p of paths.slice(1)) {
        const res = await fetch(s.base + p, { headers: { cookie: s.cookie } });
        if (!res.ok) throw new Error(`${s.name} ${p}: HTTP ${res.status}`);
        html[`${s.name} ${p}`] = Buffer.byteLength(await res.text()) / 1024;
        for (let i = 0; i < 3; i++) await (await fetch(s.base + p, { headers: { cookie: s.cookie } })).text(); // warm up
      }
    }
    const results = new Map<string, Sample[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of CONNECTIONS) {
        for (const p of paths) {
          // Alternate the order per round, so neither side always goes first.
          for (const s of round % 2 ? [...sides].reverse() : sides) {
            const key = `${s.name}|${p}|${c}`;
            const r = await sample(s, p, c);
            results.set(key, [...(results.get(key) ?? []), r]);
            console.log(
              `round ${round + 1} ${s.name} ${p} c=${c}: p50 ${r.p50} ms, ${r.rps.toFixed(1)} req/s, ${r.cpuMsPerReq.toFixed(1)} ms CPU/req`,
            );
          }
        }
      }
    }
    const lines = [
      `A/B ${new Date().toISOString()} — A=${sides[0]!.dir} B=${sides[1]!.dir}; ${ROUNDS} rounds × ${SECONDS} s; medians over rounds; load average ${(
        await import("node:os")
      )
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}`,
      "",
      "| side | page | conn. | p50 ms | p95 ms | req/s | server CPU ms/request | req/s ÷ /healthz req/s |",
      "|---|---|---:|---:|---:|---:|---:|---:|",
    ];
    for (const s of sides)
      for (const c of CONNECTIONS)
        for (const p of paths) {
          const rs = results.get(`${s.name}|${p}|${c}`)!;
          const floor = median(results.get(`${s.name}|/healthz|${c}`)!.map((r) => r.rps));
          const rps = median(rs.map((r) => r.rps));
          lines.push(
            `| ${s.name} | ${p === "/healthz" ? p : p === "/cases" ? "My cases" : "a case page"} | ${c} | ${median(rs.map((r) => r.p50))} | ${median(rs.map((r) => r.p95))} | ${rps.toFixed(1)} | ${median(rs.map((r) => r.cpuMsPerReq)).toFixed(1)} | ${(rps / floor).toFixed(3)} |`,
          );
        }
    lines.push("", ...Object.entries(html).map(([k, v]) => `HTML ${k}: ${v.toFixed(1)} KB`));
    console.log(lines.join("\n"));
    fs.writeFileSync(".tmp/ab-latest.md", lines.join("\n") + "\n");
  } finally {
    sides.forEach(stop);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
