// next-auth configuration: credentials for password users, OIDC for municipal SSO when
// OIDC_ISSUER is set (ADR 0004, ADR 0013). The JWT only carries a server-side session id; whether
// that session is still valid (idle, lifetime, revoked, user disabled) is decided on every request
// in session.ts. The session object the browser can fetch (/api/auth/session) never contains it.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { checkCredentials, revokeSession, startSession } from "./login";
import { SSO_ERROR_CODES, matchSsoUser, type SsoClaims } from "./sso";
import { clientAddress } from "./throttle";

type OidcProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

function oidcProvider(): OAuthConfig<OidcProfile>[] {
  if (!env.oidc) return [];
  return [
    {
      id: "oidc",
      name: env.oidc.name,
      type: "oauth",
      wellKnown: `${env.oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.oidc.clientId,
      clientSecret: env.oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      // Claims come from the signed ID token (Entra ID, ADFS and KOMBIT put them there).
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? null }),
    },
  ];
}

const header = (headers: unknown, name: string): string | undefined => {
  if (!headers || typeof headers !== "object") return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = (headers as Record<string, unknown>)[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v.join(",") : undefined;
};

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: env.sessionMaxHours * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || email.length > 320 || password.length > 1024) return null;
        const address = clientAddress(header(req?.headers, "x-forwarded-for"));
        const r = await checkCredentials(email, password, new Date(), address);
        return r.ok ? { id: r.userId } : null;
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      // SSO users must exist, be active and be allowed SSO in Samspil; the IdP only proves who they are.
      const match = await matchSsoUser((profile ?? {}) as SsoClaims);
      return match.ok ? true : `/login?error=${SSO_ERROR_CODES[match.reason]}`;
    },
    async jwt({ token, user, account }) {
      if (user) {
        let userId = user.id;
        if (account?.provider === "oidc") {
          const db = await getDb();
          const u = await db.user.findUnique({ where: { externalId: account.providerAccountId }, select: { id: true } });
          if (!u) throw new Error("SSO user vanished during sign-in");
          userId = u.id;
        }
        token.sub = userId;
        token.sid = await startSession(userId);
      }
      return token;
    },
    // Only what the browser needs: when the session expires. No session id, no user id.
    async session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(String(token.sid));
    },
  },
};
