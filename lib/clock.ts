// The server's clock: "now" and "today in Denmark" for use cases and pages. SAMSPIL_TODAY pins
// today's date for deterministic demos and tests (lib/env.ts); otherwise it is the real Danish day.
import "server-only";
import { env } from "@/lib/env";
import { parseIsoDay, todayInDenmark } from "@/lib/time";

/**
 * Today's calendar day in Denmark as UTC midnight (the shape of `@db.Date` values), or the day
 * pinned by SAMSPIL_TODAY. `now` is the request's instant.
 */
export function today(now: Date = new Date()): Date {
  const pinned = env.today ? parseIsoDay(env.today) : null;
  return pinned ?? todayInDenmark(now);
}
