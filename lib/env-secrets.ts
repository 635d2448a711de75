// Secrets of an embedded installation (issue 8 item 10, ADR 0019): generated at random on first
// start and kept in the data folder next to the database (folder 0700, files 0600), then reused.
// There is no public default key: a secret is either given in the environment or read from here.
// Only lib/env.ts calls this (the one reader of the configuration). The paths are runtime data, not
// build assets: `turbopackIgnore` keeps the build from tracing the whole project into the output.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The secrets Samspil needs, their file names and how a fresh one is made. */
export const GENERATED_SECRETS = {
  CPR_ENCRYPTION_KEY: { file: "cpr-encryption-key", make: () => randomBytes(32).toString("base64") },
  CPR_INDEX_KEY: { file: "cpr-index-key", make: () => randomBytes(32).toString("base64url") },
  NEXTAUTH_SECRET: { file: "auth-secret", make: () => randomBytes(32).toString("base64url") },
  AUDIT_HMAC_KEY: { file: "audit-hmac-key", make: () => randomBytes(32).toString("base64url") },
} as const;

export type SecretName = keyof typeof GENERATED_SECRETS;

/** Makes `dir` (and parents) exist with mode 0700; tightens an existing folder that others could read. */
function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
  if ((fs.statSync(/*turbopackIgnore: true*/ dir).mode & 0o077) !== 0) fs.chmodSync(/*turbopackIgnore: true*/ dir, 0o700);
}

/**
 * The secret `name` from `dir`, created (32 random bytes, mode 0600) when the file does not exist.
 * Several processes starting at once agree on one value: the file is created exclusively ("wx")
 * and a loser reads the winner's file. A file readable by others is tightened to 0600.
 * @throws Error when the file exists but is empty.
 */
export function loadOrCreateSecret(dir: string, name: SecretName): string {
  const { file, make } = GENERATED_SECRETS[name];
  ensurePrivateDir(dir);
  const p = path.join(/*turbopackIgnore: true*/ dir, file);
  try {
    fs.writeFileSync(/*turbopackIgnore: true*/ p, `${make()}\n`, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  if ((fs.statSync(/*turbopackIgnore: true*/ p).mode & 0o077) !== 0) fs.chmodSync(/*turbopackIgnore: true*/ p, 0o600);
  // A concurrent creator may not have written yet: read until the value is there (a few ms at most).
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = fs.readFileSync(/*turbopackIgnore: true*/ p, "utf8").trim();
    if (value) return value;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  throw new Error(`${p} is empty: delete it to generate a new ${name}, or restore it from the backup`);
}
