// The one way to open an embedded PGlite database (app, migrations, seeds, tests, benchmarks).
// PGlite loads PostgreSQL extensions only when they are handed to the instance at creation, so a
// database whose migrations say CREATE EXTENSION (pg_trgm for the citizen name search, ADR 0024)
// must always be opened with them; a PGlite opened without them fails on that migration and on
// every later query that uses the extension's operators.
import type { PGlite } from "@electric-sql/pglite";

/**
 * Opens (or creates) the embedded database in `dataDir` ("memory://" for a throwaway one) with the
 * extensions the migrations create: pg_trgm (trigram GIN index on Citizen.nameSearch, ADR 0024).
 * The caller must `close()` it (PGlite keeps Node alive, notes/prisma-offline).
 */
export async function openPglite(dataDir: string): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return new PGlite(dataDir, { extensions: { pg_trgm } });
}
