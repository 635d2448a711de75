// The health check behind GET /healthz (issue 10): one `SELECT 1` through the app's database client,
// bounded in time, so that a load balancer (and the benchmark, as the framework's floor) learns
// whether this instance can serve. It reads no person data and needs no session.
import "server-only";
import { getDb } from "@/lib/db/client";

/** How long the database may take to answer before the instance counts as unhealthy (ms). */
export const HEALTH_TIMEOUT_MS = 2000;

/**
 * Whether the database answers `SELECT 1` within HEALTH_TIMEOUT_MS.
 * @returns true when it did; false on any error or timeout (never throws).
 */
export async function databaseIsHealthy(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const db = await getDb();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("health check timed out")), HEALTH_TIMEOUT_MS);
    });
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    if (timer) clearTimeout(timer);
  }
}
