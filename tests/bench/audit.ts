// npm run bench:audit — the access log at scale (issue 9, ADR 0009), measured through the real code:
//
//   1. seal and verify 100,000 rows of one organisation (verify must stay well under 5 s, and name
//      the first broken row once one is changed);
//   2. the citizen's access report (page data and CSV) for one citizen with a long case, among
//      1,000,000 access-log rows of 200,000 citizens over 5 years (target: under 2 s).
//
// BENCH_DATABASE_URL=postgresql://…/postgres runs on a PostgreSQL server (creates and drops its own
// database); without it, on a throwaway embedded PGlite. Sizes: BENCH_VERIFY_ROWS (100000),
// BENCH_LOG_ROWS (1000000), BENCH_RUNS (10). A script that prints figures, not a timed test.
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { sealOrganisation } from "@/lib/audit/seal";
import { describeVerdict, verifyAccessLog } from "@/lib/audit/verify";
import { getCitizenAccessReport } from "@/lib/domain/audit/get-citizen-access-report";
import { ZAccessReportQuery } from "@/lib/validation/audit";
import { translatorFor } from "@/lib/i18n/server";
import { reportCsv } from "@/app/(app)/citizens/[citizenId]/access-report/report-text";
import { migrationSqls } from "../integration/support/db";
import { openBenchDb, type Exec } from "./bench-db";

const VERIFY_ROWS = Number(process.env.BENCH_VERIFY_ROWS ?? 100_000);
const LOG_ROWS = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CITIZENS = 200_000;
const STAFF = 300;
/** Rows of the report's citizen: a long case seen daily in worklists, opened, changed, read by the health center. */
const TARGET_RECENT = 2_000;
const TARGET_OLD = 500;

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}
const fmt = (n: number) => n.toLocaleString("en-GB");

/** An organisation with a jobcenter and a health center; staff ids are md5('<org>:u<i>') so SQL can pick them. */
async function createOrganisation(db: Db, exec: Exec, name: string) {
  const org = await db.organisation.create({ data: { name } });
  const jc = await db.department.create({ data: { organisationId: org.id, kind: "JOBCENTER", name: "Jobcenter" } });
  const hc = await db.department.create({ data: { organisationId: org.id, kind: "HEALTH_CENTER", name: "Sundhedscenter" } });
  await exec(`
    INSERT INTO "User" ("id", "organisationId", "departmentId", "email", "name", "role", "updatedAt")
    SELECT md5('${org.id}:u' || i)::uuid::text, '${org.id}', CASE WHEN i % 5 = 0 THEN '${hc.id}' ELSE '${jc.id}' END,
      'u' || i || '-${org.id}@bench.dk', 'Medarbejder ' || i, CASE WHEN i % 5 = 0 THEN 'THERAPIST' ELSE 'CASEWORKER' END::"Role", now()
    FROM generate_series(0, ${STAFF - 1}) i`);
  return { org, jc, hc, userSql: (expr: string) => `md5('${org.id}:u' || ((${expr}) % ${STAFF}))::uuid::text` };
}

/** `n` access-log rows of the organisation, spread over `years` back from now. */
async function insertLogRows(exec: Exec, o: Awaited<ReturnType<typeof createOrganisation>>, n: number, years: number, citizenSql: string) {
  const CHUNK = 250_000;
  for (let off = 0; off < n; off += CHUNK) {
    const m = Math.min(CHUNK, n - off);
    await exec(`
      INSERT INTO "AccessLog" ("organisationId", "at", "actorId", "actorRole", "actorDepartment", "citizenId", "recordType", "recordId", "action", "details")
      SELECT '${o.org.id}', now() - random() * interval '${years} years', ${o.userSql("g * 7")}, 'CASEWORKER', 'JOBCENTER',
        ${citizenSql}, 'SickLeaveCase', md5('case' || g)::uuid::text,
        (CASE WHEN g % 10 = 0 THEN 'UPDATE' ELSE 'VIEW' END)::"AccessAction",
        CASE WHEN g % 3 = 0 THEN '{"view":"list","list":"my-cases","search":"none"}'::jsonb END
      FROM generate_series(${off + 1}, ${off + m}) g`);
  }
}

async function verifySection(db: Db, exec: Exec) {
  const o = await createOrganisation(db, exec, "Verify Kommune");
  const [, insertMs] = await timed(() => insertLogRows(exec, o, VERIFY_ROWS, 1, `md5('vc' || (g % 20000))::uuid::text`));
  const [sealed, sealMs] = await timed(() => sealOrganisation(db, o.org.id, { wait: true }));
  const [intact, verifyMs] = await timed(() => verifyAccessLog(db, { organisationId: o.org.id }));
  const middle = await db.accessLogSeal.findFirstOrThrow({ where: { organisationId: o.org.id, seq: BigInt(Math.ceil(VERIFY_ROWS / 2)) } });
  await exec(
    `ALTER TABLE "AccessLog" DISABLE TRIGGER USER; UPDATE "AccessLog" SET "actorId" = 'someone-else' WHERE id = ${middle.logId}; ALTER TABLE "AccessLog" ENABLE TRIGGER USER;`,
  );
  const [broken, brokenMs] = await timed(() => verifyAccessLog(db, { organisationId: o.org.id, checkpoint: false }));
  return { insertMs, sealed: sealed.sealed, sealMs, intact, verifyMs, broken, brokenMs };
}

async function reportSection(db: Db, exec: Exec) {
  const o = await createOrganisation(db, exec, "Rapport Kommune");
  const caseworker = await db.user.findFirstOrThrow({ where: { organisationId: o.org.id, role: "CASEWORKER" } });
  const target = await db.citizen.create({
    data: {
      organisationId: o.org.id,
      cprEncrypted: encryptCpr("0101801234"),
      cprIndex: cprBlindIndex("0101801234"),
      birthDate: new Date(Date.UTC(1980, 0, 1)),
      firstName: "Mette",
      lastName: "Langsag",
    },
  });
  const consent = await db.consent.create({
    data: {
      organisationId: o.org.id,
      citizenId: target.id,
      jobcenterToHealth: true,
      healthToJobcenter: true,
      method: "WRITTEN",
      recordedById: caseworker.id,
      purpose: "Afklaring af arbejdsevne og plan for tilbagevenden",
      validFrom: new Date(Date.now() - 700 * 86_400_000),
    },
  });
  const others = LOG_ROWS - TARGET_RECENT - TARGET_OLD;
  const [, insertMs] = await timed(async () => {
    await insertLogRows(exec, o, others, 5, `md5('citizen' || (g % ${CITIZENS}))::uuid::text`);
    // The report's citizen: daily list views and openings by the caseworker, some changes, and the
    // health center's consented reads, over the last 2 years; older rows outside the default period.
    await exec(`
      INSERT INTO "AccessLog" ("organisationId", "at", "actorId", "actorRole", "actorDepartment", "citizenId", "recordType", "recordId", "action", "crossDepartment", "consentId", "details")
      SELECT '${o.org.id}', now() - (g * interval '${Math.floor((730 * 86400) / TARGET_RECENT)} seconds'),
        CASE WHEN g % 6 = 0 THEN ${o.userSql("5 * g")} ELSE '${caseworker.id}' END,
        (CASE WHEN g % 6 = 0 THEN 'THERAPIST' ELSE 'CASEWORKER' END)::"Role",
        (CASE WHEN g % 6 = 0 THEN 'HEALTH_CENTER' ELSE 'JOBCENTER' END)::"DepartmentKind",
        '${target.id}', CASE WHEN g % 6 = 0 THEN 'RehabPlan' ELSE 'SickLeaveCase' END, md5('tcase')::uuid::text,
        (CASE WHEN g % 11 = 0 THEN 'UPDATE' ELSE 'VIEW' END)::"AccessAction", g % 6 = 0,
        CASE WHEN g % 6 = 0 THEN '${consent.id}' END,
        CASE WHEN g % 2 = 1 THEN '{"view":"list","list":"my-cases","search":"none"}'::jsonb END
      FROM generate_series(1, ${TARGET_RECENT}) g;
      INSERT INTO "AccessLog" ("organisationId", "at", "actorId", "actorRole", "actorDepartment", "citizenId", "recordType", "recordId", "action")
      SELECT '${o.org.id}', now() - interval '2 years 1 day' - (g * interval '1 day'), '${caseworker.id}', 'CASEWORKER', 'JOBCENTER',
        '${target.id}', 'SickLeaveCase', md5('tcase')::uuid::text, 'VIEW'
      FROM generate_series(1, ${TARGET_OLD}) g;`);
  });
  await exec(`ANALYZE`);
  const total = await db.accessLog.count();
  const actor: Actor = {
    userId: caseworker.id,
    organisationId: o.org.id,
    role: "CASEWORKER",
    departmentId: o.jc.id,
    departmentKind: "JOBCENTER",
    name: caseworker.name,
    sessionId: "bench",
  };
  const input = ZAccessReportQuery.parse({ citizenId: target.id });
  const t = translatorFor("da");
  const page = () => getCitizenAccessReport(actor, { ...input, format: "page" });
  const csv = async () => reportCsv(await getCitizenAccessReport(actor, { ...input, format: "csv" }), t, "da");
  const run = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < 2; i++) await fn(); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) ms.push((await timed(fn))[1]);
    ms.sort((a, b) => a - b);
    return { p50: ms[Math.floor(ms.length / 2)]!, max: ms.at(-1)! };
  };
  const rows = (await page()).rows.length;
  const pageMs = await run(page);
  const csvMs = await run(csv);
  const csvBytes = Buffer.byteLength((await csv()).body);
  const plan = (
    await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "id" FROM "AccessLog" WHERE "citizenId" = $1 AND "outcome" = 'ALLOWED' AND "at" >= now() - interval '2 years' ORDER BY "at" DESC, "id" DESC LIMIT 10001`,
      target.id,
    )
  ).map((r) => r["QUERY PLAN"].trim());
  return { insertMs, total, rows, pageMs, csvMs, csvBytes, plan: plan.find((l) => /Index|Seq Scan/.test(l)) ?? plan[0] };
}

async function main() {
  const { db, exec, kind, cleanup } = await openBenchDb("audit");
  try {
    for (const m of await migrationSqls()) await exec(m.sql);
    const load = () => os.loadavg()[0]!.toFixed(1);
    console.log(`Samspil access-log benchmark — ${kind}, ${os.cpus().length} cores, load average ${load()} at the start\n`);

    const v = await verifySection(db, exec);
    const first = v.broken.organisations[0]!;
    console.log(`1. Seal and verify one organisation's chain (${fmt(VERIFY_ROWS)} rows inserted in ${secs(v.insertMs)})`);
    console.log(`   sealed ${fmt(v.sealed)} rows in ${secs(v.sealMs)}`);
    console.log(`   verify: ${v.intact.ok ? "intact" : "NOT intact"}, ${fmt(v.intact.rows)} rows in ${secs(v.verifyMs)}`);
    console.log(`   after changing one row in the middle: ${secs(v.brokenMs)} — ${describeVerdict(first)}`);
    console.log(`   (load average ${load()})\n`);

    const r = await reportSection(db, exec);
    console.log(
      `2. Citizen's access report among ${fmt(r.total)} access-log rows (${fmt(CITIZENS)} citizens, 5 years; inserted in ${secs(r.insertMs)})`,
    );
    console.log(`   the citizen's default 2-year report: ${fmt(r.rows)} rows; query plan: ${r.plan}`);
    console.log("| operation | p50 ms | max ms |");
    console.log("|---|---:|---:|");
    console.log(
      `| report page data (scoped citizen, log rows, names, consents, EXPORT logged) | ${r.pageMs.p50.toFixed(0)} | ${r.pageMs.max.toFixed(0)} |`,
    );
    console.log(
      `| report as CSV (same + csv-stringify, ${fmt(Math.round(r.csvBytes / 1024))} KB) | ${r.csvMs.p50.toFixed(0)} | ${r.csvMs.max.toFixed(0)} |`,
    );
    console.log(`(load average ${load()} at the end)`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
