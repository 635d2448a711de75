// The keyed chain of the access log (pure; ADR 0009). Each seal's hash is an HMAC-SHA256, under a
// key that lives only in the environment (AUDIT_HMAC_KEY), over the previous seal's hash, the
// row's position in the chain and the row's whole content. Changing, removing or reordering a row
// breaks every later link, and nobody without the key can compute a new valid chain.
import "server-only";
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

/** The prevHash of an organisation's first seal. */
export const GENESIS_HASH = "0".repeat(64);

/** The content of an AccessLog row that the chain covers (every column except the sealer's bookkeeping). */
export type ChainedFields = {
  id: bigint;
  organisationId: string;
  at: Date;
  actorId: string;
  actorRole: string;
  actorDepartment: string | null;
  citizenId: string | null;
  recordType: string;
  recordId: string | null;
  action: string;
  outcome: string;
  crossDepartment: boolean;
  consentId: string | null;
  details: unknown;
};

/** JSON with sorted keys: PostgreSQL's jsonb reorders keys, so the hash must not depend on order (used for `details`). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The row's content as one unambiguous string: a JSON array of the columns in a fixed order, then
 * the canonical JSON of `details`. (Cheaper than canonical JSON of the whole row: verify hashes
 * 100,000 rows in well under a second of CPU.)
 */
export function rowContent(row: ChainedFields): string {
  const columns = JSON.stringify([
    row.id.toString(),
    row.organisationId,
    row.at.toISOString(),
    row.actorId,
    row.actorRole,
    row.actorDepartment,
    row.citizenId,
    row.recordType,
    row.recordId,
    row.action,
    row.outcome,
    row.crossDepartment,
    row.consentId,
  ]);
  return `${columns}\n${canonicalJson(row.details)}`;
}

const keyObjects = new Map<string, KeyObject>();
/** The key as a KeyObject (prepared once per key, not once per row). */
function keyObject(key: string): KeyObject {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = createSecretKey(Buffer.from(key, "utf8"))));
  return k;
}

/**
 * The hash of seal number `seq` (1, 2, … per organisation): hex HMAC-SHA256 with `key` over
 * `prevHash`, `seq` and the row's content (rowContent). Deterministic; no I/O.
 */
export function sealHash(key: string, prevHash: string, seq: bigint, row: ChainedFields): string {
  return createHmac("sha256", keyObject(key))
    .update(`${prevHash}\n${seq}\n${rowContent(row)}`)
    .digest("hex");
}

/**
 * A short public fingerprint of the key (16 hex characters of HMAC(key, a fixed label)), stored with
 * every checkpoint so that `audit:verify` can tell "AUDIT_HMAC_KEY is not the key that wrote this
 * chain" from tampering. It does not reveal the key.
 */
export function keyFingerprint(key: string): string {
  return createHmac("sha256", key).update("samspil-audit-key-id").digest("hex").slice(0, 16);
}
