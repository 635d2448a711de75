// npm run deadlines:recompute — refreshes every open case's stored next deadline. Run at start-up
// (npm start) and, if wanted, from cron; the server also runs it after every Danish midnight
// (lib/jobs/daily-deadline-refresh.ts): the passing of days changes which deadlines exist
// (an exemption begins, the employer's conversation drops out after week 8).
import { refreshDeadlinesIfDue } from "../lib/jobs/daily-deadline-refresh";
import { runWithDb } from "./lib/run-with-db";

runWithDb(async (db) => {
  // Today in Denmark (or SAMSPIL_TODAY); `force`: also when the server already refreshed today.
  const r = await refreshDeadlinesIfDue(db, { force: true });
  if (r.ran)
    console.log(
      `${r.organisations} organisation(s): ${r.checked} case(s) checked, ${r.updated} with a new next deadline, ${r.refreshed} worklist row(s) rewritten for the day.`,
    );
  else console.log("Another instance is refreshing the deadlines right now.");
});
