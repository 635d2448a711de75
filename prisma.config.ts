// Used by `prisma generate` only; migrations run through scripts/migrate.ts (docs/decisions/0002).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
