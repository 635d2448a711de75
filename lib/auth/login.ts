// Credential check with two brakes: after N failed attempts an ACCOUNT is locked for M minutes, and
// after K failed attempts from one client ADDRESS within a window that address is refused for the
// rest of the window (throttle.ts). The reply to the caller is identical for unknown user, wrong
// password, locked account, throttled address, disabled user and SSO-only user, so that an
// attacker learns nothing about which accounts exist or are locked.
import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";
import { addressBlocked, recordFailedSignIn } from "./throttle";

export type LoginResult = { ok: true; userId: string } | { ok: false };

/** An id no user has (users get random UUIDs v4; this is the nil UUID). */
const NO_USER = "00000000-0000-0000-0000-000000000000";

/**
 * Checks an email and password. `address` is the client's address (throttle.ts `clientAddress`);
 * when given, failures are counted per address and a throttled address is refused.
 */
export async function checkCredentials(emailInput: string, password: string, now = new Date(), address?: string): Promise<LoginResult> {
  const db = await getDb();
  const email = emailInput.trim().toLowerCase();
  if (address && (await addressBlocked(address))) {
    // Same work and the same reply as a wrong password.
    await verifyPassword(null, password);
    await recordFailedSignIn(address);
    return { ok: false };
  }
  const fail = async (): Promise<LoginResult> => {
    if (address) await recordFailedSignIn(address);
    return { ok: false };
  };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, lockedUntil: true, failedLoginCount: true, signInMethod: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  // An unknown e-mail or a locked account makes the same round trip as a counted failure (an UPDATE that
  // matches no row), so that the answer's timing does not tell which e-mails exist (review6 item 8).
  const sameWorkAsACountedFailure = () => db.user.updateMany({ where: { id: NO_USER }, data: { failedLoginCount: { increment: 1 } } });
  if (!user || (user.lockedUntil && user.lockedUntil > now)) {
    await sameWorkAsACountedFailure();
    return fail();
  }
  if (!passwordOk) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= env.loginMaxFailures;
    await db.user.update({
      where: { id: user.id },
      data: lock
        ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + env.loginLockMinutes * 60_000) }
        : { failedLoginCount: failures },
    });
    return fail();
  }
  // An SSO-only user keeps no usable password; a stale hash must not let them in.
  if (!user.active || user.signInMethod === "SSO") return fail();
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

/** Ends a server-side session (sign-out); the next request with its cookie has no actor. */
export async function revokeSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
