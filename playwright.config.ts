// End-to-end tests against the production build (`node scripts/start.mjs`: migrate, seed, next start)
// on a fresh embedded database. Chromium is Debian's (/usr/bin/chromium): `npx playwright install`
// cannot download browsers on our machines. scripts/test.mjs builds once, wipes .tmp/e2e-db and
// sets SAMSPIL_SKIP_BUILD=1; run alone (`npx playwright test`), start.mjs builds when sources changed.
import { defineConfig } from "@playwright/test";

// E2E_PORT lets several checkouts on one machine run their end-to-end tests at once.
const PORT = Number(process.env.E2E_PORT) || 3999;
const baseURL = `http://127.0.0.1:${PORT}`;
const isCI = !!process.env.CI;
// A real OpenID Connect provider (tests/e2e/support/oidc-provider.mjs) for the SSO tests; its port
// follows E2E_PORT (+200) so parallel checkouts do not collide, or is set by E2E_OIDC_PORT.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT) || (process.env.E2E_PORT ? PORT + 200 : 3998);
const OIDC = { issuer: `http://127.0.0.1:${OIDC_PORT}`, clientId: "samspil-e2e", clientSecret: "e2e-only-client-secret" };

// The server inherits this environment: run on the embedded database with the real clock.
delete process.env.DATABASE_URL;
delete process.env.SAMSPIL_TODAY;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: ".tmp/playwright-results",
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    baseURL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      command: "node tests/e2e/support/oidc-provider.mjs",
      url: `${OIDC.issuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        OIDC_TEST_PORT: String(OIDC_PORT),
        OIDC_TEST_CLIENT_ID: OIDC.clientId,
        OIDC_TEST_CLIENT_SECRET: OIDC.clientSecret,
        OIDC_TEST_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc`,
      },
    },
    {
      command: "node scripts/start.mjs",
      url: `${baseURL}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        HOSTNAME: "127.0.0.1",
        PGLITE_DIR: ".tmp/e2e-db",
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        OIDC_ISSUER: OIDC.issuer,
        OIDC_CLIENT_ID: OIDC.clientId,
        OIDC_CLIENT_SECRET: OIDC.clientSecret,
        ...(process.env.SAMSPIL_SKIP_BUILD === "1" ? { SAMSPIL_SKIP_BUILD: "1" } : {}),
      },
    },
  ],
});
