// Resolves the signed-in actor for a request. Checked on EVERY request, across instances:
// the server-side session must exist, be unrevoked, younger than the absolute lifetime and used
// within the idle timeout, and the user must still be active.
import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { safeCallbackPath } from "./safe-callback";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "./policy";

/** Request header with the path (and query) of the page asked for, set by proxy.ts. */
export const REQUEST_PATH_HEADER = "x-samspil-path";

/** Touch lastSeenAt at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 30_000;

export async function actorFromSessionId(sessionId: string, now = new Date()): Promise<Actor | null> {
  const db = await getDb();
  const s = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          role: true,
          active: true,
          organisationId: true,
          departmentId: true,
          department: { select: { kind: true } },
        },
      },
    },
  });
  if (!s || s.revokedAt || !s.user.active) return null;
  if (now.getTime() - s.createdAt.getTime() > env.sessionMaxHours * 3_600_000) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > env.sessionIdleMinutes * 60_000) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  }
  return {
    userId: s.user.id,
    organisationId: s.user.organisationId,
    role: s.user.role,
    departmentId: s.user.departmentId,
    departmentKind: s.user.department?.kind ?? null,
    name: s.user.name,
    sessionId: s.id,
  };
}

/**
 * The server-side session id from the signed, encrypted next-auth cookie. Read here, from the JWT,
 * and never put into the session object: /api/auth/session answers the browser with that object,
 * and the session id must not leave the server (issue 8 item 10). Cookies only, no bearer header.
 */
async function sessionIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  const req = { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const token = await getToken({ req, secret: env.authSecret });
  return typeof token?.sid === "string" ? token.sid : null;
}

const resolve = cache(async (): Promise<{ actor: Actor | null; hadSession: boolean }> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return { actor: null, hadSession: false };
  return { actor: await actorFromSessionId(sid), hadSession: true };
});

/** The actor of this request, or null. Cached per request. */
export async function getActor(): Promise<Actor | null> {
  return (await resolve()).actor;
}

/** The path of the page asked for (set by proxy.ts), as a safe callback path for after login, or null. */
async function requestedPath(): Promise<string | null> {
  return safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
}

/**
 * The actor, or a redirect to the login page (telling the user when their session ended) that
 * brings them back to the page they were on after login (issue 8 item 2; same-origin paths only).
 */
export async function requireActor(): Promise<Actor> {
  // A router prefetch renders nothing and logs nothing (issue 8 item 3): Next.js strips its flight
  // headers before proxy.ts, so pages recognise them here. The 404 is not cached by the router,
  // which fetches the page for real on the click.
  const h = await headers();
  if (h.has("next-router-prefetch") || h.has("next-router-segment-prefetch")) notFound();
  const { actor, hadSession } = await resolve();
  if (!actor) {
    const back = await requestedPath();
    const query = new URLSearchParams();
    if (hadSession) query.set("expired", "1");
    if (back) query.set("callbackUrl", back);
    const q = query.toString();
    redirect(q ? `/login?${q}` : "/login");
  }
  return actor;
}
