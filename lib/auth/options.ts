// next-auth configuration: credentials for the embedded demo, OIDC for municipal SSO when
// OIDC_ISSUER is set. The JWT only carries a server-side session id; whether that session is
// still valid (idle, lifetime, revoked, user disabled) is decided on every request in session.ts.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { checkCredentials, revokeSession, startSession } from "./login";

type OidcProfile = { sub: string; email?: string; name?: string };

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
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? null }),
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: env.sessionMaxHours * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || email.length > 320 || password.length > 1024) return null;
        const r = await checkCredentials(email, password);
        return r.ok ? { id: r.userId } : null;
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ account, profile, user }) {
      if (account?.provider !== "oidc") return true;
      // SSO users must exist and be active in Samspil; the IdP only proves who they are.
      const db = await getDb();
      const sub = (profile as OidcProfile | undefined)?.sub ?? user.id;
      const email = (profile as OidcProfile | undefined)?.email?.toLowerCase();
      const found = await db.user.findFirst({
        where: { active: true, OR: [{ externalId: sub }, ...(email ? [{ email, externalId: null }] : [])] },
        select: { id: true, externalId: true },
      });
      if (!found) return false;
      if (!found.externalId) await db.user.update({ where: { id: found.id }, data: { externalId: sub } });
      return true;
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
    async session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(String(token.sid));
    },
  },
};
