// argon2id via @node-rs/argon2 (prebuilt binaries through npm, no native build step).
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Unknown users are verified against a fixed hash so that the reply takes the same time.
  const target = stored ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hash("not-a-real-password-" + Math.random(), OPTIONS);
  return dummy;
}
