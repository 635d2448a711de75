// Matching a person the municipality's identity provider signed in (OpenID Connect) to a Samspil
// user (issue 13, ADR 0013). The IdP proves who the person is; Samspil decides whether they may
// work here. Nothing is ever created: an unknown person is refused.
//
// 1. By subject: a user whose stored `externalId` is the token's `sub` (linked at an earlier sign-in).
// 2. Else by verified email: `email_verified: true` in the token (or OIDC_TRUST_EMAIL for an IdP that
//    only issues verified addresses of the municipality's domains), the user with that email, not
//    yet linked to another subject. The subject is then stored, so later sign-ins match by subject
//    even if the address changes.
// Either way the user must be active and allowed to use SSO (sign-in method SSO or BOTH).
import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordOwnUserChange } from "./own-user-history";

/** Claims of the ID token, as the provider sent them (untrusted shapes). */
export type SsoClaims = { sub?: unknown; email?: unknown; email_verified?: unknown };

export type SsoRefusal = "unknown" | "unverified" | "disabled" | "notAllowed";
export type SsoMatch = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

/** The login page's error code for each refusal (`/login?error=…`), shown as a clear message there. */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  unknown: "SsoUnknown",
  unverified: "SsoUnverified",
  disabled: "SsoDisabled",
  notAllowed: "SsoNotAllowed",
};

const verified = (v: unknown) => v === true || v === "true";

/**
 * Finds the active user the claims belong to, linking the subject on the first verified-email match.
 * @returns the user id, or why the person is refused. Creates nothing; the only write is the link.
 */
export async function matchSsoUser(claims: SsoClaims, options: { trustEmail?: boolean } = {}): Promise<SsoMatch> {
  const trustEmail = options.trustEmail ?? env.oidc?.trustEmail ?? false;
  const sub = typeof claims.sub === "string" ? claims.sub.trim() : "";
  if (!sub || sub.length > 255) return { ok: false, reason: "unknown" };
  const db = await getDb();
  const select = { id: true, active: true, signInMethod: true, externalId: true, organisationId: true } as const;
  const allowed = (u: { active: boolean; signInMethod: string }): SsoMatch | null =>
    !u.active ? { ok: false, reason: "disabled" } : u.signInMethod === "PASSWORD" ? { ok: false, reason: "notAllowed" } : null;

  const bySubject = await db.user.findUnique({ where: { externalId: sub }, select });
  if (bySubject) return allowed(bySubject) ?? { ok: true, userId: bySubject.id };

  const email = typeof claims.email === "string" ? claims.email.normalize("NFC").trim().toLowerCase() : "";
  if (!email) return { ok: false, reason: "unknown" };
  if (!verified(claims.email_verified) && !trustEmail) return { ok: false, reason: "unverified" };
  const byEmail = await db.user.findUnique({ where: { email }, select });
  // A user already linked to another subject is not taken over by whoever now holds the address.
  if (!byEmail || (byEmail.externalId && byEmail.externalId !== sub)) return { ok: false, reason: "unknown" };
  const refused = allowed(byEmail);
  if (refused) return refused;
  await db.$transaction(async (tx) => {
    const linked = await tx.user.updateMany({ where: { id: byEmail.id, externalId: null }, data: { externalId: sub } });
    if (linked.count !== 1) return;
    await recordOwnUserChange(tx, byEmail, "SSO_LINK", { ssoSubject: { from: null, to: sub } });
  });
  return { ok: true, userId: byEmail.id };
}
