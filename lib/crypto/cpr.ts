// CPR at rest: AES-256-GCM ciphertext plus a keyed blind index (HMAC-SHA256) for exact lookup.
// Invariant: plaintext CPR exists only in memory inside lib/; pages get the masked form.
import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** A base64 AES-256 key as bytes. @throws Error unless it is 32 bytes. */
export function cprKeyBytes(base64: string): Buffer {
  const k = Buffer.from(base64, "base64");
  if (k.length !== 32) throw new Error("CPR_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return k;
}

function key(): Buffer {
  return cprKeyBytes(env.cprEncryptionKey);
}

/** AES-256-GCM of `cpr` with the configured key: "iv.tag.data" (base64url). */
export function encryptCpr(cpr: string, k: Buffer = key()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", k, iv);
  const data = Buffer.concat([cipher.update(cpr, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

/** The plaintext of encryptCpr's output. @throws Error when the key is wrong or the text was changed. */
export function decryptCpr(stored: string, k: Buffer = key()): string {
  const [iv, tag, data] = stored.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !data) throw new Error("malformed CPR ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", k, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

/** HMAC-SHA256 (hex) of `cpr` with the CPR index key: exact lookup without the plaintext. */
export function cprBlindIndex(cpr: string, indexKey: string = env.cprIndexKey): string {
  return createHmac("sha256", indexKey).update(cpr).digest("hex");
}
