// npm start: build if needed, apply migrations, seed the demo (idempotent), then serve.
// Embedded PGlite unless DATABASE_URL is set. PORT (default 3000), HOSTNAME (default 127.0.0.1).
import { spawnSync, spawn } from "node:child_process";
import path from "node:path";
import { buildIsStale } from "./lib/build-stale.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT || "3000";
const host = process.env.HOSTNAME || "127.0.0.1";
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`\n✖ ${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

// One validation step for every environment variable, before building, migrating and seeding; it
// also generates the embedded installation's secrets on first start (lib/env.ts, ADR 0019).
console.log("▶ Checking the configuration…");
run(bin("tsx"), ["--conditions=react-server", "scripts/check-env.ts"]);

const needsBuild = process.env.SAMSPIL_SKIP_BUILD !== "1" && buildIsStale(root);
if (needsBuild) {
  console.log("▶ Building Samspil (first start or sources changed)…");
  run(process.execPath, [path.join(root, "scripts", "generate.mjs")]);
  run(bin("next"), ["build"]);
}
// SAMSPIL_MIGRATE=0: instances that connect as the app role (README "Deploying on PostgreSQL")
// leave migrations to the release step, which runs them as the owner.
if (process.env.SAMSPIL_MIGRATE !== "0") {
  console.log("▶ Applying database migrations…");
  run(bin("tsx"), ["--conditions=react-server", "scripts/migrate.ts", "deploy"]);
}
// Refuse to start when the keys are not the ones the data was written with (a wrong CPR key used to
// give HTTP 500 on every page); the first start stores the check values.
console.log("▶ Checking the keys against the database…");
run(bin("tsx"), ["--conditions=react-server", "scripts/check-keys.ts"]);
if (process.env.SAMSPIL_SEED !== "0") {
  console.log("▶ Seeding demo data (skipped when present)…");
  run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"]);
}
console.log("▶ Refreshing follow-up deadlines…");
run(bin("tsx"), ["--conditions=react-server", "scripts/recompute-deadlines.ts"]);
console.log("▶ Computing key figures…");
run(bin("tsx"), ["--conditions=react-server", "scripts/refresh-key-figures.ts"]);
console.log(`▶ Samspil on http://localhost:${port}`);
const child = spawn(bin("next"), ["start", "-p", port, "-H", host], { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
