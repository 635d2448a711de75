// logAccess writes its rows with ONE raw INSERT … SELECT FROM unnest(…) whatever their number (ADR 0027:
// Prisma compiled every createMany anew, ≈ 14 ms of CPU per 50-row list view). The rows must hold
// exactly what the Prisma create/createMany wrote: every column, nulls, enum values, JSON details and
// `at` as the instant of the call in UTC (the column has no time zone), on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { logAccess, type AccessEntry } from "@/lib/audit/log";

let a: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  a = await createOrg(testDb().db, "Log insert");
});
afterAll(teardownTestDb);

const fields = {
  organisationId: true,
  at: true,
  actorId: true,
  actorRole: true,
  actorDepartment: true,
  citizenId: true,
  recordType: true,
  recordId: true,
  action: true,
  outcome: true,
  crossDepartment: true,
  consentId: true,
  details: true,
} as const;

describe("logAccess: one raw statement for any number of rows", () => {
  it("writes every column as given, in order, with `at` = the instant of the call", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    const actor = a.actors.caseworker;
    const entries: AccessEntry[] = [
      {
        action: "VIEW",
        recordType: "SickLeaveCase",
        recordId: c.id,
        citizenId: c.citizenId,
        details: { list: "my-cases", view: "list", n: 1 },
      },
      { action: "EXPORT", recordType: "Citizen", recordId: c.citizenId, citizenId: c.citizenId, outcome: "DENIED" },
      {
        action: "UPDATE",
        recordType: "FollowUp",
        recordId: null,
        citizenId: null,
        crossDepartment: true,
        consentId: "consent-1",
        details: { nested: { a: [1, "æøå", null], b: true }, quote: 'it\'s "x"' },
      },
    ];
    const before = Date.now();
    await db.$transaction((tx) => logAccess(tx, actor, entries));
    const after = Date.now();
    await db.$transaction((tx) => logAccess(tx, a.actors.admin, { action: "VIEW", recordType: "Probe" }));
    await db.$transaction((tx) => logAccess(tx, actor, []));

    const rows = await db.accessLog.findMany({ where: { organisationId: a.org.id }, orderBy: { id: "asc" }, select: fields });
    expect(rows).toHaveLength(4);
    const common = { organisationId: a.org.id, actorId: actor.userId, actorRole: actor.role, actorDepartment: actor.departmentKind };
    expect(rows.slice(0, 3).map(({ at: _at, ...r }) => r)).toEqual([
      {
        ...common,
        citizenId: c.citizenId,
        recordType: "SickLeaveCase",
        recordId: c.id,
        action: "VIEW",
        outcome: "ALLOWED",
        crossDepartment: false,
        consentId: null,
        details: entries[0]!.details,
      },
      {
        ...common,
        citizenId: c.citizenId,
        recordType: "Citizen",
        recordId: c.citizenId,
        action: "EXPORT",
        outcome: "DENIED",
        crossDepartment: false,
        consentId: null,
        details: null,
      },
      {
        ...common,
        citizenId: null,
        recordType: "FollowUp",
        recordId: null,
        action: "UPDATE",
        outcome: "ALLOWED",
        crossDepartment: true,
        consentId: "consent-1",
        details: entries[2]!.details,
      },
    ]);
    for (const r of rows.slice(0, 3)) {
      expect(r.at.getTime()).toBeGreaterThanOrEqual(before);
      expect(r.at.getTime()).toBeLessThanOrEqual(after);
    }
    expect(rows[3]).toMatchObject({
      actorId: a.actors.admin.userId,
      actorRole: "ADMIN",
      actorDepartment: null,
      recordType: "Probe",
      details: null,
    });
  });
});
