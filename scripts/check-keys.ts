// npm start, after migrations and before seeding and serving: the configured keys must be the ones
// the database was written with (lib/crypto/key-check.ts; issue 8 item 10). The first start stores
// the check values. Exit 1 with a clear message when a key does not match.
import { closeDb, getDb } from "../lib/db/client";
import { checkKeys } from "../lib/crypto/key-check";

async function main() {
  const db = await getDb();
  try {
    const { stored } = await checkKeys(db);
    console.log(stored.length ? `Key check values stored: ${stored.join(", ")}.` : "Keys match the database.");
  } catch (e) {
    if (e instanceof Error && e.name === "KeyCheckError") {
      console.error(`✖ ${e.message}`);
      await closeDb();
      process.exit(1);
    }
    throw e;
  } finally {
    await closeDb();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
