// Issue 8 item 10: secrets are never public. Embedded installations generate random secrets on first
// start into the data folder (0700 / 0600) and reuse them; a server database needs them given;
// every environment variable is validated at once with a clear message.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, isCprKey, loadEnv } from "@/lib/env";
import { loadOrCreateSecret } from "@/lib/env-secrets";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "samspil-env-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe("generated secrets (embedded database)", () => {
  it("are random, stored in <data>/secrets with folder 0700 and files 0600, and reused", () => {
    const pgliteDir = path.join(tmp, "a", "pglite");
    const first = loadEnv({ PGLITE_DIR: pgliteDir });
    const dir = path.join(tmp, "a", "secrets");
    expect(first.secretsDir).toBe(dir);
    expect(mode(dir)).toBe(0o700);
    for (const f of ["cpr-encryption-key", "cpr-index-key", "auth-secret", "audit-hmac-key"]) expect(mode(path.join(dir, f))).toBe(0o600);
    expect(isCprKey(first.cprEncryptionKey)).toBe(true);
    const values = [first.cprEncryptionKey, first.cprIndexKey, first.authSecret, first.auditHmacKey];
    expect(new Set(values).size).toBe(4);

    const again = loadEnv({ PGLITE_DIR: pgliteDir });
    expect([again.cprEncryptionKey, again.cprIndexKey, again.authSecret, again.auditHmacKey]).toEqual(values);

    const other = loadEnv({ PGLITE_DIR: path.join(tmp, "b", "pglite") });
    expect(other.cprEncryptionKey).not.toBe(first.cprEncryptionKey);
    expect(other.authSecret).not.toBe(first.authSecret);
  });

  it("never falls back to the old public development keys", () => {
    const e = loadEnv({ PGLITE_DIR: path.join(tmp, "c", "pglite") });
    expect(e.cprEncryptionKey).not.toBe("c2Ftc3BpbC1kZXYtb25seS1jcHIta2V5LTMyYnl0ZXM=");
    expect(e.authSecret).not.toMatch(/dev-only/);
    expect(e.cprIndexKey).not.toMatch(/dev-only/);
    expect(e.auditHmacKey).not.toMatch(/dev-only/);
  });

  it("a secret given in the environment wins and is not written to the folder", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const e = loadEnv({ PGLITE_DIR: path.join(tmp, "d", "pglite"), CPR_ENCRYPTION_KEY: key });
    expect(e.cprEncryptionKey).toBe(key);
    expect(fs.existsSync(path.join(tmp, "d", "secrets", "cpr-encryption-key"))).toBe(false);
  });

  it("tightens a secrets folder and file that others can read", () => {
    const dir = path.join(tmp, "e");
    loadOrCreateSecret(dir, "NEXTAUTH_SECRET");
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, "auth-secret"), 0o644);
    loadOrCreateSecret(dir, "NEXTAUTH_SECRET");
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, "auth-secret"))).toBe(0o600);
  });
});

describe("validation of every variable, before migrations and seeding", () => {
  const base = { PGLITE_DIR: path.join(tmp, "v", "pglite") };
  const problems = (src: Record<string, string>) => {
    try {
      loadEnv({ ...base, ...src });
    } catch (e) {
      if (e instanceof EnvError) return e.problems;
      throw e;
    }
    return [];
  };

  it("lists every invalid variable by name", () => {
    const p = problems({ SESSION_IDLE_MINUTES: "abc", CPR_ENCRYPTION_KEY: "too-short", NEXTAUTH_URL: "samspil", TRUSTED_PROXY_HOPS: "-1" });
    expect(p.map((x) => x.split(":")[0]).sort()).toEqual([
      "CPR_ENCRYPTION_KEY",
      "NEXTAUTH_URL",
      "SESSION_IDLE_MINUTES",
      "TRUSTED_PROXY_HOPS",
    ]);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SAMSPIL_TODAY: "2026-02-30" }, "SAMSPIL_TODAY"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET"],
    [{ OIDC_ISSUER: "not a url" }, "OIDC_ISSUER"],
    [{ PORT: "99999" }, "PORT"],
    [{ SAMSPIL_DEMO_LOGIN: "yes" }, "SAMSPIL_DEMO_LOGIN"],
  ])("%j → a problem with %s", (src, name) => {
    expect(problems(src).map((x) => x.split(":")[0])).toEqual([name]);
  });

  it("a PostgreSQL server needs every secret in the environment", () => {
    const p = problems({ DATABASE_URL: "postgresql://u@h/db" });
    expect(p.map((x) => x.split(":")[0])).toEqual(["CPR_ENCRYPTION_KEY", "CPR_INDEX_KEY", "NEXTAUTH_SECRET", "AUDIT_HMAC_KEY"]);
  });

  it("blank values count as unset, valid values pass", () => {
    expect(problems({ SESSION_IDLE_MINUTES: "  ", TRUSTED_PROXY_HOPS: "2", NEXTAUTH_URL: "https://samspil.kommune.dk/" })).toEqual([]);
    expect(loadEnv({ ...base, NEXTAUTH_URL: "https://samspil.kommune.dk/" }).publicUrl).toBe("https://samspil.kommune.dk");
  });
});
