// npm run import -- FILE.json — loads a dataset in the import format (docs/import-format.md) into
// an empty database (embedded PGlite, or DATABASE_URL), with a progress bar. Exit 1 and a list of
// the records and fields at fault when the file is refused; then nothing was written.
import cliProgress from "cli-progress";
import { today } from "../lib/clock";
import { importFile } from "../lib/import/import-file";
import { translatorFor } from "../lib/i18n/server";
import { runWithDb } from "./lib/run-with-db";

const file = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!file) {
  console.error("usage: npm run import -- FILE.json");
  process.exit(2);
}

runWithDb(async (db) => {
  const t = translatorFor("en");
  const bar = new cliProgress.SingleBar(
    { format: "{phase} |{bar}| {percentage}% | {mb}/{totalMb} MB | {citizens} citizens", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let current: string | null = null;
  const started = Date.now();
  const result = await importFile(db, file, {
    today: today(),
    progress: (phase, bytes, total, citizens) => {
      const label = phase === "check" ? "Checking" : "Writing ";
      const payload = { phase: label, mb: (bytes / 1e6).toFixed(1), totalMb: (total / 1e6).toFixed(1), citizens };
      if (current !== phase) {
        if (current) bar.stop();
        bar.start(total, bytes, payload);
        current = phase;
      } else bar.update(bytes, payload);
    },
  });
  if (current) bar.stop();
  if (!result.ok) {
    console.error(`\n✖ ${file} was refused; nothing was written:`);
    for (const i of result.issues) console.error(`  ${i.path || "(file)"}: ${t(i.message as never)} [${i.message}]`);
    return 1;
  }
  const c = result.counts;
  console.log(
    `✔ Imported ${c.citizens} citizens, ${c.cases} cases, ${c.followUps} follow-ups, ${c.referrals} referrals and ${c.rehabPlans} rehab plans ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s (check ${result.seconds.check.toFixed(1)} s, write ${result.seconds.write.toFixed(1)} s, ` +
      `deadlines ${result.seconds.deadlines.toFixed(1)} s, key figures ${result.seconds.keyFigures.toFixed(1)} s).`,
  );
  return 0;
});
