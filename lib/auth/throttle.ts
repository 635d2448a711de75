// Login throttling per client address (issue 8 item 12, ADR 0013), in addition to the per-account
// soft lock in login.ts. rate-limiter-flexible counts failed sign-ins per address in the app's own
// database through its Prisma store (model LoginThrottle): every app instance on one PostgreSQL
// shares the counts, and the same code runs on embedded PGlite (its PostgreSQL store needs a `pg`
// pool, which PGlite does not have). The stored key is a keyed hash of the address, so the table
// holds no IP addresses.
import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

const limiters = new WeakMap<Db, RateLimiterPrisma>();

/** One limiter per database client (integration tests install a fresh client per file). */
async function limiter(): Promise<RateLimiterPrisma> {
  const db = await getDb();
  let l = limiters.get(db);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: db,
      tableName: "loginThrottle",
      keyPrefix: "login-ip",
      points: env.loginIpMaxFailures,
      duration: env.loginIpWindowMinutes * 60,
    });
    limiters.set(db, l);
  }
  return l;
}

const keyOf = (address: string) => createHmac("sha256", env.authSecret).update(`login-ip:${address}`).digest("hex").slice(0, 40);

/**
 * The client's address from X-Forwarded-For. Next.js sets the header to the socket's address when
 * the request has none; each reverse proxy appends the address it saw. With `hops` trusted proxies
 * in front (TRUSTED_PROXY_HOPS), the address the outermost trusted proxy saw is the `hops`-th from
 * the right; without proxies, the right-most. Entries further left are whatever the client claimed.
 */
export function clientAddress(forwardedFor: string | null | undefined, hops: number = env.trustedProxyHops): string {
  const list = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) return "unknown";
  return list[Math.max(0, list.length - Math.max(1, hops))]!;
}

/** True when the address has used up its failed sign-ins for the current window. */
export async function addressBlocked(address: string): Promise<boolean> {
  const r = await (await limiter()).get(keyOf(address));
  return r !== null && r.consumedPoints >= env.loginIpMaxFailures;
}

/** Counts one failed sign-in from the address (the window starts at the first failure). */
export async function recordFailedSignIn(address: string): Promise<void> {
  try {
    await (await limiter()).consume(keyOf(address));
  } catch (e) {
    // Over the limit: consume() rejects with the limiter's result. The failure is counted either way.
    if (!(e instanceof RateLimiterRes)) throw e;
  }
}
