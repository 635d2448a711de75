// Measures the caseworker's pages over HTTP against a running production server (issue 10, ADR 0020):
//   PERF_BASE=http://127.0.0.1:3210 PERF_USERS=a@x:pw,b@x:pw PERF_CASE=<case id> npx tsx tests/bench/perf-pages.ts
// For each user: My cases (page 1) and the case page at 1 and 50 connections, an open-loop 50
// requests/s run (p95), HTML bytes and the gzipped JavaScript the page loads; /api/auth/csrf
// (a trivial dynamic route) is the framework's floor in the same run. Prints one table.
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { loginCookie, stats } from "./measure";

const base = process.env.PERF_BASE ?? "http://127.0.0.1:3210";
const seconds = Number(process.env.PERF_SECONDS ?? "8");

type Row = { name: string; conn: string; p50: number; p95: number; p99: number; rps: number; errors: number; kb: number };

async function load(path: string, cookie: string, opts: { connections: number; rate?: number }): Promise<Row> {
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon(
      {
        url: base + path,
        connections: opts.connections,
        duration: seconds,
        headers: { cookie },
        ...(opts.rate ? { overallRate: opts.rate } : {}),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    inst.on("response", (_c, _s, resBytes, ms) => {
      times.push(ms);
      bytes += resBytes;
    });
  });
  const s = stats(times);
  return {
    name: path,
    conn: opts.rate ? `${opts.rate}/s open` : String(opts.connections),
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    kb: times.length ? bytes / times.length / 1024 : 0,
  };
}

/** HTML bytes, RSC flight bytes inside it, and the gzipped bytes of every script the page loads. */
async function weight(path: string, cookie: string) {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const scripts = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]! + m[3]!))
    .map((m) => m[2]!);
  let js = 0;
  for (const src of new Set(scripts)) js += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  const flight = [...html.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)].reduce((n, m) => n + m[1]!.length, 0);
  return { htmlKb: html.length / 1024, flightKb: flight / 1024, jsGzKb: js / 1024, scripts: new Set(scripts).size };
}

async function main() {
  const users = (process.env.PERF_USERS ?? "").split(",").filter(Boolean);
  const caseId = process.env.PERF_CASE;
  const rows: Row[] = [];
  const weights: Record<string, unknown> = {};
  const first = await loginCookie(base, ...(users[0]!.split(":") as [string, string]));
  rows.push(await load("/api/auth/csrf", first, { connections: 50 }));
  for (const u of users) {
    const cookie = await loginCookie(base, ...(u.split(":") as [string, string]));
    const who = u.split("@")[0];
    weights[`/cases (${who})`] = await weight("/cases", cookie);
    for (const o of [{ connections: 1 }, { connections: 50 }, { connections: 10, rate: 50 }]) {
      const r = await load("/cases", cookie, o);
      rows.push({ ...r, name: `/cases (${who})` });
    }
  }
  if (caseId) {
    weights["/cases/[id]"] = await weight(`/cases/${caseId}`, first);
    for (const o of [{ connections: 1 }, { connections: 50 }, { connections: 10, rate: 50 }]) {
      rows.push({ ...(await load(`/cases/${caseId}`, first, o)), name: "/cases/[id]" });
    }
  }
  const floor = rows[0]!.rps;
  console.log("| route | connections | p50 ms | p95 ms | p99 ms | req/s | /floor | errors | KB/resp |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.conn} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.rps.toFixed(0)} | ${(r.rps / floor).toFixed(2)} | ${r.errors} | ${r.kb.toFixed(1)} |`,
    );
  }
  console.log(JSON.stringify(weights, null, 1));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
