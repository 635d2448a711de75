// The one entry point for work that no person does: the daily deadline job (scripts/
// recompute-deadlines.ts), the seed, and the recompute of derived data after a change (every case
// of the organisation after an administrator's rule change; one case after any change to it).
//
// A system job gets the same shape of context as a use case, but its finders are bound to the
// policy's organisation-wide SYSTEM_SCOPES (lib/auth/policy/scopes.ts) instead of a person's scope.
// It never runs for a person's request on its own:
// - scripts and the seed call `runSystemJob(organisationId, body)`;
// - a use case reaches it only through `ctx.system(capability)` (lib/domain/run-use-case.ts), which
//   requires the actor's capability (e.g. "admin.manage" for the rule change);
// - an architecture test forbids importing this module or lib/domain/deadlines from app/ and
//   components/ (tests/unit/architecture.test.ts).
// No person-level data leaves a system job: it returns counts, and writes only derived data.
import "server-only";
import { getDb } from "@/lib/db/client";
import { SYSTEM_SCOPES, type SystemModel } from "@/lib/auth/policy";
import { today as serverToday } from "@/lib/clock";
import { bindLazily, type ScopedDelegate, type Tx } from "./scoped-finders";

export type SystemReads = { [K in SystemModel]: ScopedDelegate<K> };

export type SystemContext = {
  readonly organisationId: string;
  /** The instant the job runs at. */
  readonly now: Date;
  /** The Danish calendar day the job computes for (lib/clock; UTC midnight). */
  readonly today: Date;
  /** The transaction, for writing derived data to records found through `read`. */
  readonly tx: Tx;
  /** Finders fenced to the organisation (SYSTEM_SCOPES). */
  readonly read: SystemReads;
};

export type SystemJobOptions = {
  /** The instant to run at. Default: now. */
  now?: Date;
  /** The day to compute for. Default: today in Denmark at `now` (lib/clock, honours SAMSPIL_TODAY). */
  today?: Date;
  /** Prisma's interactive-transaction limits (ms); an organisation-wide recompute needs more than the 5 s default. */
  transaction?: { maxWait?: number; timeout?: number };
};

/** A system context inside an open transaction (the runner's `ctx.system`, and per-case recomputes). */
export function systemContext(tx: Tx, organisationId: string, now: Date, today: Date = serverToday(now)): SystemContext {
  const models = Object.keys(SYSTEM_SCOPES) as SystemModel[];
  const read = bindLazily<SystemReads>(tx, models, (m) => SYSTEM_SCOPES[m as SystemModel](organisationId), [
    "findFirst",
    "findMany",
    "count",
    "get",
  ]);
  return { organisationId, now, today, tx, read };
}

/**
 * Runs `body` for one organisation in its own transaction, acting for no person.
 * Use it from scripts, the seed and tests only; use cases go through `ctx.system(capability)`.
 */
export async function runSystemJob<O>(
  organisationId: string,
  body: (sys: SystemContext) => Promise<O>,
  options: SystemJobOptions = {},
): Promise<O> {
  const now = options.now ?? new Date();
  const db = await getDb();
  return db.$transaction((tx) => body(systemContext(tx, organisationId, now, options.today ?? serverToday(now))), {
    maxWait: options.transaction?.maxWait ?? 10_000,
    timeout: options.transaction?.timeout ?? 120_000,
  });
}
