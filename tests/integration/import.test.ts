// `npm run import`: a dataset file goes into an empty database completely or not at all. A refused
// file names each record and field at fault and writes nothing; a good one derives what the app
// derives (current status, closing day, referral steps, encrypted CPR).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { databaseFingerprint } from "../factories/index";
import { importFile } from "@/lib/import/import-file";
import { decryptCpr } from "@/lib/crypto/cpr";

const FIXTURE = path.resolve(__dirname, "../fixtures/kpi-hand.json");
const AS_OF = new Date("2025-06-15T00:00:00Z");
const opts = { today: AS_OF, now: new Date("2025-06-15T12:00:00Z"), refreshFigures: false };
let dir: string;

function fileWith(mutate: (d: Record<string, any>) => void, name = "data.json"): string {
  const d = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
  mutate(d);
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(d));
  return file;
}

beforeAll(async () => {
  await setupTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samspil-import-"));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await teardownTestDb();
});

describe("import: refused files write nothing", () => {
  it("names the record and field of every fault", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    const file = fileWith((d) => {
      d.citizens[0].cases[0].statusEvents[1].closingReason = null; // CLOSED without a reason
      d.citizens[1].cases[0].caseworker = "nobody"; // unknown staff
      d.citizens[2].cases[0].referrals[0].events[2].status = "COMPLETED"; // WAITLISTED → COMPLETED is illegal
      d.citizens[3].cpr = "3102801234"; // 31 February
      d.citizens[4].key = "b1"; // duplicate key
      d.citizens[5].rehabPlans[0].endOn = "2025-01-01"; // before its start
      d.citizens[5].cases[1].firstAbsenceDay = "2030-01-01"; // in the future
    });
    const r = await importFile(db, file, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}: ${i.message}`).sort()).toEqual(
      [
        "citizens[0] (b1).cases[0].statusEvents[1].closingReason: importing.errors.closingReason",
        "citizens[1] (b2).cases[0].caseworker: importing.errors.unknownStaff",
        "citizens[2] (b3).cases[0].referrals[0].events[2].status: importing.errors.illegalTransition",
        "citizens[3] (b4).cpr: errors.cprDate",
        "citizens[4] (b1).key: importing.errors.duplicateKey",
        "citizens[5] (b6).rehabPlans[0].endOn: errors.dateBeforeStart",
        "citizens[5] (b6).cases[1].firstAbsenceDay: errors.dateInFuture",
      ].sort(),
    );
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("refuses malformed JSON, a wrong format and missing header sections", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, fs.readFileSync(FIXTURE, "utf8").slice(0, 2000));
    const r1 = await importFile(db, broken, opts);
    expect(!r1.ok && r1.issues[0]!.message).toBe("importing.errors.json");
    const r2 = await importFile(
      db,
      fileWith((d) => (d.format = "excel")),
      opts,
    );
    expect(!r2.ok && r2.issues.map((i) => i.path)).toContain("format");
    const r3 = await importFile(
      db,
      fileWith((d) => delete d.departments),
      opts,
    );
    expect(!r3.ok && r3.issues.map((i) => i.path)).toContain("departments");
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe("import: a good file", () => {
  it("loads everything into the empty database and derives the current state", async () => {
    const { db } = testDb();
    const r = await importFile(db, FIXTURE, opts);
    expect(r.ok && r.counts).toEqual({ citizens: 6, cases: 7, followUps: 5, referrals: 4, rehabPlans: 4 });
    const c1 = await db.sickLeaveCase.findFirstOrThrow({
      where: { citizen: { firstName: "Ane" } },
      include: { citizen: true, statusChanges: { orderBy: { createdAt: "asc" } } },
    });
    expect(decryptCpr(c1.citizen.cprEncrypted)).toBe("0101801234");
    expect([c1.status, c1.closedOn?.toISOString().slice(0, 10), c1.closingReason]).toEqual(["CLOSED", "2025-04-14", "FULL_RETURN_TO_WORK"]);
    expect(c1.statusChanges.map((s) => s.status)).toEqual(["ACTIVE", "PARTIAL_RETURN", "CLOSED"]);
    const r3 = await db.referral.findFirstOrThrow({ where: { citizen: { firstName: "Cecilie" } }, include: { events: true } });
    expect([r3.status, r3.waitlistedAt?.toISOString(), r3.startedAt?.toISOString(), r3.events.length]).toEqual([
      "STARTED",
      "2025-01-08T08:00:00.000Z",
      "2025-03-24T08:00:00.000Z",
      3,
    ]);
    const open = await db.sickLeaveCase.findFirstOrThrow({ where: { citizen: { firstName: "Dorte" } } });
    expect(open.nextDeadlineOn).not.toBeNull();
  });

  it("refuses a second import: the database is no longer empty", async () => {
    const r = await importFile(testDb().db, FIXTURE, opts);
    expect(!r.ok && r.issues[0]!.message).toBe("importing.errors.notEmpty");
  });
});
