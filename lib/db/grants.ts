// The application's database role on PostgreSQL (ADR 0009, README "Deploying on PostgreSQL").
// Two roles: the OWNER runs migrations (MIGRATION_DATABASE_URL) and owns every table; the APP role
// serves requests (DATABASE_URL) and may read and write the records, but may only INSERT and SELECT
// the access log, its seals and its checkpoints: no UPDATE, DELETE or TRUNCATE, and, not being the
// owner, it cannot drop or disable the append-only triggers either. Embedded PGlite has one user.
//
// Pure: returns the SQL; scripts/db-grant.ts (npm run db:grant, also run by db:deploy) executes it.

/** Tables the app role may only INSERT into and SELECT from. */
export const AUDIT_TABLES = ["AccessLog", "AccessLogSeal", "AccessLogCheckpoint"] as const;

/** Tables the app role may not touch at all. */
export const OWNER_ONLY_TABLES = ["_prisma_migrations"] as const;

/** A quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The idempotent statements that give `role` exactly the app's privileges in `schema` (run as the
 * owner, after every migration: new tables get them too). Order matters: reset, grant, take back.
 * `ownerOnly`: those of OWNER_ONLY_TABLES that exist (a database migrated by hand has no _prisma_migrations).
 */
export function appRoleGrants(role: string, schema = "public", ownerOnly: readonly string[] = OWNER_ONLY_TABLES): string[] {
  const r = ident(role);
  const s = ident(schema);
  const tables = (names: readonly string[]) => names.map((t) => `${s}.${ident(t)}`).join(", ");
  return [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${tables(AUDIT_TABLES)} FROM ${r}`,
    ...(ownerOnly.length ? [`REVOKE ALL ON ${tables(ownerOnly)} FROM ${r}`] : []),
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
  ];
}

/**
 * Refuses a role that grants cannot bind: a superuser, or the owner of any table in `schema`
 * (an owner may do anything to its tables, whatever was granted). Query for `pg`-style clients.
 */
export const APP_ROLE_CHECK_SQL = `
  SELECT r.rolsuper AS "superuser",
         (SELECT count(*)::int FROM pg_tables t WHERE t.schemaname = $2 AND t.tableowner = r.rolname) AS "ownedTables"
  FROM pg_roles r WHERE r.rolname = $1`;
