// Credential check with soft lock: after N failed attempts the account is locked for M minutes.
// The reply to the caller is identical for unknown user, wrong password, locked and disabled,
// so that an attacker learns nothing about which accounts exist or are locked.
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";

export type LoginResult = { ok: true; userId: string } | { ok: false };

export async function checkCredentials(emailInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const db = await getDb();
  const email = emailInput.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, lockedUntil: true, failedLoginCount: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user) return { ok: false };
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false };
  if (!passwordOk) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= env.loginMaxFailures;
    await db.user.update({
      where: { id: user.id },
      data: lock
        ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + env.loginLockMinutes * 60_000) }
        : { failedLoginCount: failures },
    });
    return { ok: false };
  }
  if (!user.active) return { ok: false };
  if (user.failedLoginCount !== 0 || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
  }
  return { ok: true, userId: user.id };
}

/** Starts a server-side session (idle timeout, absolute lifetime, revocation). */
export async function startSession(userId: string): Promise<string> {
  const db = await getDb();
  const s = await db.userSession.create({ data: { userId }, select: { id: true } });
  return s.id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
