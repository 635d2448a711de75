// Decoding the next-auth session cookie (a JWE, "dir" + A256GCM) with the encryption key derived once
// per process. next-auth/jwt's own `decode` runs HKDF over the secret on every call, i.e. on every
// signed-in request (ADR 0034); the derivation's inputs never change, so its output need not either.
// Same key, same algorithm, same clock tolerance: a cookie next-auth accepts, this accepts, and no other.
import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

let memo: { secret: string | Buffer; salt: string; key: Uint8Array } | undefined;

/** next-auth v4's encryption key for `secret` and `salt` (HKDF-SHA256, 32 bytes), remembered for the last pair. */
export function sessionEncryptionKey(secret: string | Buffer, salt = ""): Uint8Array {
  if (
    memo &&
    memo.salt === salt &&
    (memo.secret === secret || (Buffer.isBuffer(secret) && Buffer.isBuffer(memo.secret) && secret.equals(memo.secret)))
  ) {
    return memo.key;
  }
  const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
  const key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
  memo = { secret, salt, key };
  return key;
}

/** A drop-in for next-auth/jwt's `decode` (getToken's `decode` option): the token's payload; throws when it does not decrypt or has expired. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, sessionEncryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
