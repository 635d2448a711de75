import { createRequire } from "node:module";
import path from "node:path";

// use-intl formats messages compiled ahead of time (lib/i18n/compiled.ts, ADR 0030): the browser gets
// use-intl's `format-only` formatter instead of intl-messageformat and its ICU parser. A relative path,
// as next-intl's plugin does it (Turbopack aliases to an absolute path or a bare subpath misresolve).
const require = createRequire(import.meta.url);
let formatOnly = path.relative(process.cwd(), require.resolve("use-intl/format-message/format-only"));
if (!formatOnly.startsWith(".")) formatOnly = `./${formatOnly}`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM database drivers stay outside the bundle and load from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "exceljs"],
  // The build type-checks the app only; tests are type-checked by `tsc --noEmit` in npm test.
  typescript: { ignoreBuildErrors: false, tsconfigPath: "tsconfig.build.json" },
  turbopack: { resolveAlias: { "use-intl/format-message": formatOnly } },
};

export default nextConfig;
