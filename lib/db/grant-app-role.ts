// Applies the app role's grants (lib/db/grants.ts) through any PostgreSQL connection of the owner:
// a `pg` client (npm run db:grant, db:deploy) or PGlite (tests). Idempotent; one transaction.
import { APP_ROLE_CHECK_SQL, OWNER_ONLY_TABLES, appRoleGrants } from "./grants";

/** A connection of the owner role: `pg`'s Client and PGlite both have this `query`. */
export type OwnerConnection = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * Grants `role` the app's privileges in `schema` (default public).
 * @throws when the role does not exist, is a superuser or owns tables (grants would not bind it).
 */
export async function grantAppRole(db: OwnerConnection, role: string, schema = "public"): Promise<void> {
  const [check] = (await db.query(APP_ROLE_CHECK_SQL, [role, schema])).rows as { superuser: boolean; ownedTables: number }[];
  if (!check) throw new Error(`role "${role}" does not exist: create it first (README "Deploying on PostgreSQL")`);
  if (check.superuser) throw new Error(`role "${role}" is a superuser: grants cannot restrict it; use a plain login role for the app`);
  if (check.ownedTables > 0) {
    throw new Error(
      `role "${role}" owns ${check.ownedTables} table(s) in "${schema}": the app must not be the owner (run migrations as another role)`,
    );
  }
  const existing = (
    await db.query(`SELECT tablename AS "name" FROM pg_tables WHERE schemaname = $1 AND tablename = ANY($2)`, [
      schema,
      [...OWNER_ONLY_TABLES],
    ])
  ).rows as { name: string }[];
  await db.query("BEGIN");
  try {
    for (const sql of appRoleGrants(
      role,
      schema,
      existing.map((t) => t.name),
    ))
      await db.query(sql);
    await db.query("COMMIT");
  } catch (e) {
    await db.query("ROLLBACK");
    throw e;
  }
}

/** The user name in a postgresql:// URL. */
export function roleOfUrl(url: string): string {
  const name = decodeURIComponent(new URL(url).username);
  if (!name) throw new Error("the database URL names no user");
  return name;
}
