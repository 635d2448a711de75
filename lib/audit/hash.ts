// The keyed chain of the access log (pure; ADR 0009). Each seal's hash is an HMAC-SHA256, under a
// key that lives only in the environment (AUDIT_HMAC_KEY), over the previous seal's hash, the
// row's position in the chain and the row's whole content. Changing, removing or reordering a row
// breaks every later link, and nobody without the key can compute a new valid chain.
//
// The content of a row is produced by the database (ROW_CONTENT in ./rows.ts: a JSON array of
// every column, `details` as PostgreSQL's own canonical jsonb text), so that the sealer and the
// verifier hash exactly the same bytes and read one text column per row instead of fourteen.
import "server-only";
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

/** The prevHash of an organisation's first seal. */
export const GENESIS_HASH = "0".repeat(64);

const keyObjects = new Map<string, KeyObject>();
/** The key as a KeyObject (prepared once per key, not once per row). */
function keyObject(key: string): KeyObject {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = createSecretKey(Buffer.from(key, "utf8"))));
  return k;
}

/**
 * The hash of seal number `seq` (1, 2, … per organisation): hex HMAC-SHA256 with `key` over
 * `prevHash`, `seq` and the row's `content` (ROW_CONTENT). Deterministic; no I/O.
 */
export function sealHash(key: string, prevHash: string, seq: bigint, content: string): string {
  return createHmac("sha256", keyObject(key)).update(`${prevHash}\n${seq}\n${content}`).digest("hex");
}

/**
 * A short public fingerprint of the key (16 hex characters of HMAC(key, a fixed label)), stored with
 * every checkpoint so that `audit:verify` can tell "AUDIT_HMAC_KEY is not the key that wrote this
 * chain" from tampering. It does not reveal the key.
 */
export function keyFingerprint(key: string): string {
  return createHmac("sha256", key).update("samspil-audit-key-id").digest("hex").slice(0, 16);
}
