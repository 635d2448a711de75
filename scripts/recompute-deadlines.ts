// npm run deadlines:recompute — refreshes every open case's stored next deadline. Run daily (cron,
// one instance only) and at start-up: the passing of days changes which deadlines exist
// (an exemption begins, the employer's conversation drops out after week 8).
import { closeDb, getDb } from "../lib/db/client";
import { runSystemJob } from "../lib/domain/run-system-job";
import { recomputeOrganisationDeadlines } from "../lib/domain/deadlines/recompute-organisation-deadlines";

async function main() {
  const db = await getDb();
  try {
    const orgs = await db.organisation.findMany({ select: { id: true, name: true } });
    for (const org of orgs) {
      // Today in Denmark (or SAMSPIL_TODAY), as a system job of the organisation.
      const r = await runSystemJob(org.id, recomputeOrganisationDeadlines, { transaction: { timeout: 600_000 } });
      console.log(`${org.name}: ${r.checked} open case(s) checked, ${r.updated} updated.`);
    }
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
