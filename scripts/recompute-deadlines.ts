// npm run deadlines:recompute — refreshes every open case's stored next deadline. Run daily (cron,
// one instance only) and at start-up: the passing of days changes which deadlines exist
// (an exemption begins, the employer's conversation drops out after week 8).
import { closeDb, getDb } from "../lib/db/client";
import { today } from "../lib/format";
import { recomputeOrganisationDeadlines } from "../lib/domain/deadlines/recompute-case-deadline";

async function main() {
  const db = await getDb();
  try {
    const orgs = await db.organisation.findMany({ select: { id: true, name: true } });
    for (const org of orgs) {
      const r = await db.$transaction((tx) => recomputeOrganisationDeadlines(tx, org.id, today()), { timeout: 600_000 });
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
