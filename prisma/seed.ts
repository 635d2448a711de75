// npm run db:seed (also run by npm start): seeds the demo once, all or nothing (prisma/seed/run.ts);
// does nothing when it exists.
import { closeDb, getDb } from "../lib/db/client";
import { today } from "../lib/clock";
import { DEMO_ORG_NAME } from "./seed/base";
import { seedDemo } from "./seed/run";

async function main() {
  const db = await getDb();
  try {
    const started = Date.now();
    const result = await seedDemo(db, today());
    if (!result.seeded) console.log("Demo data present: nothing to seed.");
    else console.log(`Seeded ${DEMO_ORG_NAME}: ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (e) {
    console.error("✖ Seeding failed; nothing of the demo was stored (one transaction). Fix the cause and start again.");
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
