// One-time set-password links (issue 13, ADR 0013). An admin issues a link for a password user (no
// e-mail server is assumed: the admin hands it over); it is valid 24 hours and works once. Only the
// SHA-256 hash of the 256-bit random token is stored, so neither a database dump nor the access log
// can be turned into a working link. Issuing a new link revokes the older ones of that user.
//
// Redeeming happens before anyone is signed in, so it lives here beside the login and not in a
// use case (which needs an actor); it writes the same history and access-log rows a use case would,
// with the user themself as the actor.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { actorOfUser } from "./policy";
import { recordOwnUserChange } from "./own-user-history";
import { hashPassword } from "./password";
import { passwordPolicyProblem } from "./password-policy";

/** How long a set-password link works. */
export const SETUP_LINK_HOURS = 24;

/** Tokens are 32 random bytes, base64url (43 characters). Anything else is not looked up at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token (shown once, in the link) and the hash that is stored. */
export function newSetupToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSetupToken(token) };
}

/** The path of the set-password page for a token. */
export const setupPath = (token: string) => `/set-password/${token}`;

const userSelect = {
  id: true,
  name: true,
  email: true,
  active: true,
  signInMethod: true,
  organisationId: true,
  role: true,
  departmentId: true,
  department: { select: { kind: true } },
} as const;

type Tx = Prisma.TransactionClient;

/** The token's row and user when the link still works (unused, not revoked, not expired, user active, password allowed). */
async function usableToken(tx: Tx, token: string, now: Date) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await tx.passwordSetupToken.findUnique({
    where: { tokenHash: hashSetupToken(token) },
    select: { id: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: userSelect } },
  });
  if (!row || row.usedAt || row.revokedAt || row.expiresAt <= now) return null;
  if (!row.user.active || row.user.signInMethod === "SSO") return null;
  return row;
}

/** For the set-password page: whose link it is, or null when the link does not (or no longer) work. */
export async function inspectSetupToken(token: string, now = new Date()): Promise<{ name: string; email: string } | null> {
  const db = await getDb();
  const row = await usableToken(db as unknown as Tx, token, now);
  return row ? { name: row.user.name, email: row.user.email } : null;
}

export type RedeemResult = { ok: true } | { ok: false; formError: string } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Sets the user's password through a link. The password must pass the policy (length by the schema
 * before this is called; common passwords and the email here). On success the link is used up, the
 * account unlocked, older links and every open session of the user end.
 * @returns formError "account.errors.linkInvalid" for a missing, used, revoked or expired link;
 *   fieldErrors.password for a password the policy refuses (the link then still works).
 */
export async function redeemSetupToken(token: string, password: string, now = new Date()): Promise<RedeemResult> {
  const db = await getDb();
  const invalid = { ok: false, formError: "account.errors.linkInvalid" } as const;
  // Check the link and the policy first: argon2 is deliberately expensive, so junk is refused before it.
  const found = await usableToken(db as unknown as Tx, token, now);
  if (!found) return invalid;
  const problem = passwordPolicyProblem(password, found.user.email);
  if (problem) return { ok: false, fieldErrors: { password: [problem] } };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const row = await usableToken(tx, token, now);
    if (!row || row.user.email !== found.user.email) return invalid;
    // Single use even under concurrency: only one redeemer flips usedAt from null.
    const used = await tx.passwordSetupToken.updateMany({ where: { id: row.id, usedAt: null, revokedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return invalid;
    const u = row.user;
    await tx.user.update({
      where: { id: u.id },
      data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null, version: { increment: 1 } },
      select: { id: true },
    });
    await tx.passwordSetupToken.updateMany({ where: { userId: u.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.userSession.updateMany({ where: { userId: u.id, revokedAt: null }, data: { revokedAt: now } });
    await recordOwnUserChange(tx, u, "PASSWORD_SET", { password: { from: null, to: "set" } });
    const self = actorOfUser(u, "set-password-link");
    await logAccess(tx, self, { action: "UPDATE", recordType: "User", recordId: u.id, details: { passwordSet: "link" } });
    return { ok: true } as const;
  });
}
