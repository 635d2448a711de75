// The one way a use case runs (ADR 0008). `defineUseCase` wraps a domain function so that it
// always gets, for the actor of the request:
//
// - a transaction (everything the use case reads, writes and logs commits or rolls back together);
// - finders bound to the actor's scope from lib/auth/policy (`ctx.read.<model>` / `ctx.write.<model>`):
//   a record outside the scope is simply not found, and `get` turns "not found" into the same
//   NotFoundError (404) as a missing record;
// - an access-log writer (`ctx.audit`) that fills in actor, organisation, cross-department flag and
//   the consent a cross-department read happens under;
// - optimistic concurrency (`ctx.updateVersioned`): update where id AND version match, else a
//   conflict error that the form shows, and nothing is written;
// - `ctx.saveChange` / `ctx.recordCreated` (save-change.ts): a versioned update (or a creation) with its
//   history row and access-log row in one call, of the record type that follows from the model;
// - history (`ctx.history.record` / `.created` / `.voided`) and a once-per-transaction "this case
//   changed" hook (`ctx.caseChanged`) that recomputes the case's legal deadlines once, before commit;
// - `ctx.readForHistory` (voided records for their owning department), `ctx.aggregate` (counts only,
//   for key figures) and `ctx.system(capability)` (an organisation-wide system step, run-system-job.ts).
// - a refused look-up of one record (a `get` that found nothing in scope) logged as DENIED in its
//   own transaction after the rollback (lib/audit/denied.ts has the rule of what such a row holds).
//
// A use case therefore never writes an organisation filter, a scope or a log call by hand, and a
// forgotten line cannot become a leak or an unlogged read.
import "server-only";
import { getDb } from "@/lib/db/client";
import {
  AGGREGATE_SCOPES,
  can,
  SCOPES,
  type Actor,
  type AggregateModel,
  type Capability,
  type Purpose,
  type ScopedModel,
} from "@/lib/auth/policy";
import { logRefusal, refusal } from "@/lib/audit/denied";
import { today as serverToday } from "@/lib/clock";
import { recordVersion, type VersionEntry } from "@/lib/domain/history/record-version";
import { creationValues } from "@/lib/domain/history/diff";
import type { HistoryRecordType, HistoryValue } from "@/lib/domain/history/types";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { bindLazily, type AggregateDelegate, type ScopedDelegate, type ScopedWriteDelegate, type Tx } from "./scoped-finders";
import { systemContext, type SystemContext } from "./run-system-job";
import { createAuditWriter, type AuditWriter } from "./audit-writer";
import { scopeToSql } from "./scoped-sql";
import {
  recordCreated,
  saveChange,
  voidedHistory,
  type Change,
  type CitizenHistoriedModel,
  type Creation,
  type HistoriedModel,
} from "./save-change";
import type { Prisma } from "@/lib/db/generated/client";

export type { ScopedDelegate, ScopedWriteDelegate, Tx } from "./scoped-finders";
export type { SystemContext } from "./run-system-job";

export type ScopedReads = { [K in ScopedModel]: ScopedDelegate<K> };
export type ScopedWrites = { [K in ScopedModel]: ScopedWriteDelegate<K> };
export type AggregateReads = { [K in AggregateModel]: AggregateDelegate<K> };

/** Models with an optimistic-concurrency `version` column, derived from the schema (RecordVersion's is its history number). */
export type VersionedModel = Exclude<
  { [K in ScopedModel]: "version" extends keyof NonNullable<Parameters<Tx[K]["updateMany"]>[0]>["data"] ? K : never }[ScopedModel],
  "recordVersion"
>;

export type UpdateData<K extends VersionedModel> = NonNullable<Parameters<Tx[K]["updateMany"]>[0]>["data"];

export type { Touched, AuditWriter } from "./audit-writer";

export type UseCaseContext = {
  readonly actor: Actor;
  /** The instant the use case runs at. */
  readonly now: Date;
  /** Today's Danish calendar day (UTC midnight; lib/clock). */
  readonly today: Date;
  /** The transaction, for creating records and for tables reached only through a record loaded by scope. */
  readonly tx: Tx;
  /** Finders bound to the actor's read scope. */
  readonly read: ScopedReads;
  /** Finders (and updateMany) bound to the actor's write scope. */
  readonly write: ScopedWrites;
  /** Finders for reading a record's correction history: like `read`, but the owning department also finds voided records. */
  readonly readForHistory: ScopedReads;
  /** Counts and group-bys over the policy's aggregate scopes (key figures); never rows. */
  readonly aggregate: AggregateReads;
  /**
   * The actor's read scope of `model` as a SQL condition on table alias `alias`, for a raw read
   * through `tx.$queryRaw` (scoped-sql.ts; only organisation-wide scopes translate, others throw).
   */
  readScopeSql(model: ScopedModel, alias: string): Prisma.Sql;
  readonly audit: AuditWriter;
  readonly history: {
    record(entry: VersionEntry): Promise<void>;
    /** A created record's history version 1: each non-empty initial value, from null (action CREATE). */
    created(recordType: HistoryRecordType, recordId: string, values: Record<string, HistoryValue>): Promise<void>;
    /** A record voided (soft-deleted) with a reason, as its history version `version` (action VOID). */
    voided(recordType: HistoryRecordType, recordId: string, version: number, reason: string): Promise<void>;
  };
  /**
   * Optimistic concurrency: updates the record (inside the write scope) only if it still has
   * `version`, and bumps it. Returns the new version. ConflictError when someone else changed it
   * first (or it left the scope), and then nothing is written.
   */
  updateVersioned<K extends VersionedModel>(model: K, id: string, version: number, data: UpdateData<K>): Promise<number>;
  /**
   * The usual write tail in one call (save-change.ts): `updateVersioned`, the child rows' writes if any, then
   * the history row (with the new version) and the access-log UPDATE row, both of the model's record type (RECORD_TYPES).
   * Returns the record's id and new version. ConflictError on a stale version, and then nothing is written.
   */
  saveChange<K extends HistoriedModel>(model: K, record: { id: string }, change: Change<K>): Promise<{ id: string; version: number }>;
  /** For a record just created with `tx`: its history version 1 (`history.created`) and the access-log CREATE row, of the model's record type. */
  recordCreated(model: CitizenHistoriedModel, record: { id: string }, creation: Creation): Promise<void>;
  /** ConflictError unless the loaded record still has the form's version: refuses a stale form before rules judge a
   *  state its user never saw (the write itself still goes through updateVersioned, which is atomic). */
  expectVersion(record: { version: number }, version: number): void;
  /** Serialises writes to one record across app instances until the transaction ends (advisory lock). */
  lock(kind: string, id: string): Promise<void>;
  /** Marks a case whose deadlines depend on what this use case changed; recomputed once, before commit. */
  caseChanged(caseId: string): void;
  /** Recomputes the marked cases now (when the use case returns the new deadline); later marks run at the end again. */
  settleCaseChanges(): Promise<void>;
  /**
   * An organisation-wide system step inside this transaction (lib/domain/run-system-job.ts), e.g. the
   * recompute of every case after an administrator's rule change. NotFoundError unless the actor has `capability`.
   */
  system(capability: Capability): SystemContext;
};

export type RunOptions = {
  /** The instant to run at (tests, the daily job). Default: now. */
  now?: Date;
};

export type UseCaseSpec = {
  /** The capability the actor needs at all (lib/auth/policy CAPABILITIES); without it: NotFoundError. */
  capability?: Capability;
  /** What the 404 names when the capability is missing (for logs; users see the same 404 either way). */
  notFound?: string;
  /** Prisma's interactive-transaction limits (ms), for the rare use case that needs more than TRANSACTION_LIMITS. */
  transaction?: { maxWait?: number; timeout?: number };
};

/**
 * Default transaction limits (ms). Under a burst (50 requests at once on a pool of 10 connections)
 * a request waits for a free connection rather than failing after Prisma's 2 s default; `timeout`
 * bounds a transaction that holds a connection (issue 10: 0 errors under load, ADR 0020).
 */
export const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 15_000 } as const;

/** A use case as callers see it: `(actor, input, options?)`; the input may be left out when it may be undefined. */
export type UseCase<I, O> = (undefined extends I
  ? (actor: Actor, input?: I, options?: RunOptions) => Promise<O>
  : (actor: Actor, input: I, options?: RunOptions) => Promise<O>) & {
  /** Runs inside another use case's transaction (composition), with that use case's actor and clock. */
  within(ctx: UseCaseContext, input: I): Promise<O>;
};

/**
 * Defines a use case. `body(ctx, input)` runs in one transaction with the actor's scoped finders,
 * access log, versioned updates and deadline hook (see the file header).
 * @throws NotFoundError when the actor lacks `spec.capability`, or a `get` finds nothing in scope.
 * @throws ConflictError from ctx.updateVersioned on a stale version.
 */
export function defineUseCase<I = void, O = void>(spec: UseCaseSpec, body: (ctx: UseCaseContext, input: I) => Promise<O>): UseCase<I, O> {
  const checkCapability = (actor: Actor) => {
    if (spec.capability && !can(actor, spec.capability)) throw new NotFoundError(spec.notFound ?? "record");
  };
  const run = async (actor: Actor, input: I, options: RunOptions = {}): Promise<O> => {
    checkCapability(actor);
    const now = options.now ?? new Date();
    const db = await getDb();
    try {
      return await db.$transaction(
        async (tx) => {
          const ctx = createContext(tx, actor, now);
          const result = await body(ctx, input);
          await ctx.settleCaseChanges();
          return result;
        },
        { ...TRANSACTION_LIMITS, ...spec.transaction },
      );
    } catch (e) {
      await logRefusal(db, actor, e); // a refused look-up of one record: DENIED, in its own transaction
      throw e;
    }
  };
  const within = async (ctx: UseCaseContext, input: I): Promise<O> => {
    checkCapability(ctx.actor);
    return body(ctx, input);
  };
  return Object.assign(run, { within }) as UseCase<I, O>;
}

// ------------------------------------------------------------------------------------ internals

type LooseUpdate = { updateMany(args: { where: unknown; data: unknown }): Promise<{ count: number }> };

/** The actor's scope of every model for one purpose (SCOPES), bound lazily. */
function bindAll(tx: Tx, actor: Actor, purpose: Purpose, now: Date) {
  const refused = purpose === "write" ? "write" : "read";
  return bindLazily<ScopedWrites>(
    tx,
    Object.keys(SCOPES),
    (model) => (SCOPES[model as ScopedModel] as (a: Actor, p: Purpose, n: Date) => unknown)(actor, purpose, now),
    undefined,
    (model, id) => refusal(model, id, refused),
  );
}

function createContext(tx: Tx, actor: Actor, now: Date): UseCaseContext {
  const changedCases = new Set<string>();
  const ctx: UseCaseContext = {
    actor,
    now,
    today: serverToday(now),
    tx,
    read: bindAll(tx, actor, "read", now),
    write: bindAll(tx, actor, "write", now),
    readForHistory: bindAll(tx, actor, "history", now),
    aggregate: bindLazily<AggregateReads>(tx, Object.keys(AGGREGATE_SCOPES), (m) => AGGREGATE_SCOPES[m as AggregateModel](actor), [
      "count",
      "groupBy",
    ]),
    readScopeSql: (model, alias) =>
      scopeToSql(model, (SCOPES[model] as (a: Actor, p: Purpose, n: Date) => unknown)(actor, "read", now), alias),
    audit: createAuditWriter(tx, actor, now),
    history: {
      record: (entry) => recordVersion(tx, actor, entry),
      created: (recordType, recordId, values) =>
        recordVersion(tx, actor, { recordType, recordId, version: 1, action: "CREATE", changes: creationValues(values) }),
      voided: (recordType, recordId, version, reason) =>
        recordVersion(tx, actor, { recordType, recordId, version, ...voidedHistory(reason) }),
    },
    async updateVersioned(model, id, version, data) {
      const r = await (ctx.write[model] as unknown as LooseUpdate).updateMany({
        where: { id, version },
        data: { ...(data as object), version: { increment: 1 } },
      });
      if (r.count !== 1) throw new ConflictError();
      return version + 1;
    },
    saveChange: (model, record, change) => saveChange(ctx, model, record, change),
    recordCreated: (model, record, creation) => recordCreated(ctx, model, record, creation),
    expectVersion(record, version) {
      if (record.version !== version) throw new ConflictError();
    },
    async lock(kind, id) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${kind + ":" + id})::bigint)`;
    },
    caseChanged(caseId) {
      changedCases.add(caseId);
    },
    async settleCaseChanges() {
      for (const caseId of [...changedCases]) {
        changedCases.delete(caseId);
        await recomputeCaseDeadline(tx, caseId, ctx.today);
      }
    },
    system(capability) {
      if (!can(actor, capability)) throw new NotFoundError("organisation");
      return systemContext(tx, actor.organisationId, now, ctx.today);
    },
  };
  return ctx;
}
