// The access log is append-only (database trigger) and hash-chained per organisation; the
// verifier finds the first broken row, and concurrent appends still form one chain.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { logAccess } from "@/lib/audit/log";
import { verifyAccessLog } from "@/lib/audit/verify";
import { getCase } from "@/lib/domain/cases/get-case";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  a = await createOrg(db, "Audit A");
  b = await createOrg(db, "Audit B");
});
afterAll(teardownTestDb);

describe("access log", () => {
  it("chains rows per organisation and verifies intact", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    await getCase(a.actors.caseworker, c.id);
    await db.$transaction((tx) =>
      logAccess(tx, b.actors.caseworker, { action: "VIEW", recordType: "CaseList", details: { z: 1, a: [1, { y: "x", b: null }] } }),
    );
    await getCase(a.actors.caseworker, c.id);
    const rows = await db.accessLog.findMany({ where: { organisationId: a.org.id }, orderBy: { id: "asc" } });
    expect(rows.length).toBe(2);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, rows: 3 });
  });

  it("keeps one unbroken chain under concurrent appends", async () => {
    const { db } = testDb();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        db.$transaction((tx) => logAccess(tx, a.actors.caseworker, { action: "VIEW", recordType: "Concurrent", details: { i } })),
      ),
    );
    const r = await verifyAccessLog(db);
    expect(r.ok).toBe(true);
  });

  it("a list view logs one row per citizen shown, chained in order", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Audit C");
    const cases = [await createCase(db, f), await createCase(db, f), await createCase(db, f)];
    const rows = await getMyWorklist(f.actors.caseworker).then((w) => w.rows);
    expect(rows).toHaveLength(3);
    const logged = await db.accessLog.findMany({ where: { organisationId: f.org.id }, orderBy: { id: "asc" } });
    expect(logged.map((l) => l.citizenId).sort()).toEqual(cases.map((c) => c.citizenId).sort());
    expect(logged.every((l) => l.action === "VIEW" && l.recordType === "SickLeaveCase")).toBe(true);
    expect(await verifyAccessLog(db, { organisationId: f.org.id })).toMatchObject({ ok: true, rows: 3 });
  });

  it("refuses UPDATE and DELETE of log rows", async () => {
    const { db } = testDb();
    await expect(db.$executeRawUnsafe(`UPDATE "AccessLog" SET "recordType" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AccessLog"`)).rejects.toThrow(/append-only/);
  });

  it("reports the first tampered row (content changed by someone who bypassed the trigger)", async () => {
    const { db, exec } = testDb();
    const target = await db.accessLog.findFirstOrThrow({ where: { organisationId: a.org.id }, orderBy: { id: "asc" }, skip: 1 });
    await exec(
      `ALTER TABLE "AccessLog" DISABLE TRIGGER access_log_no_update_delete; UPDATE "AccessLog" SET "actorId" = 'someone-else' WHERE id = ${target.id}; ALTER TABLE "AccessLog" ENABLE TRIGGER access_log_no_update_delete;`,
    );
    expect(await verifyAccessLog(db)).toMatchObject({ ok: false, brokenId: target.id, problem: "hash", organisationId: a.org.id });
    expect(await verifyAccessLog(db, { organisationId: b.org.id })).toMatchObject({ ok: true });
  });

  it("reports a removed row as a broken link", async () => {
    const { db, exec } = testDb();
    const rows = await db.accessLog.findMany({ where: { organisationId: b.org.id }, orderBy: { id: "asc" } });
    await db.$transaction((tx) => logAccess(tx, b.actors.caseworker, { action: "VIEW", recordType: "X" }));
    await db.$transaction((tx) => logAccess(tx, b.actors.caseworker, { action: "VIEW", recordType: "Y" }));
    const all = await db.accessLog.findMany({ where: { organisationId: b.org.id }, orderBy: { id: "asc" } });
    const removed = all[rows.length]!;
    await exec(
      `ALTER TABLE "AccessLog" DISABLE TRIGGER access_log_no_update_delete; DELETE FROM "AccessLog" WHERE id = ${removed.id}; ALTER TABLE "AccessLog" ENABLE TRIGGER access_log_no_update_delete;`,
    );
    const next = all[rows.length + 1]!;
    expect(await verifyAccessLog(db, { organisationId: b.org.id })).toMatchObject({ ok: false, brokenId: next.id, problem: "prevHash" });
  });

  it("stores CPR numbers only encrypted", async () => {
    const { db } = testDb();
    const raw = await db.$queryRawUnsafe<{ cprEncrypted: string; cprIndex: string }[]>(`SELECT "cprEncrypted", "cprIndex" FROM "Citizen"`);
    expect(raw.length).toBeGreaterThan(0);
    for (const r of raw) {
      expect(r.cprEncrypted).not.toMatch(/^\d{10}$/);
      expect(r.cprEncrypted.split(".")).toHaveLength(3);
      expect(r.cprIndex).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
