// Resolves the signed-in actor for a request. Checked on EVERY request, across instances:
// the server-side session must exist, be unrevoked, younger than the absolute lifetime and used
// within the idle timeout, and the user must still be active.
import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { safeCallbackPath } from "./safe-callback";
import { decodeSessionToken } from "./session-token";
import { notFound, redirect } from "next/navigation";
import { getDb, pgPool } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "./policy";

/** Request header with the path (and query) of the page asked for, set by proxy.ts. */
export const REQUEST_PATH_HEADER = "x-samspil-path";

/** Touch lastSeenAt at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 30_000;

type SessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  revoked: boolean;
  userId: string;
  name: string;
  role: Actor["role"];
  active: boolean;
  organisationId: string;
  departmentId: string | null;
  departmentKind: NonNullable<Actor["departmentKind"]> | null;
};

/**
 * The session lookup on a PostgreSQL server: the pool under Prisma, without Prisma's client, which cost
 * ~0.3–0.5 ms of the server's CPU per call (ADR 0034). Deliberately an unnamed statement: a named
 * (prepared) one would save PostgreSQL's parse and plan of this small query, but breaks behind a
 * connection pooler in transaction mode (e.g. PgBouncer before 1.21), which several app instances
 * sharing one server may well use. The times come back as epoch
 * milliseconds: the columns are `timestamp(3)` holding UTC, which Prisma reads as UTC but pg would
 * read in the process's time zone.
 */
const SESSION_STATEMENT = {
  text: `SELECT s."id", (extract(epoch FROM s."createdAt") * 1000)::float8 AS "createdAt",
           (extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAt", s."revokedAt" IS NOT NULL AS "revoked",
           u."id" AS "userId", u."name", u."role"::text AS "role", u."active", u."organisationId", u."departmentId",
           d."kind"::text AS "departmentKind"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" LEFT JOIN "Department" d ON d."id" = u."departmentId"
    WHERE s."id" = $1`,
};

/** The session row of `sessionId` (session, user and department joined), or undefined. */
async function sessionRow(sessionId: string): Promise<SessionRow | undefined> {
  const db = await getDb();
  const pool = pgPool();
  if (pool) {
    const { rows } = await pool.query<Omit<SessionRow, "createdAt" | "lastSeenAt"> & { createdAt: number; lastSeenAt: number }>({
      ...SESSION_STATEMENT,
      values: [sessionId],
    });
    const r = rows[0];
    return r && { ...r, createdAt: new Date(r.createdAt), lastSeenAt: new Date(r.lastSeenAt) };
  }
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."id", s."createdAt", s."lastSeenAt", s."revokedAt" IS NOT NULL AS "revoked", u."id" AS "userId", u."name", u."role"::text AS "role",
           u."active", u."organisationId", u."departmentId", d."kind"::text AS "departmentKind"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" LEFT JOIN "Department" d ON d."id" = u."departmentId"
    WHERE s."id" = ${sessionId}`;
  return row;
}

/**
 * The actor of server-side session `sessionId` at `now`, or null (no such session, revoked, older than
 * SESSION_MAX_HOURS, idle longer than SESSION_IDLE_MINUTES, user deactivated). Touches lastSeenAt at most
 * every TOUCH_EVERY_MS. One query (session, user and department joined): it runs on every request, and
 * Prisma's nested select sent three (ADR 0024); on PostgreSQL an unnamed statement through pg, no
 * prepared one (ADR 0034; see SESSION_STATEMENT).
 */
export async function actorFromSessionId(sessionId: string, now = new Date()): Promise<Actor | null> {
  const row = await sessionRow(sessionId);
  if (!row || row.revoked || !row.active) return null;
  if (now.getTime() - row.createdAt.getTime() > env.sessionMaxHours * 3_600_000) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > env.sessionIdleMinutes * 60_000) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const db = await getDb();
    await db.userSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return {
    userId: row.userId,
    organisationId: row.organisationId,
    role: row.role,
    departmentId: row.departmentId,
    departmentKind: row.departmentKind,
    name: row.name,
    sessionId: row.id,
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
  const token = await getToken({ req, secret: env.authSecret, decode: decodeSessionToken });
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
