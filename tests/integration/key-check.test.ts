// Issue 8 item 10: at start the configured keys must be the ones the database was written with.
// The first start stores key check values; a start with another CPR key, CPR index key or audit key
// is refused with a clear message (today a wrong CPR key gave HTTP 500 on every page). A database
// from before the check is checked against its data. The last test runs npm start's real step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCitizen, createOrg } from "../factories";
import { checkKeys, KeyCheckError, type CheckedKeys } from "@/lib/crypto/key-check";
import { env } from "@/lib/env";

beforeAll(setupTestDb);
afterAll(teardownTestDb);

const configured: CheckedKeys = { cprEncryptionKey: env.cprEncryptionKey, cprIndexKey: env.cprIndexKey, auditHmacKey: env.auditHmacKey };
const otherCprKey = randomBytes(32).toString("base64");
const problemsOf = async (keys: CheckedKeys) => {
  try {
    await checkKeys(testDb().db, keys);
    return [];
  } catch (e) {
    if (e instanceof KeyCheckError) return e.problems;
    throw e;
  }
};

describe("key check values", () => {
  it("the first start stores them; the same keys pass; any other key is refused by name", async () => {
    const { db } = testDb();
    expect((await checkKeys(db, configured)).stored.sort()).toEqual(["audit-hmac", "cpr-encryption", "cpr-index"]);
    expect(await checkKeys(db, configured)).toEqual({ stored: [] });
    expect(await problemsOf({ ...configured, cprEncryptionKey: otherCprKey })).toEqual([
      "CPR_ENCRYPTION_KEY cannot decrypt the stored CPR numbers.",
    ]);
    expect((await problemsOf({ ...configured, cprIndexKey: "another-index-key-0123456789" }))[0]).toMatch(/^CPR_INDEX_KEY/);
    expect((await problemsOf({ ...configured, auditHmacKey: "another-audit-key-0123456789" }))[0]).toMatch(/^AUDIT_HMAC_KEY/);
    const all = await problemsOf({ cprEncryptionKey: otherCprKey, cprIndexKey: "x".repeat(20), auditHmacKey: "y".repeat(20) });
    expect(all).toHaveLength(3);
  });

  it("a database written before the check existed is checked against a citizen's CPR number", async () => {
    const { db } = testDb();
    await db.keyCheck.deleteMany();
    const f = await createOrg(db, "Nøgleby Kommune");
    await createCitizen(db, f.org.id);
    expect(await problemsOf({ ...configured, cprEncryptionKey: otherCprKey })).toEqual([
      "CPR_ENCRYPTION_KEY cannot decrypt the stored CPR numbers.",
    ]);
    expect((await problemsOf({ ...configured, cprIndexKey: "another-index-key-0123456789" }))[0]).toMatch(/^CPR_INDEX_KEY/);
    expect(await db.keyCheck.count()).toBe(0); // nothing stored while refusing
    expect((await checkKeys(db, configured)).stored.sort()).toEqual(["audit-hmac", "cpr-encryption", "cpr-index"]);
  });
});

describe("npm start's key check step (scripts/check-keys.ts)", () => {
  const ROOT = fileURLToPath(new URL("../..", import.meta.url));
  const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "samspil-keys-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const run = (script: string, extra: Record<string, string>) =>
    spawnSync(TSX, ["--conditions=react-server", path.join(ROOT, "scripts", script), ...(script === "migrate.ts" ? ["deploy"] : [])], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(tmp, "pglite"), ...extra },
      encoding: "utf8",
      timeout: 240_000,
    });

  it("stores on the first start, passes with the generated keys, refuses another CPR key with a clear message", () => {
    expect(run("migrate.ts", {}).status).toBe(0);
    const first = run("check-keys.ts", {});
    expect(first.stdout).toContain("Key check values stored");
    expect(first.status).toBe(0);
    // The generated secrets live next to the database and are reused.
    expect(fs.existsSync(path.join(tmp, "secrets", "cpr-encryption-key"))).toBe(true);
    const second = run("check-keys.ts", {});
    expect(second.stdout).toContain("Keys match the database");
    const wrong = run("check-keys.ts", { CPR_ENCRYPTION_KEY: otherCprKey });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("Samspil refuses to start");
    expect(wrong.stderr).toContain("CPR_ENCRYPTION_KEY cannot decrypt");
  }, 600_000);
});
