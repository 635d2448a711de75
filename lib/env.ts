// The only reader of process.env (house rule 7). Everything else imports `env`.
// Every variable is validated here with zod, all at once, with one clear message per problem
// (`scripts/check-env.ts` runs this before migrations and seeding; issue 8 item 10, ADR 0019).
// Secrets have no public defaults: given in the environment, or (embedded database) generated on
// first start into the data folder (lib/env-secrets.ts).
import "server-only";
import path from "node:path";
import { z } from "zod";
import { parseIsoDay } from "./time"; // relative: scripts run lib/env.ts from other folders too
import { loadOrCreateSecret, type SecretName } from "./env-secrets";

type Source = Record<string, string | undefined>;

/** Unset and blank are the same: no value. */
const opt = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), schema.optional());

const PG_URL = /^postgres(ql)?:\/\//;
const positive = (fallback: number) =>
  opt(z.coerce.number({ error: "must be a number" }).positive("must be a positive number")).transform((n) => n ?? fallback);
const wholeAtLeastZero = (fallback: number) =>
  opt(z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be ≥ 0")).transform((n) => n ?? fallback);
const longSecret = opt(z.string().min(16, "must be at least 16 characters (use e.g. `openssl rand -hex 32`)"));
const flag = opt(z.enum(["0", "1"], { error: 'must be "0" or "1"' }));

/** CPR_ENCRYPTION_KEY: exactly 32 bytes, base64 (AES-256). */
export function isCprKey(s: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, "base64").length === 32;
}

const Schema = z.object({
  DATABASE_URL: opt(z.string().regex(PG_URL, "must start with postgresql:// (leave it unset for the embedded database)")),
  DATABASE_POOL_SIZE: opt(z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1).max(200, "must be 1–200")),
  MIGRATION_DATABASE_URL: opt(z.string().regex(PG_URL, "must start with postgresql://")),
  PGLITE_DIR: opt(z.string()),
  SAMSPIL_SECRETS_DIR: opt(z.string()),
  CPR_ENCRYPTION_KEY: opt(z.string().refine(isCprKey, "must be 32 random bytes, base64 (`openssl rand -base64 32`)")),
  CPR_INDEX_KEY: longSecret,
  NEXTAUTH_SECRET: longSecret,
  AUDIT_HMAC_KEY: longSecret,
  SAMSPIL_ALLOW_DEV_SECRETS: flag,
  AUDIT_CHECKPOINT_EVERY: positive(1000),
  AUDIT_SEAL_INTERVAL_MS: positive(2000),
  SESSION_IDLE_MINUTES: positive(15),
  SESSION_MAX_HOURS: positive(12),
  LOGIN_MAX_FAILURES: positive(10),
  LOGIN_LOCK_MINUTES: positive(15),
  LOGIN_IP_MAX_FAILURES: positive(50),
  LOGIN_IP_WINDOW_MINUTES: positive(15),
  TRUSTED_PROXY_HOPS: wholeAtLeastZero(0),
  PORT: opt(z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1).max(65535, "must be 1–65535")),
  NEXTAUTH_URL: opt(z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://samspil.kommune.dk" })),
  OIDC_ISSUER: opt(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  OIDC_CLIENT_ID: opt(z.string()),
  OIDC_CLIENT_SECRET: opt(z.string()),
  OIDC_NAME: opt(z.string()),
  OIDC_TRUST_EMAIL: flag,
  SAMSPIL_DEMO_LOGIN: flag,
  SAMSPIL_TODAY: opt(z.string().refine((s) => parseIsoDay(s) !== null, "must be a date YYYY-MM-DD")),
  NODE_ENV: opt(z.string()),
});

/** The configuration is invalid: `problems` lists every variable with its problem. */
export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration (environment variables):\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee README "Configuration".`);
    this.name = "EnvError";
  }
}

const SECRET_NAMES = ["CPR_ENCRYPTION_KEY", "CPR_INDEX_KEY", "NEXTAUTH_SECRET", "AUDIT_HMAC_KEY"] as const satisfies readonly SecretName[];

/**
 * Validates `source` (process.env by default) and builds the configuration. Missing secrets are
 * read from (or generated into) the secrets folder — unless DATABASE_URL points to a server, where
 * they must be given (SAMSPIL_ALLOW_DEV_SECRETS=1, for tests and benchmarks, lets the folder serve there too).
 * @throws EnvError listing every invalid or missing variable.
 */
export function loadEnv(source: Source = process.env) {
  const parsed = Schema.safeParse(source);
  if (!parsed.success) throw new EnvError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  const v = parsed.data;
  const isServerDatabase = !!v.DATABASE_URL;
  const pgliteDir = path.resolve(/*turbopackIgnore: true*/ v.PGLITE_DIR || "data/pglite");
  const secretsDir = path.resolve(/*turbopackIgnore: true*/ v.SAMSPIL_SECRETS_DIR || path.join(path.dirname(pgliteDir), "secrets"));
  const missing = SECRET_NAMES.filter((n) => !v[n]);
  if (isServerDatabase && missing.length && v.SAMSPIL_ALLOW_DEV_SECRETS !== "1") {
    throw new EnvError(missing.map((n) => `${n}: must be set when DATABASE_URL points to a PostgreSQL server`));
  }
  const secret = (name: (typeof SECRET_NAMES)[number]) => v[name] ?? loadOrCreateSecret(secretsDir, name);
  const cprEncryptionKey = secret("CPR_ENCRYPTION_KEY");
  if (!isCprKey(cprEncryptionKey)) throw new EnvError([`CPR_ENCRYPTION_KEY in ${secretsDir}: must be 32 bytes, base64`]);
  return {
    databaseUrl: v.DATABASE_URL,
    /** Connections per app instance to the PostgreSQL server (default 10; instances × size ≤ the server's max_connections). */
    databasePoolSize: v.DATABASE_POOL_SIZE ?? 10,
    pgliteDir,
    /** Where generated secrets live (embedded installations; back it up with the database). */
    secretsDir,
    cprEncryptionKey,
    cprIndexKey: secret("CPR_INDEX_KEY"),
    authSecret: secret("NEXTAUTH_SECRET"),
    /** Owner role for `db:deploy` / `db:grant`; unset: DATABASE_URL (one role, no grants). */
    migrationDatabaseUrl: v.MIGRATION_DATABASE_URL,
    /** Key of the access log's HMAC chain (ADR 0009). Never stored in the database. */
    auditHmacKey: secret("AUDIT_HMAC_KEY"),
    /** The sealer writes a checkpoint of the chain head at least every this many sealed rows (and on every verify). */
    auditCheckpointEvery: v.AUDIT_CHECKPOINT_EVERY,
    /** How often (ms) the server's background sealer chains new access-log rows. */
    auditSealIntervalMs: v.AUDIT_SEAL_INTERVAL_MS,
    sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
    sessionMaxHours: v.SESSION_MAX_HOURS,
    loginMaxFailures: v.LOGIN_MAX_FAILURES,
    loginLockMinutes: v.LOGIN_LOCK_MINUTES,
    /** Failed sign-ins from one client address within the window before that address is refused (ADR 0009). */
    loginIpMaxFailures: v.LOGIN_IP_MAX_FAILURES,
    loginIpWindowMinutes: v.LOGIN_IP_WINDOW_MINUTES,
    /** Reverse proxies / load balancers in front of the app that append to X-Forwarded-For (0: none). */
    trustedProxyHops: v.TRUSTED_PROXY_HOPS,
    /** The app's public URL (next-auth's NEXTAUTH_URL), for links shown to people, e.g. set-password links. */
    publicUrl: (v.NEXTAUTH_URL || `http://localhost:${v.PORT ?? 3000}`).replace(/\/+$/, ""),
    oidc: v.OIDC_ISSUER
      ? {
          issuer: v.OIDC_ISSUER,
          clientId: v.OIDC_CLIENT_ID ?? "",
          clientSecret: v.OIDC_CLIENT_SECRET ?? "",
          name: v.OIDC_NAME || "Kommunalt login",
          /**
           * Accept the email claim without `email_verified: true`. Only for an identity provider that
           * issues nothing but addresses of the municipality's own verified domains (README "SSO").
           */
          trustEmail: v.OIDC_TRUST_EMAIL === "1",
        }
      : undefined,
    /** Show the demo users on the login page (embedded demo only unless forced). */
    showDemoUsers: v.SAMSPIL_DEMO_LOGIN ? v.SAMSPIL_DEMO_LOGIN === "1" : !isServerDatabase,
    /** Fixes "today" for deterministic tests and demos; ISO date. Unset in production. */
    today: v.SAMSPIL_TODAY,
    isProduction: v.NODE_ENV === "production",
  } as const;
}

export type Env = ReturnType<typeof loadEnv>;

export const env: Env = loadEnv();
