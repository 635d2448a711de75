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
// - history (`ctx.history.record`) and a once-per-transaction "this case changed" hook
//   (`ctx.caseChanged`) that recomputes the case's legal deadlines once, before commit.
//
// A use case therefore never writes an organisation filter, a scope or a log call by hand, and a
// forgotten line cannot become a leak or an unlogged read.
import "server-only";
import type { DepartmentKind, Prisma } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { can, readConsentWhere, SCOPES, type Actor, type Capability, type Purpose, type ScopedModel } from "@/lib/auth/policy";
import { logAccess, type AccessEntry } from "@/lib/audit/log";
import { today as serverToday } from "@/lib/clock";
import { recordVersion, type VersionEntry } from "@/lib/domain/history/record-version";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";

export type Tx = Prisma.TransactionClient;

/** The finders of one model, bound to a scope. Same signatures (and result types) as Prisma's. */
export type ScopedDelegate<K extends ScopedModel> = {
  findFirst: Tx[K]["findFirst"];
  findMany: Tx[K]["findMany"];
  count: Tx[K]["count"];
  /** `findFirst`, or NotFoundError (404) when the record is missing or outside the scope. */
  get: Tx[K]["findFirstOrThrow"];
};

export type ScopedWriteDelegate<K extends ScopedModel> = ScopedDelegate<K> & {
  /** Updates only records inside the write scope; returns { count }. */
  updateMany: Tx[K]["updateMany"];
};

export type ScopedReads = { [K in ScopedModel]: ScopedDelegate<K> };
export type ScopedWrites = { [K in ScopedModel]: ScopedWriteDelegate<K> };

/** Models with an optimistic-concurrency `version` column. */
export type VersionedModel =
  "sickLeaveCase" | "citizen" | "followUp" | "programme" | "referral" | "rehabPlan" | "returnToWorkPlan" | "kpiTarget";

type UpdateData<K extends VersionedModel> = NonNullable<Parameters<Tx[K]["updateMany"]>[0]>["data"];

/** A citizen's record that a person saw or changed, for the access log. */
export type Touched = {
  recordType: string;
  recordId?: string | null;
  citizenId?: string | null;
  /** The department kind that owns the record; a different one than the actor's is a cross-department read (needs consent). Default: the actor's own. */
  owner?: DepartmentKind;
  details?: Record<string, unknown>;
};

export type AuditWriter = {
  /** A person saw these records (one row each). A cross-department one is logged with its consent; without one it is NotFoundError. */
  viewed(records: Touched | readonly Touched[]): Promise<void>;
  /**
   * A list view: one VIEW row per record shown, or for an empty result one row recording the
   * search itself (a search for a CPR number is a look-up of that person too). `details` are added to each row.
   */
  viewedList(recordType: string, rows: readonly Omit<Touched, "recordType">[], details: Record<string, unknown>): Promise<void>;
  created(record: Touched): Promise<void>;
  updated(record: Touched): Promise<void>;
  exported(record: Touched): Promise<void>;
};

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
  readonly audit: AuditWriter;
  readonly history: { record(entry: VersionEntry): Promise<void> };
  /**
   * Optimistic concurrency: updates the record (inside the write scope) only if it still has
   * `version`, and bumps it. Returns the new version. ConflictError when someone else changed it
   * first (or it left the scope), and then nothing is written.
   */
  updateVersioned<K extends VersionedModel>(model: K, id: string, version: number, data: UpdateData<K>): Promise<number>;
  /** Serialises writes to one record across app instances until the transaction ends (advisory lock). */
  lock(kind: string, id: string): Promise<void>;
  /** Marks a case whose deadlines depend on what this use case changed; recomputed once, before commit. */
  caseChanged(caseId: string): void;
  /** Recomputes the marked cases now (when the use case returns the new deadline); later marks run at the end again. */
  settleCaseChanges(): Promise<void>;
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
};

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
    return db.$transaction(async (tx) => {
      const ctx = createContext(tx, actor, now);
      const result = await body(ctx, input);
      await ctx.settleCaseChanges();
      return result;
    });
  };
  const within = async (ctx: UseCaseContext, input: I): Promise<O> => {
    checkCapability(ctx.actor);
    return body(ctx, input);
  };
  return Object.assign(run, { within }) as UseCase<I, O>;
}

// ------------------------------------------------------------------------------------ internals

type AnyArgs = { where?: unknown } & Record<string, unknown>;
type LooseDelegate = {
  findFirst(args?: AnyArgs): Promise<unknown>;
  findMany(args?: AnyArgs): Promise<unknown>;
  count(args?: AnyArgs): Promise<unknown>;
  updateMany(args: AnyArgs): Promise<{ count: number }>;
};

const withScope = (scope: unknown, args: AnyArgs | undefined): AnyArgs => ({
  ...args,
  where: args?.where ? { AND: [scope, args.where] } : scope,
});

/** The id a `get` asked for, so the 404 can name it (and the access log can record a refused look-up). */
const requestedId = (args: AnyArgs | undefined): string | undefined => {
  const id = (args?.where as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
};

function bindModel(tx: Tx, model: ScopedModel, scope: unknown) {
  const delegate = tx[model] as unknown as LooseDelegate;
  return {
    findFirst: (args?: AnyArgs) => delegate.findFirst(withScope(scope, args)),
    findMany: (args?: AnyArgs) => delegate.findMany(withScope(scope, args)),
    count: (args?: AnyArgs) => delegate.count(withScope(scope, args)),
    updateMany: (args: AnyArgs) => delegate.updateMany(withScope(scope, args)),
    get: async (args?: AnyArgs) => {
      const found = await delegate.findFirst(withScope(scope, args));
      if (found === null || found === undefined) throw new NotFoundError(model, requestedId(args));
      return found;
    },
  };
}

function bindAll(tx: Tx, actor: Actor, purpose: Purpose, now: Date) {
  const out: Record<string, ReturnType<typeof bindModel>> = {};
  for (const model of Object.keys(SCOPES) as ScopedModel[]) {
    const scopeOf = SCOPES[model] as (a: Actor, p: Purpose, n: Date) => unknown;
    let bound: ReturnType<typeof bindModel> | undefined;
    // Bound lazily: most use cases touch two or three models.
    Object.defineProperty(out, model, { enumerable: true, get: () => (bound ??= bindModel(tx, model, scopeOf(actor, purpose, now))) });
  }
  return out;
}

function createContext(tx: Tx, actor: Actor, now: Date): UseCaseContext {
  const changedCases = new Set<string>();
  const ctx: UseCaseContext = {
    actor,
    now,
    today: serverToday(now),
    tx,
    read: bindAll(tx, actor, "read", now) as unknown as ScopedReads,
    write: bindAll(tx, actor, "write", now) as unknown as ScopedWrites,
    audit: createAuditWriter(tx, actor, now),
    history: { record: (entry) => recordVersion(tx, actor, entry) },
    async updateVersioned(model, id, version, data) {
      const r = await (ctx.write[model] as unknown as LooseDelegate).updateMany({
        where: { id, version },
        data: { ...(data as object), version: { increment: 1 } },
      });
      if (r.count !== 1) throw new ConflictError();
      return version + 1;
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
  };
  return ctx;
}

function createAuditWriter(tx: Tx, actor: Actor, now: Date): AuditWriter {
  const consentCache = new Map<string, string | null>();

  /** The newest consent under which the actor reads each citizen's other-department records. */
  async function consentsFor(citizenIds: string[]): Promise<Map<string, string | null>> {
    const missing = [...new Set(citizenIds.filter((id) => !consentCache.has(id)))];
    const where = missing.length ? readConsentWhere(actor, missing, now) : null;
    if (where) {
      const rows = await tx.consent.findMany({ where, orderBy: { validFrom: "desc" }, select: { id: true, citizenId: true } });
      for (const id of missing) consentCache.set(id, rows.find((r) => r.citizenId === id)?.id ?? null);
    }
    return consentCache;
  }

  async function write(action: AccessEntry["action"], records: readonly Touched[]): Promise<void> {
    const crossCitizens = records.filter((r) => r.owner && r.owner !== actor.departmentKind && r.citizenId).map((r) => r.citizenId!);
    const consents = crossCitizens.length ? await consentsFor(crossCitizens) : consentCache;
    const entries: AccessEntry[] = records.map((r) => {
      const cross = !!r.owner && r.owner !== actor.departmentKind;
      const consentId = cross && r.citizenId ? (consents.get(r.citizenId) ?? null) : null;
      // The scope already required the consent; none here means it was revoked in between: refuse.
      if (cross && !consentId) throw new NotFoundError(r.recordType, r.recordId ?? undefined);
      return {
        action,
        recordType: r.recordType,
        recordId: r.recordId ?? null,
        citizenId: r.citizenId ?? null,
        crossDepartment: cross,
        consentId,
        details: r.details,
      };
    });
    await logAccess(tx, actor, entries);
  }

  return {
    viewed: (records) => write("VIEW", Array.isArray(records) ? records : [records as Touched]),
    async viewedList(recordType, rows, details) {
      if (rows.length === 0) {
        await logAccess(tx, actor, [{ action: "VIEW", recordType: `${recordType}List`, details: { ...details, count: 0 } }]);
        return;
      }
      await write(
        "VIEW",
        rows.map((r) => ({ ...r, recordType, details: { ...details, ...r.details, view: "list" } })),
      );
    },
    created: (record) => write("CREATE", [record]),
    updated: (record) => write("UPDATE", [record]),
    exported: (record) => write("EXPORT", [record]),
  };
}
