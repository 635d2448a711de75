// npm start's first step (before building, migrating and seeding): validates every environment
// variable at once and, for the embedded database, creates the secrets on first start
// (lib/env.ts, lib/env-secrets.ts; issue 8 item 10). Exit 1 with one line per problem.
async function main() {
  try {
    const { env } = await import("../lib/env");
    const where = env.databaseUrl ? "PostgreSQL server (DATABASE_URL)" : `embedded database in ${env.pgliteDir}`;
    console.log(`Configuration valid: ${where}; generated secrets (when not set in the environment) in ${env.secretsDir}.`);
  } catch (e) {
    if (e instanceof Error && e.name === "EnvError") {
      console.error(`✖ ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
