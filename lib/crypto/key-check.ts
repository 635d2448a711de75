// Key check values (issue 8 item 10, ADR 0019). At start, before anything is served, the configured
// keys must be the ones this database was written with: a wrong CPR key used to give HTTP 500 on
// every page (decryption fails), a wrong index key silently finds nobody, a wrong audit key breaks
// the access log's chain. The first start stores a check value per key; later starts compare.
import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { cprBlindIndex, cprKeyBytes, decryptCpr, encryptCpr } from "./cpr";

const CHECK_TEXT = "samspil-key-check-v1";

export type CheckedKeys = { cprEncryptionKey: string; cprIndexKey: string; auditHmacKey: string };

/** The keys were not the ones the database was written with. `problems`: one sentence per key. */
export class KeyCheckError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      [
        "Samspil refuses to start: the configured keys do not match this database.",
        ...problems.map((p) => `  - ${p}`),
        "Use the keys the data was written with (environment variables, or the files in the secrets folder; README",
        '"Configuration"). An embedded demo database made before secrets were generated used the public',
        "development key: delete the data folder (PGLITE_DIR and its secrets folder) to start a fresh demo.",
      ].join("\n"),
    );
    this.name = "KeyCheckError";
  }
}

const hmac = (key: string) => createHmac("sha256", key).update(CHECK_TEXT).digest("hex");

function decrypts(stored: string, key: Buffer): string | null {
  try {
    return decryptCpr(stored, key);
  } catch {
    return null;
  }
}

/**
 * Compares the keys with the stored check values, or stores them on the first start. A database
 * that has data but no check values yet (made before this check existed) is checked against its
 * data: one citizen's CPR number must decrypt, and its blind index must match.
 * @returns which check values were stored now (empty when all existed and matched).
 * @throws KeyCheckError naming every key that does not match.
 */
export async function checkKeys(db: Db, keys: CheckedKeys = env): Promise<{ stored: string[] }> {
  const cprKey = cprKeyBytes(keys.cprEncryptionKey);
  const rows = new Map((await db.keyCheck.findMany()).map((r) => [r.name, r.value]));
  const problems: string[] = [];
  const toStore: { name: string; value: string }[] = [];
  const sample =
    rows.size < 3
      ? await db.citizen.findFirst({ where: { voidedAt: null }, select: { cprEncrypted: true, cprIndex: true, voidedAt: true } })
      : null;
  const samplePlain = sample ? decrypts(sample.cprEncrypted, cprKey) : null;

  const enc = rows.get("cpr-encryption");
  if (enc !== undefined) {
    if (decrypts(enc, cprKey) !== CHECK_TEXT) problems.push("CPR_ENCRYPTION_KEY cannot decrypt the stored CPR numbers.");
  } else if (sample && samplePlain === null) problems.push("CPR_ENCRYPTION_KEY cannot decrypt the stored CPR numbers.");
  else toStore.push({ name: "cpr-encryption", value: encryptCpr(CHECK_TEXT, cprKey) });

  const idx = rows.get("cpr-index");
  if (idx !== undefined) {
    if (idx !== hmac(keys.cprIndexKey)) problems.push("CPR_INDEX_KEY differs from the key the CPR search index was built with.");
  } else if (sample && samplePlain !== null && !sample.voidedAt && cprBlindIndex(samplePlain, keys.cprIndexKey) !== sample.cprIndex) {
    problems.push("CPR_INDEX_KEY differs from the key the CPR search index was built with.");
  } else toStore.push({ name: "cpr-index", value: hmac(keys.cprIndexKey) });

  const audit = rows.get("audit-hmac");
  if (audit !== undefined) {
    if (audit !== hmac(keys.auditHmacKey)) problems.push("AUDIT_HMAC_KEY differs from the key the access log is chained with.");
  } else toStore.push({ name: "audit-hmac", value: hmac(keys.auditHmacKey) });

  if (problems.length) throw new KeyCheckError(problems);
  if (toStore.length) await db.keyCheck.createMany({ data: toStore, skipDuplicates: true });
  return { stored: toStore.map((r) => r.name) };
}
