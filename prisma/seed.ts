// npm run db:seed (also run by npm start): seeds the demo once; does nothing when it exists.
import { closeDb, getDb } from "../lib/db/client";
import { today } from "../lib/clock";
import { DEMO_ORG_NAME, seedBase } from "./seed/base";
import { seedSteps } from "./seed/steps";

async function main() {
  const db = await getDb();
  try {
    if (await db.organisation.findFirst({ where: { name: DEMO_ORG_NAME }, select: { id: true } })) {
      console.log("Demo data present: nothing to seed.");
      return;
    }
    const started = Date.now();
    const ctx = await seedBase(db, today());
    for (const step of seedSteps) await step(ctx);
    console.log(`Seeded ${DEMO_ORG_NAME}: ${ctx.caseIds.length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
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
