// The key figures in SQL (docs/key-figures.md has each rule in words). One query lists the
// "units" every figure counts — a case active at a month end, a closing, a held follow-up, a
// referral step, a rehab plan … — each with its month, the citizen it concerns and the filter
// values it belongs to:
//   jc    the case's jobcenter department (null when the unit has no case)
//   hcs   health-center departments (of the programmes a case took part in, of a referral's programme, of a plan)
//   diag  the case's diagnosis group (null when the unit has no case)
//   progs programmes (a case: those it started; a referral: its own; a plan: its referral's)
//   v     a measure for statistics (sick-leave weeks of a closing, waiting days of a start)
// Two wrappers use it: the refresh job groups the units into every filter combination
// (aggregateSql), and the "live" query computes one month and one filter combination directly
// (liveSql) — a test checks that both agree on generated data.
//
// Parameters: $1 organisation id, $2 the day figures are computed as of (date), $3 first month
// (aggregate) or the month (live); live also $4 department, $5 diagnosis group, $6 programme ('' = all).
// Only trusted constants are interpolated into the text; values are always parameters.
import { danishDaySql } from "@/lib/time";

const day = danishDaySql;
const AS_OF = "$2::date";
/** First day of the month of a date expression. */
const mstart = (d: string) => `date_trunc('month', (${d})::timestamp)::date`;
/** The last day of the month starting at a month expression, or the as-of day in the current month. */
const monthEnd = (m: string) => `LEAST((date_trunc('month', (${m})::timestamp) + interval '1 month' - interval '1 day')::date, ${AS_OF})`;
/** The month ends covered by a status interval [on_day, next_day). */
const monthEndsIn = (alias: string) => `CROSS JOIN LATERAL generate_series(
      date_trunc('month', ${alias}.on_day::timestamp),
      date_trunc('month', COALESCE(${alias}.next_day - 1, ${AS_OF})::timestamp),
      interval '1 month') AS gs
    WHERE (${alias}.next_day IS NULL OR ${alias}.next_day > ${alias}.on_day)
      AND ${monthEnd("gs")} >= ${alias}.on_day
      AND (${alias}.next_day IS NULL OR ${monthEnd("gs")} < ${alias}.next_day)`;

const CASE_DIMS = "c.citizen, c.jc, c.hcs, c.diag, c.progs";
const REF_DIMS = "r.citizen, r.jc, ARRAY[r.hc], r.diag, ARRAY[r.prog]";
const PLAN_DIMS = "p.citizen, p.jc, ARRAY[p.hc], p.diag, CASE WHEN p.prog IS NULL THEN '{}'::text[] ELSE ARRAY[p.prog] END";
const MOVED_OR_DECEASED = `(s.status = 'CLOSED' AND COALESCE(s.reason, '') IN ('MOVED', 'DECEASED'))`;
const BACK_TO_WORK = `(s.status = 'CLOSED' AND s.reason = 'FULL_RETURN_TO_WORK')`;

const reasonUnits = (step: "rejected" | "returned" | "dropped") => `
  UNION ALL SELECT 'referrals.${step}', ${mstart(`s.${step}_on`)}, ${REF_DIMS}, NULL
    FROM refs r JOIN ref_steps s ON s.ref_id = r.id WHERE s.${step}_on IS NOT NULL
  UNION ALL SELECT 'referrals.${step}.' || COALESCE(s.${step}_code, 'UNSPECIFIED'), ${mstart(`s.${step}_on`)}, ${REF_DIMS}, NULL
    FROM refs r JOIN ref_steps s ON s.ref_id = r.id WHERE s.${step}_on IS NOT NULL`;

/** `WITH … units AS (…)`: every unit of every figure, as described in the header. */
export const UNITS_CTE = `
WITH
cases AS MATERIALIZED (
  SELECT c.id, c."citizenId" AS citizen, c."departmentId" AS jc, c."diagnosisGroup"::text AS diag,
         c."firstAbsenceDay" AS first_day, c.status::text AS status, c."nextDeadlineOn" AS next_due
  FROM "SickLeaveCase" c JOIN "Citizen" z ON z.id = c."citizenId"
  WHERE c."organisationId" = $1 AND c."voidedAt" IS NULL AND z."voidedAt" IS NULL AND c."firstAbsenceDay" <= ${AS_OF}
),
refs AS MATERIALIZED (
  SELECT r.id, r."caseId" AS case_id, r."citizenId" AS citizen, r."programmeId" AS prog, p."departmentId" AS hc,
         c.jc, c.diag, ${day('r."submittedAt"')} AS submitted_on
  FROM "Referral" r JOIN cases c ON c.id = r."caseId" JOIN "Programme" p ON p.id = r."programmeId"
),
ref_events AS MATERIALIZED (
  SELECT e."referralId" AS ref_id, e."toStatus"::text AS to_status, ${day("e.at")} AS on_day, e.at, e.id, e."reasonCode"::text AS code
  FROM "ReferralEvent" e JOIN refs r ON r.id = e."referralId"
  WHERE ${day("e.at")} <= ${AS_OF}
),
ref_steps AS MATERIALIZED (
  SELECT ref_id,
    min(on_day) FILTER (WHERE to_status IN ('ACCEPTED', 'WAITLISTED')) AS accepted_on,
    min(on_day) FILTER (WHERE to_status = 'STARTED') AS started_on,
    min(on_day) FILTER (WHERE to_status = 'COMPLETED') AS completed_on,
    min(on_day) FILTER (WHERE to_status = 'REJECTED') AS rejected_on,
    min(on_day) FILTER (WHERE to_status = 'RETURNED') AS returned_on,
    min(on_day) FILTER (WHERE to_status = 'DROPPED') AS dropped_on,
    (array_agg(code ORDER BY at, id) FILTER (WHERE to_status = 'REJECTED'))[1] AS rejected_code,
    (array_agg(code ORDER BY at, id) FILTER (WHERE to_status = 'RETURNED'))[1] AS returned_code,
    (array_agg(code ORDER BY at, id) FILTER (WHERE to_status = 'DROPPED'))[1] AS dropped_code
  FROM ref_events GROUP BY ref_id
),
ref_timeline AS (
  SELECT ref_id, to_status, on_day, LEAD(on_day) OVER (PARTITION BY ref_id ORDER BY at, id) AS next_day FROM ref_events
),
case_progs AS (
  SELECT r.case_id, array_agg(DISTINCT r.prog) AS progs, array_agg(DISTINCT r.hc) AS hcs
  FROM refs r JOIN ref_steps s ON s.ref_id = r.id WHERE s.started_on IS NOT NULL GROUP BY r.case_id
),
case_dims AS MATERIALIZED (
  SELECT c.*, COALESCE(cp.progs, '{}'::text[]) AS progs, COALESCE(cp.hcs, '{}'::text[]) AS hcs
  FROM cases c LEFT JOIN case_progs cp ON cp.case_id = c.id
),
status_events AS (
  SELECT id AS case_id, first_day AS on_day, 'ACTIVE'::text AS status, NULL::text AS reason, 0 AS ord, NULL::timestamp AS created, ''::text AS eid
  FROM cases
  UNION ALL
  SELECT s."caseId", GREATEST(s."effectiveOn", c.first_day), s.status::text, s."closingReason"::text, 1, s."createdAt", s.id
  FROM "CaseStatusChange" s JOIN cases c ON c.id = s."caseId" WHERE s."effectiveOn" <= ${AS_OF}
),
timeline AS MATERIALIZED (
  SELECT case_id, on_day, status, reason, LAG(status) OVER w AS prev, LEAD(on_day) OVER w AS next_day
  FROM status_events WINDOW w AS (PARTITION BY case_id ORDER BY on_day, ord, created, eid)
),
plans AS MATERIALIZED (
  SELECT pl.id, pl."citizenId" AS citizen, pl."departmentId" AS hc, pl."startOn" AS start_on, pl."endOn" AS end_on,
         r.prog, COALESCE(r.case_id, lc.id) AS case_id, COALESCE(r.jc, lc.jc) AS jc, COALESCE(r.diag, lc.diag) AS diag
  FROM "RehabPlan" pl
  JOIN "Citizen" z ON z.id = pl."citizenId" AND z."voidedAt" IS NULL
  LEFT JOIN refs r ON r.id = pl."referralId"
  -- A plan without a referral belongs to the citizen's latest case begun on or before its start.
  LEFT JOIN LATERAL (
    SELECT c.id, c."departmentId" AS jc, c."diagnosisGroup"::text AS diag FROM "SickLeaveCase" c
    WHERE pl."referralId" IS NULL AND c."citizenId" = pl."citizenId" AND c."organisationId" = $1 AND c."voidedAt" IS NULL
      AND c."firstAbsenceDay" <= pl."startOn"
    ORDER BY c."firstAbsenceDay" DESC LIMIT 1
  ) lc ON true
  WHERE pl."organisationId" = $1 AND pl."voidedAt" IS NULL AND pl."startOn" <= ${AS_OF}
),
status_at AS (
  SELECT p.id AS plan_id, 'offBenefit' AS kind, ${mstart("o.check_on")} AS month, t.status, t.reason
  FROM plans p
  CROSS JOIN LATERAL (SELECT (p.start_on + interval '3 months')::date AS check_on) o
  JOIN timeline t ON t.case_id = p.case_id AND t.on_day <= o.check_on AND (t.next_day IS NULL OR t.next_day > o.check_on)
  WHERE p.case_id IS NOT NULL AND o.check_on <= ${AS_OF}
  UNION ALL
  SELECT p.id, 'recovered', ${mstart("p.end_on")}, t.status, t.reason
  FROM plans p
  JOIN timeline t ON t.case_id = p.case_id AND t.on_day <= p.end_on AND (t.next_day IS NULL OR t.next_day > p.end_on)
  WHERE p.case_id IS NOT NULL AND p.end_on IS NOT NULL AND p.end_on <= ${AS_OF}
),
notes AS (
  SELECT n."planId" AS plan_id, n."selfRatedHealth" AS srh,
    row_number() OVER (PARTITION BY n."planId" ORDER BY n."writtenOn", n."createdAt", n.id) AS first_rank,
    row_number() OVER (PARTITION BY n."planId" ORDER BY n."writtenOn" DESC, n."createdAt" DESC, n.id DESC) AS last_rank
  FROM "ProgressNote" n JOIN plans p ON p.id = n."planId"
  WHERE n."voidedAt" IS NULL AND p.end_on IS NOT NULL AND p.end_on <= ${AS_OF}
),
note_change AS (
  SELECT plan_id, count(*) AS n, max(srh) FILTER (WHERE first_rank = 1) AS first_srh, max(srh) FILTER (WHERE last_rank = 1) AS last_srh
  FROM notes GROUP BY plan_id
),
fus AS (
  SELECT f."caseId" AS case_id, ${day('f."heldAt"')} AS held_on, f."dueOn" AS due_on
  FROM "FollowUp" f JOIN cases c ON c.id = f."caseId"
  WHERE f.status = 'HELD' AND f."voidedAt" IS NULL AND f."heldAt" IS NOT NULL AND f."dueOn" IS NOT NULL AND ${day('f."heldAt"')} <= ${AS_OF}
),
units (fig, month, citizen, jc, hcs, diag, progs, v) AS (
  SELECT 'active', gs::date, ${CASE_DIMS}, NULL::float8
    FROM timeline t JOIN case_dims c ON c.id = t.case_id ${monthEndsIn("t")} AND t.status <> 'CLOSED'
  UNION ALL SELECT 'inflow', ${mstart("t.on_day")}, ${CASE_DIMS}, NULL
    FROM timeline t JOIN case_dims c ON c.id = t.case_id WHERE t.status <> 'CLOSED' AND (t.prev IS NULL OR t.prev = 'CLOSED')
  UNION ALL SELECT 'outflow', ${mstart("t.on_day")}, ${CASE_DIMS}, (t.on_day - c.first_day) / 7.0
    FROM timeline t JOIN case_dims c ON c.id = t.case_id WHERE t.status = 'CLOSED' AND t.prev <> 'CLOSED'
  UNION ALL SELECT 'partialReturns', ${mstart("t.on_day")}, ${CASE_DIMS}, NULL
    FROM timeline t JOIN case_dims c ON c.id = t.case_id WHERE t.status = 'PARTIAL_RETURN' AND t.prev IS NOT NULL AND t.prev <> 'PARTIAL_RETURN'
  UNION ALL SELECT 'followUps.held', ${mstart("f.held_on")}, ${CASE_DIMS}, NULL FROM fus f JOIN case_dims c ON c.id = f.case_id
  UNION ALL SELECT 'followUps.onTime', ${mstart("f.held_on")}, ${CASE_DIMS}, NULL
    FROM fus f JOIN case_dims c ON c.id = f.case_id WHERE f.held_on <= f.due_on
  UNION ALL SELECT 'followUps.late', ${mstart("f.held_on")}, ${CASE_DIMS}, NULL
    FROM fus f JOIN case_dims c ON c.id = f.case_id WHERE f.held_on > f.due_on
  UNION ALL SELECT 'overdueNow', ${mstart(AS_OF)}, ${CASE_DIMS}, NULL
    FROM case_dims c WHERE c.status <> 'CLOSED' AND c.next_due < ${AS_OF}
  UNION ALL SELECT 'referrals.submitted', ${mstart("r.submitted_on")}, ${REF_DIMS}, NULL FROM refs r WHERE r.submitted_on <= ${AS_OF}
  UNION ALL SELECT 'referrals.accepted', ${mstart("s.accepted_on")}, ${REF_DIMS}, NULL
    FROM refs r JOIN ref_steps s ON s.ref_id = r.id WHERE s.accepted_on IS NOT NULL
  UNION ALL SELECT 'referrals.started', ${mstart("s.started_on")}, ${REF_DIMS}, (s.started_on - r.submitted_on)::float8
    FROM refs r JOIN ref_steps s ON s.ref_id = r.id WHERE s.started_on IS NOT NULL
  UNION ALL SELECT 'referrals.completed', ${mstart("s.completed_on")}, ${REF_DIMS}, NULL
    FROM refs r JOIN ref_steps s ON s.ref_id = r.id WHERE s.completed_on IS NOT NULL
  ${reasonUnits("rejected")}
  ${reasonUnits("returned")}
  ${reasonUnits("dropped")}
  UNION ALL SELECT CASE WHEN t.to_status = 'STARTED' THEN 'capacity.inUse' ELSE 'waitlist' END, gs::date, ${REF_DIMS}, NULL
    FROM ref_timeline t JOIN refs r ON r.id = t.ref_id ${monthEndsIn("t")} AND t.to_status IN ('STARTED', 'WAITLISTED')
  UNION ALL SELECT 'plans.new', ${mstart("p.start_on")}, ${PLAN_DIMS}, NULL FROM plans p
  UNION ALL SELECT 'goals.achieved', ${mstart('g."achievedOn"')}, ${PLAN_DIMS}, NULL
    FROM "RehabGoal" g JOIN plans p ON p.id = g."planId"
    WHERE g."voidedAt" IS NULL AND g."achievedOn" IS NOT NULL AND g."achievedOn" <= ${AS_OF}
  UNION ALL SELECT s.kind || '.den', s.month, ${PLAN_DIMS}, NULL
    FROM status_at s JOIN plans p ON p.id = s.plan_id WHERE NOT ${MOVED_OR_DECEASED}
  UNION ALL SELECT s.kind || '.num', s.month, ${PLAN_DIMS}, NULL
    FROM status_at s JOIN plans p ON p.id = s.plan_id
    WHERE NOT ${MOVED_OR_DECEASED} AND (${BACK_TO_WORK} OR (s.kind = 'recovered' AND s.status = 'PARTIAL_RETURN'))
  UNION ALL SELECT s.kind || '.comp', s.month, ${PLAN_DIMS}, NULL
    FROM status_at s JOIN plans p ON p.id = s.plan_id
    WHERE NOT ${MOVED_OR_DECEASED} AND NOT (${BACK_TO_WORK} OR (s.kind = 'recovered' AND s.status = 'PARTIAL_RETURN'))
  UNION ALL SELECT CASE WHEN n.last_srh > n.first_srh THEN 'health.num' ELSE 'health.comp' END, ${mstart("p.end_on")}, ${PLAN_DIMS}, NULL
    FROM note_change n JOIN plans p ON p.id = n.plan_id WHERE n.n >= 2
  UNION ALL SELECT 'health.den', ${mstart("p.end_on")}, ${PLAN_DIMS}, NULL
    FROM note_change n JOIN plans p ON p.id = n.plan_id WHERE n.n >= 2
)`;

const STATS = `
  percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FILTER (WHERE v IS NOT NULL) AS p50,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY v) FILTER (WHERE v IS NOT NULL) AS p90`;

/** A unit's filter combinations: all/its department(s) × all/its group × all/its programme(s). */
const EXPAND = `
  CROSS JOIN LATERAL (SELECT ''::text AS dept UNION ALL SELECT u.jc WHERE u.jc IS NOT NULL UNION ALL SELECT unnest(u.hcs)) d
  CROSS JOIN LATERAL (SELECT ''::text AS grp UNION ALL SELECT u.diag WHERE u.diag IS NOT NULL) g
  CROSS JOIN LATERAL (SELECT ''::text AS prog UNION ALL SELECT unnest(u.progs)) p
  WHERE u.month >= $3::date`;

/**
 * Every unit counted into every filter combination it belongs to ("" = all), per month and figure.
 * Counts in two hashed steps (units per citizen, then per cell) instead of count(DISTINCT), which
 * would sort tens of millions of rows at the size of a large municipality; the statistics only
 * need the few units that carry a measure.
 */
export const AGGREGATE_SQL = `${UNITS_CTE},
per_citizen AS (
  SELECT u.fig, u.month, d.dept, g.grp, p.prog, u.citizen, count(*) AS n
  FROM units u ${EXPAND}
  GROUP BY 1, 2, 3, 4, 5, 6
),
counts AS (
  SELECT fig, month, dept, grp, prog, sum(n)::int AS n, count(*)::int AS persons FROM per_citizen GROUP BY 1, 2, 3, 4, 5
),
stats AS (
  SELECT u.fig, u.month, d.dept, g.grp, p.prog, ${STATS}
  FROM units u ${EXPAND} AND u.v IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5
)
SELECT c.fig, to_char(c.month, 'YYYY-MM') AS month, c.dept, c.grp, c.prog, c.n, c.persons, s.p50, s.p90
FROM counts c LEFT JOIN stats s ON s.fig = c.fig AND s.month = c.month AND s.dept = c.dept AND s.grp = c.grp AND s.prog = c.prog`;

/** One month and one filter combination, straight from the units (the check of the refresh). */
export const LIVE_SQL = `${UNITS_CTE}
SELECT fig, count(*)::int AS n, count(DISTINCT citizen)::int AS persons, ${STATS}
FROM units u
WHERE u.month = $3::date
  AND ($4::text = '' OR u.jc = $4::text OR $4::text = ANY(u.hcs))
  AND ($5::text = '' OR u.diag = $5::text)
  AND ($6::text = '' OR $6::text = ANY(u.progs))
GROUP BY fig`;

export type AggregateRow = {
  fig: string;
  month: string;
  dept: string;
  grp: string;
  prog: string;
  n: number;
  persons: number;
  p50: number | null;
  p90: number | null;
};
export type LiveRow = Omit<AggregateRow, "month" | "dept" | "grp" | "prog">;
