// npm run i18n:client-keys — writes lib/i18n/client-keys.json: the translation key paths the browser
// needs, for the root layout and per page route (lib/i18n/scan-route-keys.ts; issue 10, ADR 0020,
// ADR 0026). tests/unit/client-messages.test.ts fails when the file is stale or a client component
// uses a key outside its route's list.
import fs from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { messages } from "../lib/i18n/messages";
import { scanRoutes } from "../lib/i18n/scan-route-keys";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { layout, routes, problems } = scanRoutes(root, messages.da);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const out = path.join(root, "lib", "i18n", "client-keys.json");
// Written as `npm run format` would write it, so that format:check stays green after a regeneration.
void (async () => {
  const options = (await prettier.resolveConfig(out)) ?? {};
  fs.writeFileSync(out, await prettier.format(JSON.stringify({ layout, routes }), { ...options, filepath: out }));
  console.log(`layout ${layout.length} + ${Object.keys(routes).length} routes → ${path.relative(root, out)}`);
})();
