// The pages `npm run bench` measures and their main queries as raw SQL through `pg` (reads only; the
// access-log rows the pages write are not part of it): which case, plan and citizen to open is
// found in the benchmark database itself. Also the citizen search as the user does it (a POST that
// keeps the text in the private search cookie, ADR 0018) and the page weight (gzipped JS).
import { gzipSync } from "node:zlib";
import type pg from "pg";

export type Subjects = {
  organisationId: string;
  caseworkerId: string;
  caseId: string;
  planId: string;
  therapistEmail: string;
  /** The therapist's department: the referral inbox shows referrals to its programmes (referralScope). */
  therapistDepartmentId: string;
  citizen: { firstName: string; lastName: string; cprEncrypted: string; cprIndex: string };
  today: string;
};

/** The benchmark's subjects: the first caseworker's open case with the most records, a running rehab plan and its therapist. */
export async function findSubjects(pool: pg.Pool, caseworkerEmail: string): Promise<Subjects> {
  const cw = (await pool.query(`SELECT id, "organisationId" FROM "User" WHERE email = $1`, [caseworkerEmail])).rows[0];
  if (!cw) throw new Error(`no user ${caseworkerEmail} in the benchmark database (run npm run seed:large)`);
  const c = (
    await pool.query(
      `SELECT c.id, ci."firstName", ci."lastName", ci."cprEncrypted", ci."cprIndex" FROM "SickLeaveCase" c JOIN "Citizen" ci ON ci.id = c."citizenId"
       WHERE c."caseworkerId" = $1 AND c.status <> 'CLOSED' ORDER BY (SELECT count(*) FROM "FollowUp" f WHERE f."caseId" = c.id) DESC, c.id LIMIT 1`,
      [cw.id],
    )
  ).rows[0];
  const plan = (
    await pool.query(
      `SELECT p.id, u.email, u."departmentId" FROM "RehabPlan" p JOIN "User" u ON u.id = p."therapistId" WHERE p."organisationId" = $1 AND p."endOn" IS NULL
       ORDER BY (SELECT count(*) FROM "ProgressNote" n WHERE n."planId" = p.id) DESC, p.id LIMIT 1`,
      [cw.organisationId],
    )
  ).rows[0];
  if (!c || !plan) throw new Error("the benchmark database has no open case or running rehab plan");
  const today = (await pool.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS d`)).rows[0].d as string;
  return {
    organisationId: cw.organisationId,
    caseworkerId: cw.id,
    caseId: c.id,
    planId: plan.id,
    therapistEmail: plan.email,
    therapistDepartmentId: plan.departmentId,
    citizen: { firstName: c.firstName, lastName: c.lastName, cprEncrypted: c.cprEncrypted, cprIndex: c.cprIndex },
    today,
  };
}

type Q = (pool: pg.Pool, s: Subjects) => Promise<unknown>;

const all = (...qs: [string, (s: Subjects) => unknown[]][]): Q => {
  return async (pool, s) => {
    for (const [sql, params] of qs) await pool.query(sql, params(s));
  };
};

/** The main statements behind each page (what the use case reads), run one after another as the page does. */
export const RAW_SQL: Record<string, Q> = {
  healthz: all(["SELECT 1", () => []]),
  myCases: all(
    [
      `SELECT c.id, c.status, c."firstAbsenceDay", c."nextDeadlineOn", c."nextDeadlineKind", ci."firstName", ci."lastName", ci."cprEncrypted"
       FROM "SickLeaveCase" c JOIN "Citizen" ci ON ci.id = c."citizenId"
       WHERE c."organisationId" = $1 AND c."caseworkerId" = $2 AND c.status <> 'CLOSED' AND c."voidedAt" IS NULL
       ORDER BY c."nextDeadlineOn" ASC NULLS LAST, c."firstAbsenceDay", c.id LIMIT 51`,
      (s) => [s.organisationId, s.caseworkerId],
    ],
    [
      `SELECT count(*) FILTER (WHERE "nextDeadlineOn" < $3::date) AS overdue, count(*) FILTER (WHERE "nextDeadlineOn" >= $3::date AND "nextDeadlineOn" < $3::date + 7) AS soon,
              count(*) AS open FROM "SickLeaveCase" WHERE "organisationId" = $1 AND "caseworkerId" = $2 AND status <> 'CLOSED' AND "voidedAt" IS NULL`,
      (s) => [s.organisationId, s.caseworkerId, s.today],
    ],
  ),
  casePage: all(
    [
      `SELECT c.*, ci.* FROM "SickLeaveCase" c JOIN "Citizen" ci ON ci.id = c."citizenId" WHERE c.id = $1 AND c."organisationId" = $2`,
      (s) => [s.caseId, s.organisationId],
    ],
    [`SELECT * FROM "CaseStatusChange" WHERE "caseId" = $1 ORDER BY "effectiveOn"`, (s) => [s.caseId]],
    [`SELECT * FROM "FollowUp" WHERE "caseId" = $1 ORDER BY "dueOn"`, (s) => [s.caseId]],
    [`SELECT r.*, p.name FROM "Referral" r JOIN "Programme" p ON p.id = r."programmeId" WHERE r."caseId" = $1`, (s) => [s.caseId]],
    [`SELECT * FROM "ReturnToWorkPlan" WHERE "caseId" = $1`, (s) => [s.caseId]],
    [`SELECT * FROM "Consent" WHERE "citizenId" = (SELECT "citizenId" FROM "SickLeaveCase" WHERE id = $1)`, (s) => [s.caseId]],
  ),
  searchName: all([
    `SELECT id, "firstName", "lastName", "cprEncrypted", "birthDate" FROM "Citizen" WHERE "organisationId" = $1 AND "voidedAt" IS NULL
     AND "nameSearch" LIKE $2 AND "nameSearch" LIKE $3 ORDER BY "nameSortKey" NULLS FIRST, id LIMIT 51`, // the app's order for selective words (ADR 0024)
    (s) => [s.organisationId, `%${s.citizen.firstName.toLowerCase()}%`, `%${s.citizen.lastName.toLowerCase()}%`],
  ]),
  searchCpr: all([
    `SELECT id, "firstName", "lastName", "cprEncrypted", "birthDate" FROM "Citizen" WHERE "organisationId" = $1 AND "cprIndex" = $2`,
    (s) => [s.organisationId, s.citizen.cprIndex],
  ]),
  // As listReferralInbox reads page 1 (ADR 0031): the referrals in the therapist's department's scope
  // (referralScope), counted group by group in inbox order through the generated column inboxGroup, each count
  // stopped at what is left of 1,001 (INBOX_COUNT_LIMIT + 1), then the page's 50 rows from the first groups
  // (here: new and waiting for a start, the most page 1 can need).
  inbox: all(
    ...([0, 1, 2] as const).map((g): [string, (s: Subjects) => unknown[]] => [
      `SELECT count(*) FROM (SELECT 1 FROM "Referral" r JOIN "Programme" p ON p.id = r."programmeId" JOIN "SickLeaveCase" c ON c.id = r."caseId"
         WHERE r."organisationId" = $1 AND p."departmentId" = $2 AND c."voidedAt" IS NULL AND r."inboxGroup" = ${g}
         ORDER BY r."submittedAt" ${g === 2 ? "DESC" : "ASC"}, r.id ${g === 2 ? "DESC" : "ASC"} LIMIT 1001) x`,
      (s) => [s.organisationId, s.therapistDepartmentId],
    ]),
    ...([0, 1] as const).map((g): [string, (s: Subjects) => unknown[]] => [
      `SELECT r.id, r."citizenId", r.status, r."submittedAt", r."assignedTherapistId", r."overrideJustification", p.id, p.name, ci."firstName", ci."lastName", c.status
         FROM "Referral" r JOIN "Programme" p ON p.id = r."programmeId" JOIN "Citizen" ci ON ci.id = r."citizenId" JOIN "SickLeaveCase" c ON c.id = r."caseId"
         WHERE r."organisationId" = $1 AND p."departmentId" = $2 AND c."voidedAt" IS NULL AND r."inboxGroup" = ${g}
         ORDER BY r."submittedAt", r.id LIMIT 50`,
      (s) => [s.organisationId, s.therapistDepartmentId],
    ]),
  ),
  rehabPlan: all(
    [
      `SELECT p.*, ci."firstName", ci."lastName" FROM "RehabPlan" p JOIN "Citizen" ci ON ci.id = p."citizenId" WHERE p.id = $1`,
      (s) => [s.planId],
    ],
    [`SELECT * FROM "RehabGoal" WHERE "planId" = $1 AND "voidedAt" IS NULL ORDER BY position`, (s) => [s.planId]],
    [`SELECT * FROM "HomeExercise" WHERE "planId" = $1 AND "removedAt" IS NULL ORDER BY position`, (s) => [s.planId]],
    [`SELECT * FROM "ProgressNote" WHERE "planId" = $1 ORDER BY "writtenOn" DESC`, (s) => [s.planId]],
    [`SELECT * FROM "AdherenceEntry" WHERE "planId" = $1 ORDER BY date DESC LIMIT 60`, (s) => [s.planId]],
  ),
};

/**
 * Searches the citizen register as the browser does without JavaScript: GET /citizens for the
 * form's server-action field, POST the text, follow nothing. Returns the results page's path
 * (with the search id) and the cookie header including the private search cookie.
 * @throws Error when the form or the redirect is missing.
 */
export async function postCitizenSearch(baseUrl: string, cookie: string, q: string): Promise<{ path: string; cookie: string }> {
  const html = await (await fetch(`${baseUrl}/citizens`, { headers: { cookie } })).text();
  const field = /<form role="search"[^>]*>\s*<input type="hidden" name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  if (!field) throw new Error("no search form (server action field) on /citizens");
  const body = new FormData();
  body.set(field, "");
  body.set("q", q);
  const res = await fetch(`${baseUrl}/citizens`, { method: "POST", body, redirect: "manual", headers: { cookie, origin: baseUrl } });
  const location = res.headers.get("location");
  const search = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("samspil-search="));
  if (!location || !search) throw new Error(`citizen search POST gave HTTP ${res.status} without a redirect and search cookie`);
  return { path: new URL(location, baseUrl).pathname + new URL(location, baseUrl).search, cookie: `${cookie}; ${search}` };
}

/**
 * Bytes of a page's HTML and the gzipped size of every `<script src>` chunk a browser loads (KB).
 * A `noModule` script (Next's polyfills for browsers without ES modules, ~38 KB gzipped) is skipped
 * by every browser that runs modules, so it is not counted.
 */
export async function pageWeight(baseUrl: string, cookie: string, path: string): Promise<{ htmlKb: number; jsGzKb: number }> {
  const html = await (await fetch(baseUrl + path, { headers: { cookie } })).text();
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/\bnomodule\b/i.test(m[1]! + m[3]!));
  const srcs = [...new Set(tags.map((m) => m[2]!))];
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, "&"), baseUrl))).arrayBuffer());
    gz += gzipSync(body).length;
  }
  return { htmlKb: Buffer.byteLength(html) / 1024, jsGzKb: gz / 1024 };
}
