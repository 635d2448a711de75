// npm run dataset:generate -- --cases 200000 [--years 5] [--seed 1] [--as-of YYYY-MM-DD] [--jobcenters 2]
//   [--health-centers 1] --out FILE.json
// Writes a synthetic municipality in the import format (docs/import-format.md), streamed and seeded.
import fs from "node:fs";
import { once } from "node:events";
import cliProgress from "cli-progress";
import { generateDataset } from "../lib/synthetic/generate";
import { parseIsoDay, todayInDenmark } from "../lib/time";

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<number> {
  const out = arg("out");
  const cases = Number(arg("cases", "1000"));
  const asOf = arg("as-of") ? parseIsoDay(arg("as-of")!) : todayInDenmark();
  if (!out || !Number.isInteger(cases) || cases < 1 || !asOf) {
    console.error("usage: npm run dataset:generate -- --cases N --out FILE.json [--years 5] [--seed 1] [--as-of YYYY-MM-DD]");
    return 2;
  }
  const stream = fs.createWriteStream(out);
  const bar = new cliProgress.SingleBar(
    { format: "Generating |{bar}| {percentage}% | {value}/{total} citizens", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let written = 0;
  bar.start(cases, 0);
  await generateDataset(
    {
      seed: Number(arg("seed", "1")),
      cases,
      years: Number(arg("years", "5")),
      asOf,
      jobcenters: Number(arg("jobcenters", "2")),
      healthCenters: Number(arg("health-centers", "1")),
    },
    async (text) => {
      written += (text.match(/\n/g) ?? []).length;
      bar.update(Math.min(cases, written));
      if (!stream.write(text)) await once(stream, "drain");
    },
  );
  stream.end();
  await once(stream, "finish");
  bar.update(cases);
  bar.stop();
  console.log(
    `✔ ${cases} citizens with cases → ${out} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
