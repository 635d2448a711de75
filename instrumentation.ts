// Runs once when a Next.js server process starts (Next's instrumentation hook): starts the
// access log's background sealer (lib/audit/background-sealer.ts, ADR 0009), which chains new
// access-log rows shortly after the requests that wrote them committed, and the daily refresh of
// the stored next deadlines after every Danish midnight (lib/jobs/daily-deadline-refresh.ts, ADR 0019).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startBackgroundSealer }, { startDailyDeadlineRefresh }, { env }] = await Promise.all([
    import("@/lib/audit/background-sealer"),
    import("@/lib/jobs/daily-deadline-refresh"),
    import("@/lib/env"),
  ]);
  startBackgroundSealer(env.auditSealIntervalMs);
  startDailyDeadlineRefresh();
}
