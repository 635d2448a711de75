// GET /healthz — health check for load balancers and the benchmark's floor (issue 10): 200
// {"status":"ok"} when the database answers one `SELECT 1`, 503 {"status":"unavailable"} when it
// does not. No session, no person data, never cached.
import { databaseIsHealthy } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const ok = await databaseIsHealthy();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
