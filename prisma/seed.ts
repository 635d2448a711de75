// npm run db:seed (also run by npm start): seeds the demo once, all or nothing (prisma/seed/run.ts);
// does nothing when it exists.
import { today } from "../lib/clock";
import { runWithDb } from "../scripts/lib/run-with-db";
import { DEMO_ORG_NAME } from "./seed/base";
import { seedDemo } from "./seed/run";

runWithDb(async (db) => {
  try {
    const started = Date.now();
    const result = await seedDemo(db, today());
    if (!result.seeded) console.log("Demo data present: nothing to seed.");
    else console.log(`Seeded ${DEMO_ORG_NAME}: ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (e) {
    console.error("✖ Seeding failed; nothing of the demo was stored (one transaction). Fix the cause and start again.");
    throw e;
  }
});
