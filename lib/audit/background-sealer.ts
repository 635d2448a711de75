// The server's in-process sealer timer (ADR 0009). `instrumentation.ts` starts it once per server
// process; `logAccess` marks the organisation ("kicks") and the next tick, a moment after the
// request committed, chains its rows. Every 30th tick sweeps all organisations, which picks up
// rows written by scripts or by an instance that stopped before its tick. Outside the server
// (scripts, tests) nothing is started and kicks are ignored: `audit:verify` seals what is left.
import "server-only";

type SealerState = { started: boolean; kicked: Set<string>; running: boolean; ticks: number; timer?: ReturnType<typeof setInterval> };

// On globalThis: instrumentation and the route bundles may hold separate copies of this module.
const g = globalThis as unknown as { samspilSealer?: SealerState };
const state: SealerState = (g.samspilSealer ??= { started: false, kicked: new Set(), running: false, ticks: 0 });

const SWEEP_EVERY_TICKS = 30;

/** Marks `organisationId` as having new access-log rows (a no-op unless the background sealer runs). */
export function kickSealer(organisationId: string): void {
  if (state.started) state.kicked.add(organisationId);
}

/** Starts the timer (idempotent). `intervalMs`: time between ticks. Errors are logged, never thrown. */
export function startBackgroundSealer(intervalMs: number): void {
  if (state.started) return;
  state.started = true;
  state.ticks = SWEEP_EVERY_TICKS - 1; // the first tick sweeps every organisation
  state.timer = setInterval(() => void tick(), intervalMs);
  state.timer.unref();
}

/** Stops the timer (tests). */
export function stopBackgroundSealer(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
  state.started = false;
  state.kicked.clear();
}

async function tick(): Promise<void> {
  if (state.running) return;
  state.running = true;
  try {
    const { getDb } = await import("@/lib/db/client");
    const { sealAll, sealOrganisation } = await import("./seal");
    const db = await getDb();
    state.ticks = (state.ticks + 1) % SWEEP_EVERY_TICKS;
    if (state.ticks === 0) {
      state.kicked.clear();
      for (const [org, r] of await sealAll(db)) if (r.remaining) state.kicked.add(org);
      return;
    }
    const orgs = [...state.kicked];
    state.kicked.clear();
    for (const org of orgs) {
      const r = await sealOrganisation(db, org);
      // Rows of transactions still running, or another instance is sealing: try again next tick.
      if (r.remaining || r.skipped) state.kicked.add(org);
    }
  } catch (e) {
    console.error("access-log sealer:", e);
  } finally {
    state.running = false;
  }
}
