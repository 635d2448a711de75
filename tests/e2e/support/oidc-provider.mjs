// A real OpenID Connect provider for the end-to-end tests (issue 13): `oidc-provider` (the certified
// Node.js implementation) on 127.0.0.1, configured here as a municipality's IdP would be for Samspil:
// one confidential client (client_secret_basic), authorization code flow with PKCE required, an
// RS256-signed ID token that carries email and email_verified, and first-party consent (no prompt).
// Playwright starts it before the app and stops it afterwards (playwright.config.ts).
//
// Test accounts: the provider's sign-in form accepts any login name (its development interaction).
// The login name becomes the account: sub "sub:<login>", email <login>, and email_verified true —
// except for logins starting with "unverified.", whose email is not verified.
//
// env: OIDC_TEST_PORT (default 3303), OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URI
import http from "node:http";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_TEST_PORT || 3303);
const issuer = `http://127.0.0.1:${port}`;
const clientId = process.env.OIDC_TEST_CLIENT_ID || "samspil-e2e";
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET || "samspil-e2e-secret";
const redirectUri = process.env.OIDC_TEST_REDIRECT_URI || "http://127.0.0.1:3103/api/auth/callback/oidc";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: "jwk" }), kid: "e2e", use: "sig", alg: "RS256" };

function claimsFor(login) {
  const email = String(login).trim().toLowerCase();
  return { sub: `sub:${email}`, email, email_verified: !email.startsWith("unverified."), name: email.split("@")[0] };
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  // Samspil sends a PKCE challenge and state; refuse any authorization request without PKCE.
  pkce: { required: () => true },
  scopes: ["openid", "email", "profile"],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Put the requested claims into the ID token (next-auth reads the profile from it, as from Entra ID).
  conformIdTokenClaims: false,
  findAccount: (_ctx, sub) => {
    const login = String(sub).replace(/^sub:/, "");
    const claims = claimsFor(login);
    return { accountId: claims.sub, claims: () => claims };
  },
  // A first-party client: grant the requested scopes without a consent screen.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    grant.addOIDCClaims(["email", "email_verified", "name"]);
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true } },
  ttl: { Session: 60, Interaction: 600, Grant: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
});
provider.proxy = false;

// The development login form submits { login, password } and makes the login the account id;
// normalise it into "sub:<email>" (the password is not checked: this is a test IdP).
const originalFinished = provider.interactionFinished.bind(provider);
provider.interactionFinished = (req, res, result, options) => {
  if (result?.login?.accountId) result.login.accountId = `sub:${String(result.login.accountId).trim().toLowerCase()}`;
  return originalFinished(req, res, result, options);
};

const server = http.createServer(provider.callback());
server.listen(port, "127.0.0.1", () => console.log(`test OIDC provider on ${issuer} (client ${clientId})`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
