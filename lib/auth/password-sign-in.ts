// Password sign-in without JavaScript (walk4 item 1). The login form posts to /login/password when
// the browser runs no script; with script it calls next-auth's client signIn as before. Both go
// through the SAME next-auth credentials provider (lib/auth/options.ts authorize → checkCredentials),
// so the account lock and the per-address throttle apply alike. next-auth v4 has no server-side
// signIn: its documented Pages-Router handler signature NextAuth(req, res, options) is called in
// process, first for a CSRF token (next-auth's double-submit pair; the browser's own request is
// protected by the same-origin check in the route), then for the credentials callback.
import "server-only";
import NextAuth from "next-auth";
import { authOptions } from "./options";

type HandlerResult = { status: number; location: string | null; setCookies: string[]; body: unknown };

/** Calls next-auth's handler in process for `/api/auth/<action...>`; returns what it would have answered. */
async function callNextAuth(
  action: string[],
  method: "GET" | "POST",
  headers: Record<string, string>,
  cookies: Record<string, string>,
  body?: Record<string, string>,
): Promise<HandlerResult> {
  const out = new Map<string, unknown>();
  let status = 200;
  let sent: unknown;
  const res = {
    status(n: number) {
      status = n;
      return res;
    },
    setHeader(name: string, value: unknown) {
      out.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => out.get(name.toLowerCase()),
    end() {},
    json(b: unknown) {
      sent = b;
    },
    send(b: unknown) {
      sent = b;
    },
  };
  const req = { query: { nextauth: action }, method, headers, cookies, body };
  const handler = NextAuth as unknown as (req: unknown, res: unknown, options: typeof authOptions) => Promise<void>;
  await handler(req, res, authOptions);
  const raw = out.get("set-cookie");
  const setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  const location = out.get("location");
  return { status, location: typeof location === "string" ? location : null, setCookies, body: sent };
}

/** name → value of Set-Cookie header lines (attributes dropped). */
function cookieValues(setCookies: string[]): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of setCookies) {
    const pair = line.split(";", 1)[0]!;
    const eq = pair.indexOf("=");
    if (eq > 0) jar[pair.slice(0, eq).trim()] = decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return jar;
}

export type PasswordSignInResult = { ok: true; setCookies: string[] } | { ok: false };

/**
 * Signs in with e-mail and password through next-auth's credentials provider. `headers` are the
 * browser request's headers (lower-case names; X-Forwarded-For feeds the per-address throttle).
 * On success, `setCookies` are the Set-Cookie lines (the session cookie) to send to the browser.
 * A wrong password, unknown user, locked account or throttled address all give `{ ok: false }`.
 */
export async function passwordSignIn(email: string, password: string, headers: Record<string, string>): Promise<PasswordSignInResult> {
  const csrf = await callNextAuth(["csrf"], "GET", headers, {});
  const csrfToken = (csrf.body as { csrfToken?: unknown } | undefined)?.csrfToken;
  if (typeof csrfToken !== "string") throw new Error("next-auth gave no CSRF token");
  const result = await callNextAuth(["callback", "credentials"], "POST", headers, cookieValues(csrf.setCookies), {
    email,
    password,
    csrfToken,
  });
  const sessionCookie = result.setCookies.some((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(c));
  if (!sessionCookie || (result.location ?? "").includes("error=")) return { ok: false };
  return { ok: true, setCookies: result.setCookies.filter((c) => !/^(__Host-)?next-auth\.csrf-token=/.test(c)) };
}
