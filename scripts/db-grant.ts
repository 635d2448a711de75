// npm run db:grant — gives the application's role (the user of DATABASE_URL) exactly its privileges,
// connecting as the owner (MIGRATION_DATABASE_URL): records read/write, the access log and its seals
// and checkpoints INSERT/SELECT only (ADR 0009). Idempotent; `npm run db:deploy` runs it too.
// Options: --role=<name> (default: the user of DATABASE_URL), --schema=<name> (default public).
import pg from "pg";
import { env } from "../lib/env";
import { grantAppRole, roleOfUrl } from "../lib/db/grant-app-role";

async function main() {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (!env.migrationDatabaseUrl) throw new Error("MIGRATION_DATABASE_URL (the owner role) must be set");
  const role = arg("role") ?? (env.databaseUrl ? roleOfUrl(env.databaseUrl) : undefined);
  if (!role) throw new Error("set DATABASE_URL (the app role) or pass --role=<name>");
  if (role === roleOfUrl(env.migrationDatabaseUrl)) {
    throw new Error(`DATABASE_URL and MIGRATION_DATABASE_URL use the same role "${role}": the app must connect as its own role`);
  }
  const client = new pg.Client({ connectionString: env.migrationDatabaseUrl });
  await client.connect();
  try {
    await grantAppRole(client, role, arg("schema"));
    console.log(`Granted the app role "${role}": records read/write; AccessLog, AccessLogSeal, AccessLogCheckpoint insert/select only.`);
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
