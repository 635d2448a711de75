// npm run i18n:client-keys — writes lib/i18n/client-keys.json: the translation key paths the browser
// needs (lib/i18n/scan-client-keys.ts; issue 10, ADR 0020). tests/unit/client-messages.test.ts fails
// when the file is stale or a client component uses a key outside it.
import fs from "node:fs";
import path from "node:path";
import { messages } from "../lib/i18n/messages";
import { scanProject } from "../lib/i18n/scan-client-keys";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { paths, problems } = scanProject(root, messages.da);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const out = path.join(root, "lib", "i18n", "client-keys.json");
fs.writeFileSync(out, `${JSON.stringify(paths, null, 2)}\n`);
console.log(`${paths.length} key paths → ${path.relative(root, out)}`);
