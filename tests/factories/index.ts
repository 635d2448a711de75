// Factories for the jobcenter case-work tests: everything in ./core (organisation with both
// departments and one actor per role, citizens with encrypted CPR, cases) plus a second jobcenter
// department, extra caseworkers, form-shaped inputs and a fingerprint of every table (to prove
// that nothing was written).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { addDays, isoDay, todayInDenmark } from "@/lib/time";
import type { OrgFixture } from "./core";

export * from "./core";

/** An extra caseworker in the fixture's jobcenter (or in `departmentId`). */
export async function createCaseworker(
  db: Db,
  f: OrgFixture,
  over: { departmentId?: string; name?: string; active?: boolean } = {},
): Promise<Actor> {
  const departmentId = over.departmentId ?? f.jobcenter.id;
  const u = await db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId,
      email: `cw-${randomUUID()}@test.dk`,
      name: over.name ?? "Ekstra Sagsbehandler",
      role: "CASEWORKER",
      active: over.active ?? true,
    },
  });
  return {
    userId: u.id,
    organisationId: f.org.id,
    role: "CASEWORKER",
    departmentId,
    departmentKind: "JOBCENTER",
    name: u.name,
    sessionId: "test",
  };
}

/** A second jobcenter department in the same organisation, with its own caseworker. */
export async function createOtherJobcenter(db: Db, f: OrgFixture) {
  const dept = await db.department.create({ data: { organisationId: f.org.id, kind: "JOBCENTER", name: "Andet Jobcenter" } });
  const caseworker = await createCaseworker(db, f, { departmentId: dept.id, name: "Anden Sagsbehandler" });
  return { department: dept, caseworker };
}

/**
 * The day `n` days before today in Denmark (real clock), as UTC midnight. Danish, like the server's
 * today: between 00:00 and 01:00 Danish time the UTC date is still yesterday's (lib/time).
 */
export function daysAgo(n: number, from = new Date()): Date {
  return addDays(todayInDenmark(from), -n);
}

/** "YYYY-MM-DD" of `d`, as a date field in a form. */
export const dayField = (d: Date) => isoDay(d);

/** A valid citizen form (strings, as FormData gives them). */
export function citizenForm(cpr: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    cpr,
    firstName: "Hanne",
    lastName: "Jensen",
    phone: "+45 20 30 40 50",
    email: "hanne@example.dk",
    address: "Algade 1, 7400 Herning",
    employmentStatus: "EMPLOYEE",
    occupation: "Lagermedarbejder",
    industry: "Transport og logistik",
    employerName: "Havnens Lager A/S",
    employerContactName: "Per Holm",
    employerPhone: "+45 70 10 20 30",
    employerEmail: "per@havnen.dk",
    ...over,
  };
}

/**
 * A fingerprint of every table's full content: equal before and after means nothing was inserted,
 * updated or deleted anywhere. Access-log rows with outcome DENIED are left out: a refused look-up
 * of a record id is logged (ADR 0009) as a record of the attempt, not a write of the input.
 */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t${
        name === "AccessLog" ? ` WHERE t."outcome" <> 'DENIED'` : ""
      }`,
    );
    out[name] = `${rows[0]!.n}:${rows[0]!.h}`;
  }
  return out;
}
export * from "./unicode";
