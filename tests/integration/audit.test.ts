// The access log (ADR 0009): requests insert rows; the sealer chains them per organisation under a
// key from the environment; verify names the first broken row and detects a chain that ends before
// its last checkpoint. Each attack of issue 9 is tried here as someone with full database rights.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { sealSettled, untilSealable, verifySettled } from "./support/audit";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { logAccess } from "@/lib/audit/log";
import { GENESIS_HASH, sealHash } from "@/lib/audit/hash";
import { ROW_CONTENT } from "@/lib/audit/rows";
import { sealOrganisation } from "@/lib/audit/seal";
import { describeVerdict, verifyAccessLog, type OrganisationVerdict } from "@/lib/audit/verify";
import { getCase } from "@/lib/domain/cases/get-case";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { Prisma } from "@/lib/db/client";

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Audit A", "Audit B");
});
afterAll(teardownTestDb);

/** `n` access-log rows for the fixture's caseworker, one transaction each. */
async function append(f: OrgFixture, n: number, recordType = "Probe") {
  const { db } = testDb();
  for (let i = 0; i < n; i++)
    await db.$transaction((tx) => logAccess(tx, f.actors.caseworker, { action: "VIEW", recordType, details: { i } }));
}

/** The organisation's access-log rows in id order, the order the sealer chains them in. */
const logRows = (f: OrgFixture) => testDb().db.accessLog.findMany({ where: { organisationId: f.org.id }, orderBy: { id: "asc" } });

const verdict = async (f: OrgFixture): Promise<OrganisationVerdict> => (await verifySettled(testDb().db, f.org.id)).organisations[0]!;

/** Runs `sql` with the append-only triggers of the three audit tables switched off (as the table owner can). */
async function tamper(sql: string) {
  const tables = ['"AccessLog"', '"AccessLogSeal"', '"AccessLogCheckpoint"'];
  await testDb().exec(
    `${tables.map((t) => `ALTER TABLE ${t} DISABLE TRIGGER USER;`).join(" ")} ${sql}; ${tables.map((t) => `ALTER TABLE ${t} ENABLE TRIGGER USER;`).join(" ")}`,
  );
}

describe("access log: sealing and verifying", () => {
  it("requests only insert; the sealer chains each organisation's rows 1, 2, 3 … under the key", async () => {
    const { db } = testDb();
    const c = await createCase(db, a);
    await getCase(a.actors.caseworker, c.id);
    await append(b, 1);
    await getCase(a.actors.caseworker, c.id);
    const rows = await logRows(a);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.hash === null && r.xid > 0n)).toBe(true);
    expect(await db.accessLogSeal.count()).toBe(0);

    await untilSealable(db, a.org.id);
    expect(await sealOrganisation(db, a.org.id)).toMatchObject({ sealed: 2, skipped: false, remaining: false });
    const seals = await db.accessLogSeal.findMany({ where: { organisationId: a.org.id }, orderBy: { seq: "asc" } });
    expect(seals.map((s) => [s.seq, s.logId])).toEqual([
      [1n, rows[0]!.id],
      [2n, rows[1]!.id],
    ]);
    expect(seals[0]!.prevHash).toBe(GENESIS_HASH);
    expect(seals[1]!.prevHash).toBe(seals[0]!.hash);

    await sealSettled(db, b.org.id);
    const r = await verifyAccessLog(db);
    expect(r).toMatchObject({ ok: true, rows: 3, pending: 0 });
    // Verify records each organisation's head as a checkpoint.
    expect(await db.accessLogCheckpoint.findMany({ where: { organisationId: a.org.id }, select: { seq: true } })).toEqual([{ seq: 2n }]);
    expect(describeVerdict(r.organisations.find((o) => o.organisationId === a.org.id)!)).toMatch(/intact, 2 row\(s\)/);
  });

  it("a list view logs one row per citizen shown; they are chained in id order", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Audit C");
    const cases = [await createCase(db, f), await createCase(db, f), await createCase(db, f)];
    const rows = await getMyWorklist(f.actors.caseworker).then((w) => w.rows);
    expect(rows).toHaveLength(3);
    const logged = await logRows(f);
    expect(logged.map((l) => l.citizenId).sort()).toEqual(cases.map((c) => c.citizenId).sort());
    expect(logged.every((l) => l.action === "VIEW" && l.outcome === "ALLOWED" && l.recordType === "SickLeaveCase")).toBe(true);
    expect(await verifySettled(db, f.org.id)).toMatchObject({ ok: true, rows: 3 });
    const seals = await db.accessLogSeal.findMany({ where: { organisationId: f.org.id }, orderBy: { seq: "asc" } });
    expect(seals.map((s) => s.logId)).toEqual(logged.map((l) => l.id));
  });

  it("writes a checkpoint at least every N sealed rows", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Audit checkpoints");
    await append(f, 7);
    await untilSealable(db, f.org.id);
    await sealOrganisation(db, f.org.id, { checkpointEvery: 3, batch: 2 });
    const seqs = (await db.accessLogCheckpoint.findMany({ where: { organisationId: f.org.id }, orderBy: { seq: "asc" } })).map(
      (c) => c.seq,
    );
    // Batches of 2: heads 2, 4, 6, 7; a checkpoint once 3 or more seals passed since the last one.
    expect(seqs).toEqual([4n, 7n]);
  });

  it("a row's chained content covers every column: changing any one changes it", async () => {
    const { db } = testDb();
    const base: Record<string, string> = {
      id: "7::bigint",
      organisationId: "'o'",
      at: "'2026-03-29 01:30:00.123'::timestamp(3)",
      actorId: "'u'",
      actorRole: `'CASEWORKER'::"Role"`,
      actorDepartment: `'JOBCENTER'::"DepartmentKind"`,
      citizenId: "'c'",
      recordType: "'SickLeaveCase'",
      recordId: "'r'",
      action: `'VIEW'::"AccessAction"`,
      outcome: `'ALLOWED'::"AccessOutcome"`,
      crossDepartment: "false",
      consentId: "NULL::text",
      details: `'{"b": 1, "a": [2, {"d": 1, "c": 2}]}'::jsonb`,
    };
    const changed: Record<string, string> = {
      id: "8::bigint",
      organisationId: "'p'",
      at: "'2026-03-29 01:30:00.124'::timestamp(3)",
      actorId: "'v'",
      actorRole: `'THERAPIST'::"Role"`,
      actorDepartment: `NULL::"DepartmentKind"`,
      citizenId: "NULL::text",
      recordType: "'Citizen'",
      recordId: "NULL::text",
      action: `'UPDATE'::"AccessAction"`,
      outcome: `'DENIED'::"AccessOutcome"`,
      crossDepartment: "true",
      consentId: "'k'",
      details: `'{"b": 1, "a": [2, {"d": 1, "c": 3}]}'::jsonb`,
    };
    const content = async (row: Record<string, string>) => {
      const cols = Object.entries(row).map(([k, v]) => `${v} AS "${k}"`);
      const [r] = await db.$queryRaw<
        { content: string }[]
      >`SELECT ${ROW_CONTENT} AS "content" FROM (SELECT ${Prisma.raw(cols.join(", "))}) l`;
      return r!.content;
    };
    const original = await content(base);
    expect(original).toBe(
      '["7", "o", "2026-03-29T01:30:00.123Z", "u", "CASEWORKER", "JOBCENTER", "c", "SickLeaveCase", "r", "VIEW", "ALLOWED", false, null, {"a": [2, {"c": 2, "d": 1}], "b": 1}]',
    );
    for (const column of Object.keys(base)) expect(await content({ ...base, [column]: changed[column]! }), column).not.toBe(original);
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE of log, seal and checkpoint rows", async () => {
    const { db, exec } = testDb();
    for (const table of ["AccessLog", "AccessLogSeal", "AccessLogCheckpoint"]) {
      await expect(db.$executeRawUnsafe(`UPDATE "${table}" SET "organisationId" = 'x'`), table).rejects.toThrow(/append-only/);
      await expect(db.$executeRawUnsafe(`DELETE FROM "${table}"`), table).rejects.toThrow(/append-only/);
      await expect(exec(`TRUNCATE "${table}"`), table).rejects.toThrow(/append-only/);
    }
  });
});

describe("access log: attacks by someone with full database rights", () => {
  it("a row changed in place is named as the first broken row", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Attack rewrite");
    await append(f, 5);
    expect((await verifySettled(db, f.org.id)).ok).toBe(true);
    const target = (await logRows(f))[2]!;
    await tamper(`UPDATE "AccessLog" SET "actorId" = 'someone-else' WHERE id = ${target.id}`);
    const v = await verdict(f);
    expect(v.problem).toEqual({ kind: "broken", problem: "hash", seq: 3n, logId: target.id });
    expect(describeVerdict(v)).toContain(`BROKEN at access-log row id ${target.id}`);
    // Other organisations are unaffected.
    expect((await verdict(b)).problem).toBeUndefined();
  });

  it("trigger disabled, the last 50 rows and their seals deleted: the chain ends before its checkpoint", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Attack truncate");
    await append(f, 60);
    expect(await verifySettled(db, f.org.id)).toMatchObject({ ok: true, rows: 60 }); // checkpoint at 60
    const ids = (await logRows(f)).map((r) => r.id);
    const tail = ids.slice(10).join(",");
    await tamper(`DELETE FROM "AccessLogSeal" WHERE "logId" IN (${tail}); DELETE FROM "AccessLog" WHERE id IN (${tail})`);
    const v = await verdict(f);
    expect(v.problem).toMatchObject({ kind: "truncated", chainEndSeq: 10n, chainEndLogId: ids[9], checkpointSeq: 60n });
    expect(describeVerdict(v)).toMatch(/TRUNCATED: the chain ends at seq 10 .* recorded seq 60/);
  });

  it("rows deleted but their seals kept: the first missing row is named", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Attack delete rows");
    await append(f, 8);
    await sealSettled(db, f.org.id);
    const ids = (await logRows(f)).map((r) => r.id);
    await tamper(`DELETE FROM "AccessLog" WHERE id IN (${ids.slice(5).join(",")})`);
    expect((await verdict(f)).problem).toEqual({ kind: "broken", problem: "missingRow", seq: 6n, logId: ids[5] });
  });

  it("a row rewritten and the whole chain recomputed without the key (another key, or plain SHA-256) is detected at its start", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Attack recompute");
    await append(f, 6);
    await verifySettled(db, f.org.id);
    const target = (await logRows(f))[3]!;
    const attacks: [string, (prev: string, seq: bigint, content: string) => string][] = [
      ["a guessed key", (prev, seq, content) => sealHash("attacker-guess", prev, seq, content)],
      ["an empty key", (prev, seq, content) => sealHash("", prev, seq, content)],
      ["plain SHA-256 (v1)", (prev, seq, content) => createHash("sha256").update(`${prev}\n${seq}\n${content}`).digest("hex")],
    ];
    for (const [attack, hashOf] of attacks) {
      // Rewrite row 4, then rebuild every seal (and drop the checkpoints) as the real sealer would, without the key.
      await tamper(`UPDATE "AccessLog" SET "citizenId" = NULL, "recordType" = 'Nothing' WHERE id = ${target.id}`);
      const rows = await db.$queryRaw<
        { id: bigint; content: string }[]
      >`SELECT l."id", ${ROW_CONTENT} AS "content" FROM "AccessLog" l WHERE l."organisationId" = ${f.org.id} ORDER BY l."id"`;
      let prev = GENESIS_HASH;
      const values = rows.map((r, i) => {
        const hash = hashOf(prev, BigInt(i + 1), r.content);
        const v = Prisma.sql`(${r.id}, ${f.org.id}, ${BigInt(i + 1)}, ${prev}, ${hash}, 0)`;
        prev = hash;
        return v;
      });
      await tamper(
        `DELETE FROM "AccessLogSeal" WHERE "organisationId" = '${f.org.id}'; DELETE FROM "AccessLogCheckpoint" WHERE "organisationId" = '${f.org.id}'`,
      );
      await db.$executeRaw`INSERT INTO "AccessLogSeal" ("logId", "organisationId", "seq", "prevHash", "hash", "watermark") VALUES ${Prisma.join(values)}`;
      const v = await verdict(f);
      expect(v.problem, attack).toEqual({ kind: "broken", problem: "hash", seq: 1n, logId: rows[0]!.id });
    }
  });

  it("a checkpoint that does not match the chain is reported", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Attack checkpoint");
    await append(f, 3);
    await sealSettled(db, f.org.id);
    await db.$executeRaw`INSERT INTO "AccessLogCheckpoint" ("organisationId", "seq", "hash", "keyId") VALUES (${f.org.id}, 2, ${"f".repeat(64)}, 'someone')`;
    const v = await verdict(f);
    expect(v.problem).toMatchObject({ kind: "checkpoint", seq: 2n });
    expect(v.foreignKeyIds).toEqual(["someone"]);
  });

  it("a row inserted around the sealer (xid trigger disabled) is reported as outside the chain", async () => {
    const { db } = testDb();
    const f = await createOrg(db, "Attack insert");
    await append(f, 2);
    await sealSettled(db, f.org.id);
    await tamper(
      `INSERT INTO "AccessLog" ("organisationId", "actorId", "actorRole", "recordType", "action", "xid") VALUES ('${f.org.id}', 'ghost', 'CASEWORKER', 'Ghost', 'VIEW', 1)`,
    );
    const ghost = await db.accessLog.findFirstOrThrow({ where: { actorId: "ghost" } });
    expect((await verdict(f)).problem).toEqual({ kind: "unsealed", logId: ghost.id, count: 1 });
  });
});

describe("citizen data at rest", () => {
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
