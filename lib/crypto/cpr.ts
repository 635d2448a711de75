// CPR at rest: AES-256-GCM ciphertext plus a keyed blind index (HMAC-SHA256) for exact lookup.
// Invariant: plaintext CPR exists only in memory inside lib/; pages get the masked form.
import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

function key(): Buffer {
  const k = Buffer.from(env.cprEncryptionKey, "base64");
  if (k.length !== 32) throw new Error("CPR_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return k;
}

export function encryptCpr(cpr: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(cpr, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

export function decryptCpr(stored: string): string {
  const [iv, tag, data] = stored.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !data) throw new Error("malformed CPR ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

export function cprBlindIndex(cpr: string): string {
  return createHmac("sha256", env.cprIndexKey).update(cpr).digest("hex");
}
