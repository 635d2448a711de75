// The stored next deadline never goes stale (issue 8 item 15, ADR 0019). A case's next deadline is
// stored (SickLeaveCase.nextDeadlineOn) for the worklist; the passing of days changes which deadlines
// exist, so it must be recomputed every day. `npm start` recomputes at start-up and an operator may
// run `npm run deadlines:recompute` from cron, but a long-running server must not depend on either:
// the server process (instrumentation.ts) also runs the refresh shortly after every Danish midnight.
// Several instances: a transaction-scoped advisory lock lets one run at a time, and the day marker
// (DailyJobRun) makes the others skip a day that is already done.
import "server-only";
import type { Db } from "@/lib/db/client";
import { today as serverToday } from "@/lib/clock";
import { addDays, danishDayOf, isoDay, startOfDanishDay } from "@/lib/time";
import { systemContext } from "@/lib/domain/run-system-job";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";

export const DEADLINE_REFRESH_JOB = "deadline-refresh";
/** Run this long after midnight, so that a clock a little behind does not run "yesterday" again. */
const AFTER_MIDNIGHT_MS = 2 * 60_000;

export type RefreshResult =
  | { ran: true; day: Date; organisations: number; checked: number; updated: number; refreshed: number }
  | { ran: false; day: Date; reason: "done-today" | "running-elsewhere" };

/**
 * Recomputes every organisation's stored next deadlines for the Danish day of `now` (or SAMSPIL_TODAY),
 * unless that day is already done (`force` ignores the marker) or another instance is running it now.
 * One transaction: the deadlines and the day marker commit together.
 * @returns whether it ran, and the counts of recomputeOrganisationDeadlines summed over organisations.
 */
export async function refreshDeadlinesIfDue(db: Db, opts: { now?: Date; force?: boolean } = {}): Promise<RefreshResult> {
  const now = opts.now ?? new Date();
  const day = serverToday(now);
  return db.$transaction(
    async (tx): Promise<RefreshResult> => {
      const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${"samspil-" + DEADLINE_REFRESH_JOB})::bigint) AS "locked"`;
      if (!locked) return { ran: false, day, reason: "running-elsewhere" };
      const marker = await tx.dailyJobRun.findUnique({ where: { job: DEADLINE_REFRESH_JOB } });
      if (!opts.force && marker && marker.lastDay.getTime() >= day.getTime()) return { ran: false, day, reason: "done-today" };
      let checked = 0;
      let updated = 0;
      let refreshed = 0;
      const orgs = await tx.organisation.findMany({ select: { id: true }, orderBy: { id: "asc" } });
      for (const org of orgs) {
        const r = await recomputeOrganisationDeadlines(systemContext(tx, org.id, now, day));
        checked += r.checked;
        updated += r.updated;
        refreshed += r.refreshed;
      }
      await tx.dailyJobRun.upsert({
        where: { job: DEADLINE_REFRESH_JOB },
        create: { job: DEADLINE_REFRESH_JOB, lastDay: day, finishedAt: new Date() },
        update: { lastDay: day, finishedAt: new Date() },
      });
      return { ran: true, day, organisations: orgs.length, checked, updated, refreshed };
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}

/** Milliseconds from `now` until a little after the next Danish midnight (23 or 25 hours apart on DST days). */
export function msUntilNextRun(now: Date): number {
  const nextDay = addDays(danishDayOf(now), 1);
  return startOfDanishDay(nextDay).getTime() + AFTER_MIDNIGHT_MS - now.getTime();
}

type SchedulerState = { started: boolean; timer?: ReturnType<typeof setTimeout> };
const g = globalThis as unknown as { samspilDeadlineRefresh?: SchedulerState };
const state: SchedulerState = (g.samspilDeadlineRefresh ??= { started: false });

/**
 * Starts the server's daily refresh (idempotent; instrumentation.ts): once now if today is not done
 * yet (a server started without `npm start`), then after every Danish midnight. Errors are logged,
 * never thrown; the next day tries again. The timer does not keep the process alive.
 */
export function startDailyDeadlineRefresh(): void {
  if (state.started) return;
  state.started = true;
  const schedule = (ms: number) => {
    state.timer = setTimeout(() => void run(), ms);
    state.timer.unref();
  };
  const run = async () => {
    try {
      const { getDb } = await import("@/lib/db/client");
      const r = await refreshDeadlinesIfDue(await getDb());
      if (r.ran)
        console.log(
          `Deadlines refreshed for ${isoDay(r.day)}: ${r.checked} case(s), ${r.updated} with a new next deadline, ${r.refreshed} worklist row(s) rewritten.`,
        );
    } catch (e) {
      console.error("Daily deadline refresh failed (retried after the next midnight):", e);
    } finally {
      if (state.started) schedule(msUntilNextRun(new Date()));
    }
  };
  schedule(30_000);
}

/** Stops the scheduler (tests). */
export function stopDailyDeadlineRefresh(): void {
  if (state.timer) clearTimeout(state.timer);
  state.timer = undefined;
  state.started = false;
}
