// Two projects: `unit` (pure logic, fast, parallel) and `integration` (a fresh database per test file:
// embedded PGlite by default, a PostgreSQL server when TEST_DATABASE_URL is set; see
// tests/integration/support/db.ts). Run one with `vitest run --project unit|integration`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run server code in plain Node: the "server-only" marker resolves to its empty module,
      // as it does under Next's react-server condition.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    // Never let a stray env file point tests at a real database.
    env: { DATABASE_URL: "" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          exclude: ["**/node_modules/**", "lib/db/generated/**"],
          // Source-scanning checks (architecture, client messages) read the whole tree: on a loaded
          // machine they took over the 5 s default. A guard against hangs, not a performance limit.
          testTimeout: 30_000,
          // `vitest run` without --project: unit first, then integration (they differ in maxWorkers).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          pool: "forks",
          // Each file opens its own database; PGlite (WASM Postgres) is memory- and CPU-hungry,
          // so two files at a time at most on a 2-core machine.
          maxWorkers: 2,
          // PGlite is CPU-bound: with several checkouts testing on one machine, a database set-up took
          // over 60 s and a 120-run property test over 30 s. These are guards against hangs, not
          // performance limits (the benchmark measures performance).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
