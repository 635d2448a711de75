// npm run audit:verify — exit 0 when every access-log chain is intact, 1 with the first broken row.
import { closeDb, getDb } from "../lib/db/client";
import { verifyAccessLog } from "../lib/audit/verify";

async function main() {
  const db = await getDb();
  try {
    const r = await verifyAccessLog(db);
    if (r.ok) {
      console.log(`Access log intact: ${r.rows} row(s) verified.`);
      return 0;
    }
    console.error(
      `Access log BROKEN at row id ${r.brokenId} (organisation ${r.organisationId}): ${r.problem} does not match. ${r.rows} row(s) read.`,
    );
    return 1;
  } finally {
    await closeDb();
  }
}
main().then(
  (c) => process.exit(c),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
