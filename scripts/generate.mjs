// Generates the Prisma client offline.
// The Prisma CLI wants to download its native schema-engine binary before `generate`, which this
// machine (and municipal build hosts behind a proxy) cannot reach. Generation itself only needs
// WASM, so we hand the CLI a placeholder engine that refuses to run. See docs/decisions/0002.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const placeholder = path.join(root, "scripts", "no-schema-engine.sh");
if (!fs.existsSync(path.join(root, "node_modules", "prisma"))) process.exit(0);
const res = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
process.exit(res.status ?? 1);
