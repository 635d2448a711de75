// npm start, after migrations and before seeding and serving: the configured keys must be the ones
// the database was written with (lib/crypto/key-check.ts; issue 8 item 10). The first start stores
// the check values. Exit 1 with a clear message when a key does not match.
import { checkKeys } from "../lib/crypto/key-check";
import { runWithDb } from "./lib/run-with-db";

runWithDb(
  async (db) => {
    const { stored } = await checkKeys(db);
    console.log(stored.length ? `Key check values stored: ${stored.join(", ")}.` : "Keys match the database.");
  },
  { expected: ["KeyCheckError"] },
);
