// SSO is switched on by environment variables alone; credentials stay for the embedded demo.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("next-auth providers", () => {
  it("offers only credentials without OIDC settings", async () => {
    vi.stubEnv("OIDC_ISSUER", "");
    const { authOptions } = await import("@/lib/auth/options");
    expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
  });

  it("adds the municipal OIDC provider when OIDC_ISSUER is set", async () => {
    vi.stubEnv("OIDC_ISSUER", "https://login.kommune.dk/realms/samspil/");
    vi.stubEnv("OIDC_CLIENT_ID", "samspil");
    vi.stubEnv("OIDC_CLIENT_SECRET", "s3cret");
    const { authOptions } = await import("@/lib/auth/options");
    const oidc = authOptions.providers.find((p) => p.id === "oidc") as unknown as { wellKnown: string; clientId: string; checks: string[] };
    expect(oidc).toBeDefined();
    expect(oidc.wellKnown).toBe("https://login.kommune.dk/realms/samspil/.well-known/openid-configuration");
    expect(oidc.clientId).toBe("samspil");
    expect(oidc.checks).toContain("pkce");
  });

  it("keeps sessions no longer than the absolute lifetime", async () => {
    vi.stubEnv("SESSION_MAX_HOURS", "8");
    const { authOptions } = await import("@/lib/auth/options");
    expect(authOptions.session?.maxAge).toBe(8 * 3600);
  });

  it("refuses to start on a PostgreSQL server with the public development secrets", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://x@127.0.0.1:1/x");
    vi.stubEnv("CPR_ENCRYPTION_KEY", "");
    await expect(import("@/lib/env")).rejects.toThrow(/CPR_ENCRYPTION_KEY: must be set when DATABASE_URL points to a PostgreSQL server/);
  });
});
