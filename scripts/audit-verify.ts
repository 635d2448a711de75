// npm run audit:verify — seals what is sealable, verifies every organisation's keyed access-log chain
// (ADR 0009) and records the verified head as a checkpoint. Exit 0 when every chain is intact
// (recent rows still pending are fine), 1 naming the first broken row or a truncation.
import { describeVerdict, verifyAccessLog } from "../lib/audit/verify";
import { runWithDb } from "./lib/run-with-db";

runWithDb(async (db) => {
  await db.$queryRaw`SELECT 1`; // open the database before timing (embedded PGlite starts lazily)
  const started = performance.now();
  const r = await verifyAccessLog(db);
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  for (const o of r.organisations) (o.problem ? console.error : console.log)(describeVerdict(o));
  const summary = `${r.rows} row(s) verified in ${secs} s${r.pending ? `, ${r.pending} pending` : ""}.`;
  if (r.ok) {
    console.log(`Access log intact: ${summary}`);
    return 0;
  }
  console.error(`Access log NOT intact: ${summary}`);
  return 1;
});
