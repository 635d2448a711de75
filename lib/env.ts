// The only reader of process.env (house rule 7). Everything else imports `env`.
import "server-only";
import path from "node:path";

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

function nonNegativeInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

// Development defaults keep `npm install && npm start` zero-config on the embedded database.
// They are public (they are in this file), so a server deployment (DATABASE_URL set) must
// provide its own secrets: see README "Configuration" and .env.example.
const DEV_CPR_ENCRYPTION_KEY = "c2Ftc3BpbC1kZXYtb25seS1jcHIta2V5LTMyYnl0ZXM="; // 32 bytes, base64
const DEV_CPR_INDEX_KEY = "samspil-dev-only-cpr-blind-index-key";
const DEV_AUTH_SECRET = "samspil-dev-only-auth-secret-change-me-in-production";
const DEV_AUDIT_HMAC_KEY = "samspil-dev-only-access-log-hmac-key";

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const isServerDatabase = !!databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl);
if (databaseUrl && !isServerDatabase) {
  throw new Error("DATABASE_URL must start with postgresql:// (leave it unset for the embedded database)");
}
// The owner role's URL for migrations and grants (README "Deploying on PostgreSQL"); the app itself
// serves with DATABASE_URL, a role that cannot change or delete access-log rows.
const migrationDatabaseUrl = process.env.MIGRATION_DATABASE_URL?.trim() || undefined;
if (migrationDatabaseUrl && !/^postgres(ql)?:\/\//.test(migrationDatabaseUrl)) {
  throw new Error("MIGRATION_DATABASE_URL must start with postgresql://");
}

function secret(name: string, devDefault: string): string {
  const value = process.env[name]?.trim();
  if (value) return value;
  if (isServerDatabase && process.env.SAMSPIL_ALLOW_DEV_SECRETS !== "1") {
    throw new Error(`${name} must be set when DATABASE_URL points to a PostgreSQL server`);
  }
  return devDefault;
}

export const env = {
  databaseUrl: isServerDatabase ? databaseUrl : undefined,
  pgliteDir: path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR?.trim() || "data/pglite"),
  cprEncryptionKey: secret("CPR_ENCRYPTION_KEY", DEV_CPR_ENCRYPTION_KEY),
  cprIndexKey: secret("CPR_INDEX_KEY", DEV_CPR_INDEX_KEY),
  authSecret: secret("NEXTAUTH_SECRET", DEV_AUTH_SECRET),
  /** Owner role for `db:deploy` / `db:grant`; unset: DATABASE_URL (one role, no grants). */
  migrationDatabaseUrl,
  /** Key of the access log's HMAC chain (ADR 0009). Never stored in the database. */
  auditHmacKey: secret("AUDIT_HMAC_KEY", DEV_AUDIT_HMAC_KEY),
  /** The sealer writes a checkpoint of the chain head at least every this many sealed rows (and on every verify). */
  auditCheckpointEvery: int("AUDIT_CHECKPOINT_EVERY", 1000),
  /** How often (ms) the server's background sealer chains new access-log rows. */
  auditSealIntervalMs: int("AUDIT_SEAL_INTERVAL_MS", 2000),
  sessionIdleMinutes: int("SESSION_IDLE_MINUTES", 15),
  sessionMaxHours: int("SESSION_MAX_HOURS", 12),
  loginMaxFailures: int("LOGIN_MAX_FAILURES", 10),
  loginLockMinutes: int("LOGIN_LOCK_MINUTES", 15),
  /** Failed sign-ins from one client address within the window before that address is refused (ADR 0009). */
  loginIpMaxFailures: int("LOGIN_IP_MAX_FAILURES", 50),
  loginIpWindowMinutes: int("LOGIN_IP_WINDOW_MINUTES", 15),
  /** Reverse proxies / load balancers in front of the app that append to X-Forwarded-For (0: none). */
  trustedProxyHops: nonNegativeInt("TRUSTED_PROXY_HOPS", 0),
  /** The app's public URL (next-auth's NEXTAUTH_URL), for links shown to people, e.g. set-password links. */
  publicUrl: (process.env.NEXTAUTH_URL?.trim() || `http://localhost:${process.env.PORT?.trim() || "3000"}`).replace(/\/+$/, ""),
  oidc: process.env.OIDC_ISSUER
    ? {
        issuer: process.env.OIDC_ISSUER,
        clientId: process.env.OIDC_CLIENT_ID ?? "",
        clientSecret: process.env.OIDC_CLIENT_SECRET ?? "",
        name: process.env.OIDC_NAME || "Kommunalt login",
        /**
         * Accept the email claim without `email_verified: true`. Only for an identity provider that
         * issues nothing but addresses of the municipality's own verified domains (README "SSO").
         */
        trustEmail: process.env.OIDC_TRUST_EMAIL === "1",
      }
    : undefined,
  /** Show the demo users on the login page (embedded demo only unless forced). */
  showDemoUsers: process.env.SAMSPIL_DEMO_LOGIN ? process.env.SAMSPIL_DEMO_LOGIN === "1" : !isServerDatabase,
  /** Fixes "today" for deterministic tests and demos; ISO date. Unset in production. */
  today: process.env.SAMSPIL_TODAY?.trim() || undefined,
  isProduction: process.env.NODE_ENV === "production",
} as const;

export type Env = typeof env;
