// The start and end every database script shares (npm run db:seed, audit:verify, deadlines:recompute,
// kpi:refresh, import, and the key check of npm start): open the app's database through
// lib/db/client (so lib/env's configuration and secrets apply), run the work, close the database
// also when the work fails, and turn the outcome into the process's exit code.
import { closeDb, getDb, type Db } from "../../lib/db/client";

/**
 * Runs a command-line script's `work` with the app's database and exits the process.
 * Exit code: the number `work` returns, 0 when it returns nothing; 1 when it throws, after printing
 * the error — as one line `✖ message` (no stack) when the error's `name` is in `expected`
 * (errors meant for the operator, e.g. "KeyCheckError"), otherwise the whole error.
 * The database is closed before the process exits, in every case.
 */
export function runWithDb(work: (db: Db) => Promise<number | void>, opts: { expected?: readonly string[] } = {}): void {
  const main = async (): Promise<number> => {
    const db = await getDb();
    try {
      return (await work(db)) ?? 0;
    } finally {
      await closeDb();
    }
  };
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof Error && opts.expected?.includes(e.name)) console.error(`✖ ${e.message}`);
      else console.error(e);
      process.exit(1);
    },
  );
}
