// Reusable measuring for the HTTP and SQL benchmarks (issue 11 and, later, issue 10's `npm run bench`):
// percentiles, a closed loop with N requests in flight, the dashboard's views and raw statements,
// a next-auth login that returns the session cookie, and autocannon with every response's latency.
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { loadTest } from "loadtest";
import type pg from "pg";

export type Stats = { n: number; p50: number; p95: number; p99: number };

export function stats(times: number[]): Stats {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `fn` `total` times with `concurrency` calls in flight; returns each call's time in ms. */
export async function closedLoop(total: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        await fn(i);
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

/** A dashboard view: a name and its query string (month, window and filters). */
export type View = { name: string; query: Record<string, string> };

/** The views measured: unfiltered, each filter alone, and all three together, for the last complete month. */
export async function dashboardViews(client: pg.Pool | pg.Client, organisationId: string): Promise<View[]> {
  const one = async (sql: string) => (await client.query(sql, [organisationId])).rows[0] as Record<string, string>;
  const jc = await one(`SELECT id FROM "Department" WHERE "organisationId" = $1 AND kind = 'JOBCENTER' ORDER BY name LIMIT 1`);
  const hc = await one(`SELECT id FROM "Department" WHERE "organisationId" = $1 AND kind = 'HEALTH_CENTER' ORDER BY name LIMIT 1`);
  const prog = await one(`SELECT id, "departmentId" FROM "Programme" WHERE "organisationId" = $1 ORDER BY name LIMIT 1`);
  const r = await one(
    `SELECT to_char(date_trunc('month', "asOf") - interval '1 month', 'YYYY-MM') AS month FROM "KpiRefresh" WHERE "organisationId" = $1`,
  );
  const base = { month: r.month!, window: "12" };
  return [
    { name: "unfiltered", query: base },
    { name: "jobcenter department", query: { ...base, departmentId: jc.id! } },
    { name: "health-center department", query: { ...base, departmentId: hc.id! } },
    { name: "diagnosis group", query: { ...base, diagnosisGroup: "MUSCULOSKELETAL" } },
    { name: "programme", query: { ...base, programmeId: prog.id! } },
    {
      name: "all three filters",
      query: { ...base, departmentId: prog.departmentId!, diagnosisGroup: "MUSCULOSKELETAL", programmeId: prog.id! },
    },
  ];
}

/**
 * The dashboard's statements for one view, as the use case issues them (lib/domain/kpi/get-key-figure-board.ts),
 * run with `pg` and no ORM: departments, programmes, refresh metadata, the cells of the trend,
 * the snapshot cells, the targets.
 */
export async function rawDashboardQueries(client: pg.Pool, organisationId: string, view: View): Promise<number> {
  const q = view.query;
  const dep = q.departmentId ?? "";
  const grp = q.diagnosisGroup ?? "";
  const prog = q.programmeId ?? "";
  const month = `${q.month}-01`;
  await client.query(`SELECT id, name, kind FROM "Department" WHERE "organisationId" = $1 ORDER BY kind, name`, [organisationId]);
  await client.query(`SELECT id, name, "departmentId", capacity, active FROM "Programme" WHERE "organisationId" = $1 ORDER BY name`, [
    organisationId,
  ]);
  const r = await client.query(`SELECT "asOf", "refreshedAt", "firstMonth" FROM "KpiRefresh" WHERE "organisationId" = $1 LIMIT 1`, [
    organisationId,
  ]);
  const cells = await client.query(
    `SELECT figure, month, value, display FROM "KpiCell" WHERE "organisationId" = $1 AND "departmentId" = $2 AND "diagnosisGroup" = $3
       AND "programmeId" = $4 AND month >= ($5::date - interval '11 months') AND month <= $5::date`,
    [organisationId, dep, grp, prog, month],
  );
  await client.query(
    `SELECT figure, month, value, display FROM "KpiCell" WHERE "organisationId" = $1 AND "departmentId" = $2 AND "diagnosisGroup" = $3
       AND "programmeId" = $4 AND month = date_trunc('month', $5::date)::date AND figure = ANY($6)`,
    [organisationId, dep, grp, prog, r.rows[0].asOf, ["overdueNow"]],
  );
  await client.query(`SELECT figure, value FROM "KpiTarget" WHERE "organisationId" = $1`, [organisationId]);
  return cells.rowCount ?? 0;
}

/** Signs in through next-auth's credentials flow; returns the session cookie header. */
export async function loginCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`login as ${email} failed (HTTP ${res.status})`);
  return [...jar, session].join("; ");
}

/** `n` (from Stats): the answers received within the run; a request still in flight at the end is not counted. */
export type HttpResult = Stats & { rps: number; errors: number; non2xx: number; kb: number };

/** autocannon against one path with `connections` in flight (or at `rate` per second) for `seconds`; latencies of every response. */
export async function measureHttp(opts: {
  baseUrl: string;
  cookie: string;
  path: string;
  connections?: number;
  seconds?: number;
}): Promise<HttpResult> {
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.baseUrl + opts.path,
        connections: opts.connections ?? 10,
        duration: opts.seconds ?? 10,
        headers: { cookie: opts.cookie },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, resBytes, responseTime) => {
      times.push(responseTime);
      bytes += resBytes;
    });
  });
  return {
    ...stats(times),
    // Completed responses per second of the run (autocannon's per-second average reads 0 when responses take longer than a second).
    rps: times.length / Math.max(result.duration, 1e-9),
    errors: result.errors, // connection errors, timeouts included
    non2xx: result.non2xx,
    kb: times.length ? bytes / times.length / 1024 : 0,
  };
}

/**
 * An open loop: one request every 1000/`rate` ms for `seconds`, sent whether or not earlier ones have been answered
 * (a new keep-alive connection opens when all are busy), each latency counted from the moment it was due to be sent.
 * Written on loadtest's `requestsPerSecond` (a drift-corrected timer), not autocannon's `overallRate`: autocannon gives
 * each connection `rate / connections` requests per second on a one-second tick, so all connections fire together at
 * the start of every second — a burst of `rate` requests, not a rate (autocannon issue #174).
 * Every request is awaited: the run ends when the last answer arrives (bounded by 4 × `seconds` + 10 s; what is still
 * unanswered then counts as an error), so the slowest answers are never dropped from the percentiles.
 * Returns latencies in ms (p50/p95/p99), answers per second over the run, errors (connection failures and
 * unanswered), non-2xx answers and KB per answer.
 */
export async function measureOpenLoop(opts: {
  baseUrl: string;
  cookie: string;
  path: string;
  rate: number;
  seconds: number;
}): Promise<HttpResult> {
  const total = Math.round(opts.rate * opts.seconds);
  const times: number[] = [];
  let bytes = 0;
  let non2xx = 0;
  let failed = 0;
  const started = performance.now();
  await new Promise<void>((resolve, reject) =>
    loadTest(
      {
        url: opts.baseUrl + opts.path,
        requestsPerSecond: opts.rate,
        maxRequests: total,
        maxSeconds: opts.seconds * 4 + 10,
        agentKeepAlive: true,
        cookies: opts.cookie.split("; "),
        quiet: true,
        statusCallback: (error: unknown, result?: { statusCode?: number; requestElapsed?: number; body?: string }) => {
          if (!result || result.requestElapsed === undefined) {
            failed++;
            return;
          }
          times.push(result.requestElapsed);
          bytes += Buffer.byteLength(result.body ?? "");
          if (error || (result.statusCode ?? 0) >= 300) non2xx++;
        },
      },
      (error: unknown) => (error ? reject(error) : resolve()),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    ...stats(times),
    rps: times.length / Math.max(seconds, 1e-9),
    errors: failed + Math.max(0, total - times.length - failed),
    non2xx,
    kb: times.length ? bytes / times.length / 1024 : 0,
  };
}
