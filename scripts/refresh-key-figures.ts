// npm run kpi:refresh — recomputes the key figures of every organisation (ADR 0014). Run daily on
// ONE machine (cron, after `npm run deadlines:recompute`, which keeps "overdue now" right) and at
// start-up; the dashboard shows when the figures were computed.
import { closeDb, getDb } from "../lib/db/client";
import { today } from "../lib/clock";
import { refreshKeyFigures } from "../lib/kpi/refresh/refresh";

async function main() {
  const db = await getDb();
  try {
    const orgs = await db.organisation.findMany({ select: { id: true, name: true } });
    for (const org of orgs) {
      const r = await refreshKeyFigures(db, org.id, today());
      console.log(
        `${org.name}: ${r.cells} key-figure cells over ${r.months} months (${r.hidden} suppressed) in ${(r.durationMs / 1000).toFixed(1)} s.`,
      );
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
