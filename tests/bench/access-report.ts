// The citizen's access report in `npm run bench` (issue 9: "with 1,000,000 access-log rows in a
// PostgreSQL database, one citizen's 2-year report renders in under 2 s — measure it in npm run bench,
// with the row count printed"). The caseworker opens the report page for the default period (the last
// 2 years) and downloads its CSV, for the citizen of the organisation with the most access-log rows
// in that period; the raw SQL of the report's statements runs beside it. Reads only, except the one
// EXPORT row the app itself logs per report.
import { parse } from "csv-parse/sync";
import type pg from "pg";
import { measureHttp, closedLoop, stats, type HttpResult } from "./measure";
import type { BenchRow } from "./table";

/** The report's row limit (lib/domain/audit/get-citizen-access-report.ts REPORT_ROW_LIMIT). */
const REPORT_ROW_LIMIT = 10_000;
/** Start of the default period in SQL: the report's is "the same Danish day 2 years ago"; close enough to pick and count. */
const SINCE = `now() - interval '2 years'`;

type Subject = { citizenId: string; rowsInPeriod: number };

/** The organisation's citizen with the most ALLOWED access-log rows in the last 2 years (the report's rows). */
async function reportCitizen(pool: pg.Pool, organisationId: string): Promise<Subject | null> {
  const r = await pool.query(
    `SELECT "citizenId", count(*) AS n FROM "AccessLog" WHERE "organisationId" = $1 AND "citizenId" IS NOT NULL AND outcome = 'ALLOWED'
       AND at >= ${SINCE} GROUP BY "citizenId" ORDER BY n DESC, "citizenId" LIMIT 1`,
    [organisationId],
  );
  return r.rows[0] ? { citizenId: r.rows[0].citizenId as string, rowsInPeriod: Number(r.rows[0].n) } : null;
}

/** The citizen's ALLOWED access-log rows in the last 2 years, now. */
async function rowsInPeriod(pool: pg.Pool, citizenId: string): Promise<number> {
  const r = await pool.query(`SELECT count(*) AS n FROM "AccessLog" WHERE "citizenId" = $1 AND outcome = 'ALLOWED' AND at >= ${SINCE}`, [
    citizenId,
  ]);
  return Number(r.rows[0].n);
}

/** The report's statements as the use case issues them: the citizen, its log rows (newest first, limit + 1), the actors' names, the consents. */
async function rawReport(pool: pg.Pool, organisationId: string, citizenId: string): Promise<number> {
  await pool.query(
    `SELECT c.id, c."firstName", c."lastName", c."cprEncrypted", o.name FROM "Citizen" c JOIN "Organisation" o ON o.id = c."organisationId"
     WHERE c.id = $1 AND c."organisationId" = $2 AND c."voidedAt" IS NULL`,
    [citizenId, organisationId],
  );
  const log = await pool.query(
    `SELECT id, at, "actorId", "actorRole", "actorDepartment", "recordType", action, "consentId", details FROM "AccessLog"
     WHERE "citizenId" = $1 AND outcome = 'ALLOWED' AND at >= ${SINCE} ORDER BY at DESC, id DESC LIMIT ${REPORT_ROW_LIMIT + 1}`,
    [citizenId],
  );
  const actors = [...new Set(log.rows.map((r) => r.actorId as string))];
  const consents = [...new Set(log.rows.flatMap((r) => (r.consentId ? [r.consentId as string] : [])))];
  await pool.query(`SELECT id, name FROM "User" WHERE "organisationId" = $1 AND id = ANY($2)`, [organisationId, actors]);
  await pool.query(`SELECT id, purpose, "validFrom", "validUntil" FROM "Consent" WHERE "organisationId" = $1 AND id = ANY($2)`, [
    organisationId,
    consents,
  ]);
  return log.rowCount ?? 0;
}

/**
 * The access report's rows of the table: the page (default period) and its CSV, one connection for
 * `seconds` each after a 1 s warm-up, with the raw SQL (`sqlRuns` one at a time). The row names carry
 * the access-log table's row count, the citizen's log rows in the period and the rows in the report
 * (counted in the CSV the server sent).
 * @throws Error when the report page or CSV does not answer 200.
 */
export async function accessReportRows(opts: {
  base: string;
  cookie: string;
  pool: pg.Pool;
  organisationId: string;
  seconds: number;
  sqlRuns: number;
}): Promise<BenchRow[]> {
  const { base, cookie, pool, organisationId, seconds, sqlRuns } = opts;
  const subject = await reportCitizen(pool, organisationId);
  if (!subject) return [{ name: "access report: not measured (no access-log rows with a citizen in the last 2 years)" }];
  const page = `/citizens/${subject.citizenId}/access-report`;
  const csvPath = `${page}/csv`;
  for (const path of [page, csvPath]) {
    const res = await fetch(base + path, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`access report ${path}: HTTP ${res.status}`);
    await res.arrayBuffer();
  }
  // Counted after those two requests (each logs its EXPORT row): the CSV below lists exactly these rows (up to the limit).
  subject.rowsInPeriod = await rowsInPeriod(pool, subject.citizenId);
  const total = Number((await pool.query(`SELECT count(*) AS n FROM "AccessLog"`)).rows[0].n);
  const csv = await (await fetch(base + csvPath, { headers: { cookie } })).text();
  const reportRows = (parse(csv.replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true }) as string[][]).length - 1;
  console.log(
    `▶ Access report (caseworker, default 2 years): ${total.toLocaleString("en")} access-log rows in all; the citizen has ` +
      `${subject.rowsInPeriod.toLocaleString("en")} in the period; ${reportRows.toLocaleString("en")} rows in the report (limit ${REPORT_ROW_LIMIT.toLocaleString("en")})`,
  );
  const one = async (path: string): Promise<HttpResult> => {
    await measureHttp({ baseUrl: base, cookie, path, connections: 1, seconds: 1 });
    return measureHttp({ baseUrl: base, cookie, path, connections: 1, seconds });
  };
  const sql = async () => {
    const fn = () => rawReport(pool, organisationId, subject.citizenId);
    await closedLoop(5, 1, fn);
    return stats(await closedLoop(sqlRuns, 1, fn));
  };
  const counts = `${subject.rowsInPeriod.toLocaleString("en")} log rows of the citizen, ${reportRows.toLocaleString("en")} in the report; ${total.toLocaleString("en")} access-log rows in all`;
  const rows: BenchRow[] = [
    { name: `access report page, 2 years (${counts})`, c1: await one(page), sql: await sql() },
    { name: `access report CSV, same report (${reportRows.toLocaleString("en")} rows)`, c1: await one(csvPath) },
  ];
  for (const r of rows) console.log(`  ${r.name}: p50 ${r.c1!.p50.toFixed(0)} ms, p99 ${r.c1!.p99.toFixed(0)} ms`);
  return rows;
}
