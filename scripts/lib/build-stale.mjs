// When the production build is stale (scripts/start.mjs and the benchmark's server, tests/bench/server.ts):
// there is no `.next/BUILD_ID`, or a file that goes into the build changed after it.
import fs from "node:fs";
import path from "node:path";

/** The files and folders (relative to the project root) that go into `next build`. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.mjs",
  "package.json",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
];

/** Newest modification time (ms since epoch) under `paths`, skipping dependencies, builds, data and generated code. */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (["node_modules", ".next", "data", "generated", ".git"].includes(path.basename(p))) return;
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else max = Math.max(max, st.mtimeMs);
  };
  paths.forEach(walk);
  return max;
}

/**
 * Whether the build in `root`/.next is missing or older than a source.
 * @param {string} root the project root (absolute path)
 * @returns {boolean}
 */
export function buildIsStale(root) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  return !fs.existsSync(buildId) || newest(BUILD_SOURCES.map((s) => path.join(root, s))) > fs.statSync(buildId).mtimeMs;
}
