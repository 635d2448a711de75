// npm run seed:large — a large municipality on PostgreSQL for the HTTP benchmark (issue 10, ADR 0021):
// 200,000 sick-leave cases over 5 years with their citizens (CPR encrypted as the app does), about
// 2,000,000 follow-ups and progress notes, referrals with events, rehab plans with goals and
// exercises, return-to-work plans, consents and 1,000,000 access-log rows; then the daily job's
// deadline refresh, the access-log sealer and the key-figure refresh, all through the app's own code.
//
//   DATABASE_URL=postgresql://…/bench_large SAMSPIL_ALLOW_DEV_SECRETS=1 npm run seed:large [-- --force]
//   SEED_LARGE_CASES=200000 SEED_LARGE_YEARS=5 SEED_LARGE_ACCESS_LOG=1000000 SEED_LARGE_THERAPISTS=40 SEED_LARGE_BATCH=10000
//
// Refuses NODE_ENV=production, the embedded database, and a database with data (unless --force or
// SEED_LARGE_RESET=1: drops the public schema and recreates it with the normal migrations).
// Every user's password is printed at the end (LARGE_PASSWORD).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import cliProgress from "cli-progress";
import pg from "pg";

const num = (k: string, d: number) => {
  const v = Number(process.env[k]?.trim() || d);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${k} must be a positive number`);
  return v;
};

async function ensureDatabase(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    await c.end();
  } catch (e) {
    if ((e as { code?: string }).code !== "3D000") throw e;
    const u = new URL(url);
    const name = decodeURIComponent(u.pathname.slice(1));
    u.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: u.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    await admin.end();
    console.log(`Created database ${name}.`);
  }
}

/** Whether the database holds an organisation; with `reset`, drops and recreates the public schema first. */
async function prepareSchema(url: string, reset: boolean): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const has = (await c.query(`SELECT to_regclass('public."Organisation"') AS t`)).rows[0].t;
    const rows = has ? Number((await c.query(`SELECT count(*) AS n FROM "Organisation"`)).rows[0].n) : 0;
    if (rows > 0 && !reset) {
      throw new Error(
        "the database is not empty: use `npm run seed:large -- --force` (or SEED_LARGE_RESET=1) to drop and recreate its schema",
      );
    }
    if (reset) {
      console.log("Dropping and recreating the public schema (--force)…");
      await c.query("DROP SCHEMA public CASCADE");
      await c.query("CREATE SCHEMA public");
    }
  } finally {
    await c.end();
  }
  const tsx = path.join("node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, ["--conditions=react-server", "scripts/migrate.ts", "deploy"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (r.status !== 0) throw new Error("migrations failed");
}

const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

async function main() {
  if (process.env.NODE_ENV === "production") throw new Error("seed:large refuses to run with NODE_ENV=production");
  const url = process.env.DATABASE_URL?.trim();
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("seed:large needs DATABASE_URL=postgresql://… (a PostgreSQL server; the embedded database is for one user)");
  }
  const reset = process.argv.includes("--force") || process.env.SEED_LARGE_RESET === "1";
  const cases = Math.round(num("SEED_LARGE_CASES", 200_000));
  const sizes = {
    cases,
    years: num("SEED_LARGE_YEARS", 5),
    therapists: Math.round(num("SEED_LARGE_THERAPISTS", Math.max(8, Math.round(cases / 5000)))),
  };
  const logRows = Math.round(num("SEED_LARGE_ACCESS_LOG", cases * 5));
  const batch = Math.round(num("SEED_LARGE_BATCH", 10_000));
  const started = performance.now();

  await ensureDatabase(url);
  await prepareSchema(url, reset);

  // The app's modules read the configuration when first imported (lib/env.ts).
  const { hashPassword } = await import("@/lib/auth/password");
  const { today } = await import("@/lib/clock");
  const { isoDay } = await import("@/lib/time");
  const { getDb, closeDb } = await import("@/lib/db/client");
  const { refreshDeadlinesIfDue } = await import("@/lib/jobs/daily-deadline-refresh");
  const { sealAll } = await import("@/lib/audit/seal");
  const { refreshKeyFigures } = await import("@/lib/kpi/refresh/refresh");
  const { seedPeople, LARGE_PASSWORD, LARGE_DOMAIN } = await import("./lib/seed-large-people");
  const { seedRecords } = await import("./lib/seed-large-records");
  const day = today();

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const client = await pool.connect();
  await client.query("SET synchronous_commit = off");
  const bar = new cliProgress.SingleBar(
    { format: "{step} |{bar}| {percentage}% | {value}/{total} cases | {duration_formatted}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let t = performance.now();
  bar.start(cases, 0, { step: "citizens and cases".padEnd(20) });
  const people = await seedPeople(client, sizes, day, await hashPassword(LARGE_PASSWORD), (n) => bar.increment(n));
  bar.stop();
  console.log(`  ${cases} citizens and cases, ${people.caseworkers.length} caseworkers (${people.openCases} open cases): ${seconds(t)}`);
  t = performance.now();
  bar.start(cases, 0, { step: "records".padEnd(20) });
  await seedRecords(client, people, isoDay(day), { batch, logPerCase: Math.max(1, Math.round(logRows / cases)) }, (n) => bar.increment(n));
  bar.stop();
  console.log(`  follow-ups, referrals, rehab, return-to-work, consents, access log: ${seconds(t)}`);
  client.release();

  process.env.DATABASE_URL = url;
  const db = await getDb();
  try {
    t = performance.now();
    const d = await refreshDeadlinesIfDue(db, { force: true });
    console.log(
      `  deadlines (daily job): ${d.ran ? `${d.checked} cases checked, ${d.updated} with a new next deadline, ${d.refreshed} worklist rows rewritten` : "skipped"}: ${seconds(t)}`,
    );
    t = performance.now();
    // A row is sealed once every transaction older than it has finished, on the whole server: a
    // long transaction elsewhere on a shared server holds the sealer back; wait up to SEED_LARGE_SEAL_WAIT seconds.
    let sealed = 0;
    let remaining = true;
    const until = performance.now() + num("SEED_LARGE_SEAL_WAIT", 120) * 1000;
    while (remaining && performance.now() < until) {
      const rs = [...(await sealAll(db, { wait: true })).values()];
      sealed += rs.reduce((s, r) => s + r.sealed, 0);
      remaining = rs.some((r) => r.remaining);
      if (remaining) await new Promise((r) => setTimeout(r, 2000));
    }
    console.log(
      `  access log sealed: ${sealed} rows: ${seconds(t)}${remaining ? " (rows remain: an older transaction on the server is still open; the app's sealer finishes them)" : ""}`,
    );
    t = performance.now();
    const k = await refreshKeyFigures(db, people.organisationId, day);
    console.log(`  key figures: ${k.cells} cells over ${k.months} months: ${seconds(t)}`);
  } finally {
    await closeDb();
  }
  t = performance.now();
  await pool.query("ANALYZE");
  const counts = (
    await pool.query(`SELECT (SELECT count(*) FROM "SickLeaveCase") AS cases, (SELECT count(*) FROM "Citizen") AS citizens,
      (SELECT count(*) FROM "FollowUp") AS follow_ups, (SELECT count(*) FROM "ProgressNote") AS progress_notes,
      (SELECT count(*) FROM "Referral") AS referrals, (SELECT count(*) FROM "ReferralEvent") AS referral_events,
      (SELECT count(*) FROM "RehabPlan") AS rehab_plans, (SELECT count(*) FROM "RehabGoal") AS goals, (SELECT count(*) FROM "HomeExercise") AS exercises,
      (SELECT count(*) FROM "ReturnToWorkPlan") AS rtw_plans, (SELECT count(*) FROM "Consent") AS consents,
      (SELECT count(*) FROM "AccessLog") AS access_log, (SELECT count(*) FROM "User") AS users`)
  ).rows[0] as Record<string, string>;
  await pool.end();
  console.log(`  analyze: ${seconds(t)}`);
  console.log(`\nseed:large done in ${seconds(started)} (${day.toISOString().slice(0, 10)}):`);
  console.log(
    "  " +
      Object.entries(counts)
        .map(([k2, v]) => `${k2.replace(/_/g, " ")} ${Number(v).toLocaleString("en")}`)
        .join(", "),
  );
  console.log(
    `\nUsers (password for all: ${LARGE_PASSWORD}): sagsbehandler1…${people.caseworkers.length}@${LARGE_DOMAIN} (sagsbehandler1 has 90 open cases),`,
  );
  console.log(
    `  terapeut1…${people.therapists.length}@${LARGE_DOMAIN}, leder@${LARGE_DOMAIN}, leder.sundhed@${LARGE_DOMAIN}, visitator@${LARGE_DOMAIN}, admin@${LARGE_DOMAIN}`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`✖ ${(e as Error).message}`);
    process.exit(1);
  },
);
