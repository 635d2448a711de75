// Prisma finders bound to a scope (a `where` from lib/auth/policy): the building block of the
// use-case runner (run-use-case.ts) and of system jobs (run-system-job.ts). A bound finder ANDs its
// scope into every `where`, so a record outside the scope is simply not found; `get` turns "not
// found" into the same NotFoundError (404) as a missing record.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";

export type Tx = Prisma.TransactionClient;

/** Prisma models (delegate names) that have the finders below. */
type Model = Exclude<keyof Tx, `$${string}` | symbol>;

/** The finders of one model, bound to a scope. Same signatures (and result types) as Prisma's. */
export type ScopedDelegate<K extends Model> = {
  findFirst: Tx[K] extends { findFirst: infer F } ? F : never;
  findMany: Tx[K] extends { findMany: infer F } ? F : never;
  count: Tx[K] extends { count: infer F } ? F : never;
  /** Group-by inside the read scope (e.g. the worklist's counts per deadline state in one query). */
  groupBy: Tx[K] extends { groupBy: infer F } ? F : never;
  /** `findFirst`, or NotFoundError (404) when the record is missing or outside the scope. */
  get: Tx[K] extends { findFirstOrThrow: infer F } ? F : never;
};

export type ScopedWriteDelegate<K extends Model> = ScopedDelegate<K> & {
  /** Updates only records inside the write scope; returns { count }. */
  updateMany: Tx[K] extends { updateMany: infer F } ? F : never;
};

/** Counts and group-bys only: no finder that returns rows (aggregate scopes, SPEC §2). */
export type AggregateDelegate<K extends Model> = {
  count: Tx[K] extends { count: infer F } ? F : never;
  groupBy: Tx[K] extends { groupBy: infer F } ? F : never;
};

type AnyArgs = { where?: unknown } & Record<string, unknown>;
type LooseDelegate = {
  findFirst(args?: AnyArgs): Promise<unknown>;
  findMany(args?: AnyArgs): Promise<unknown>;
  count(args?: AnyArgs): Promise<unknown>;
  groupBy(args: AnyArgs): Promise<unknown>;
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

/** Builds the 404 of a `get` that found nothing (the runner's remembers the refusal for the access log). */
export type NotFoundOf = (model: string, recordId: string | undefined) => NotFoundError;

const plainNotFound: NotFoundOf = (model, recordId) => new NotFoundError(model, recordId);

/** One model's finders (and updateMany, count, groupBy) with `scope` ANDed into every `where`. */
export function bindModel(tx: Tx, model: string, scope: unknown, notFound: NotFoundOf = plainNotFound) {
  const delegate = (tx as unknown as Record<string, LooseDelegate>)[model]!;
  return {
    findFirst: (args?: AnyArgs) => delegate.findFirst(withScope(scope, args)),
    findMany: (args?: AnyArgs) => delegate.findMany(withScope(scope, args)),
    count: (args?: AnyArgs) => delegate.count(withScope(scope, args)),
    groupBy: (args: AnyArgs) => delegate.groupBy(withScope(scope, args)),
    updateMany: (args: AnyArgs) => delegate.updateMany(withScope(scope, args)),
    get: async (args?: AnyArgs) => {
      const found = await delegate.findFirst(withScope(scope, args));
      if (found === null || found === undefined) throw notFound(model, requestedId(args));
      return found;
    },
  };
}

/**
 * Every model of `scopes` bound to its scope, lazily (most use cases touch two or three models):
 * `scopeOf(model)` is asked the first time a model is used; `notFound` builds the 404 of a `get`.
 */
export function bindLazily<T>(
  tx: Tx,
  models: readonly string[],
  scopeOf: (model: string) => unknown,
  pick?: readonly string[],
  notFound?: NotFoundOf,
): T {
  const out: Record<string, unknown> = {};
  for (const model of models) {
    let bound: Record<string, unknown> | undefined;
    Object.defineProperty(out, model, {
      enumerable: true,
      get: () => {
        if (!bound) {
          const all = bindModel(tx, model, scopeOf(model), notFound) as Record<string, unknown>;
          bound = pick ? Object.fromEntries(pick.map((k) => [k, all[k]])) : all;
        }
        return bound;
      },
    });
  }
  return out as T;
}
