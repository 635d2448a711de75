// npm run kpi:refresh — recomputes the key figures of every organisation (ADR 0014). Run daily on
// ONE machine (cron, after `npm run deadlines:recompute`, which keeps "overdue now" right) and at
// start-up; the dashboard shows when the figures were computed.
import { today } from "../lib/clock";
import { refreshKeyFigures } from "../lib/kpi/refresh/refresh";
import { runWithDb } from "./lib/run-with-db";

runWithDb(async (db) => {
  const orgs = await db.organisation.findMany({ select: { id: true, name: true } });
  for (const org of orgs) {
    const r = await refreshKeyFigures(db, org.id, today());
    console.log(
      `${org.name}: ${r.cells} key-figure cells over ${r.months} months (${r.hidden} suppressed) in ${(r.durationMs / 1000).toFixed(1)} s.`,
    );
  }
});
