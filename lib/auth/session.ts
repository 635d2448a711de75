// Resolves the signed-in actor for a request. Checked on EVERY request, across instances:
// the server-side session must exist, be unrevoked, younger than the absolute lifetime and used
// within the idle timeout, and the user must still be active.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { authOptions } from "./options";
import type { Actor } from "./policy";

/** Touch lastSeenAt at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 30_000;

export async function actorFromSessionId(sessionId: string, now = new Date()): Promise<Actor | null> {
  const db = await getDb();
  const s = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true, createdAt: true, lastSeenAt: true, revokedAt: true,
      user: { select: { id: true, name: true, role: true, active: true, organisationId: true, departmentId: true, department: { select: { kind: true } } } },
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

/** The actor of this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  return actorFromSessionId(session.sid);
});

/** The actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login?expired=1");
  return actor;
}
