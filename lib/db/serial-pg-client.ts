// A pg client that hands pg one query at a time. Prisma 7.10's query interpreter loads the relations
// of a read with `Promise.all`, so a nested select inside an interactive transaction issues
// overlapping `client.query()` calls on the transaction's one connection. pg 8.19+ warns about that
// ("Calling client.query() when the client is already executing a query is deprecated") and pg 9
// throws (upstream: prisma/orm#29468, #29979, both open). pg already ran such queries one after the
// other from its own queue; this client keeps the same order in a promise chain in front of pg, so
// the behaviour is the same and nothing depends on the deprecated queue.
import "server-only";
import pg from "pg";

/**
 * Drop-in `pg.Client` (pass as the pool's `Client` option) whose promise-style `query()` calls wait for
 * the previous one to settle. Callback-style calls and submittables (cursors, streams) keep pg's own
 * handling: pg.Pool's own `pool.query()` uses a callback on a client it owns alone.
 * Invariant this relies on: nobody mixes the two styles on one checked-out client (a callback-style
 * call would not wait for the chain and could overtake queued promise calls). pg-pool's `query()` has
 * its client to itself, and @prisma/adapter-pg 7.10 uses the promise style only.
 */
export class SerialClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // pg's query() has many overloads; this one forwards whatever it gets.
  override query(...args: unknown[]): never {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args[args.length - 1] === "function" || typeof first?.submit === "function") {
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const run = () => (super.query as (...a: unknown[]) => Promise<unknown>)(...args);
    const result = this.#tail.then(run, run);
    this.#tail = result.catch(() => undefined);
    return result as never;
  }
}

/** The pool settings every PostgreSQL connection of the app uses: `{ connectionString, max, Client: SerialClient }`. */
export function pgPoolConfig(connectionString: string, max: number): pg.PoolConfig {
  return { connectionString, max, Client: SerialClient };
}
