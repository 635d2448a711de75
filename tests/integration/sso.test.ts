// Municipal SSO (issue 13, ADR 0013): a person signed in by the identity provider is matched to an
// active Samspil user by verified email (and by the stored subject after the first sign-in); unknown,
// unverified, disabled and password-only users are refused with a clear reason, and nothing is
// created. The session is the same server-side session as for passwords; sign-out ends it; the
// browser's session object never carries its id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Profile, Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { matchSsoUser } from "@/lib/auth/sso";
import { actorFromSessionId } from "@/lib/auth/session";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

let f: OrgFixture;
let n = 0;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Aarhus Kommune");
});
afterAll(teardownTestDb);

async function user(over: { signInMethod?: "PASSWORD" | "SSO" | "BOTH"; active?: boolean; externalId?: string } = {}) {
  return testDb().db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.healthCenter.id,
      email: `sso${++n}@aarhus.dk`,
      name: `Sso ${n}`,
      role: "THERAPIST",
      signInMethod: over.signInMethod ?? "SSO",
      active: over.active ?? true,
      externalId: over.externalId ?? null,
    },
  });
}

describe("matching", () => {
  it("matches by verified email the first time, stores the subject, then matches by subject", async () => {
    const { db } = testDb();
    const u = await user();
    expect(await matchSsoUser({ sub: "idp-1", email: u.email.toUpperCase(), email_verified: true })).toEqual({ ok: true, userId: u.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).externalId).toBe("idp-1");
    expect(await db.recordVersion.findFirst({ where: { recordType: "User", recordId: u.id, action: "SSO_LINK" } })).not.toBeNull();
    // Later the IdP sends another address (or none): the subject decides.
    expect(await matchSsoUser({ sub: "idp-1", email: "new-name@aarhus.dk", email_verified: false })).toEqual({ ok: true, userId: u.id });
  });

  it("refuses unknown, unverified, disabled and password-only users, creating nothing", async () => {
    const { db } = testDb();
    const disabled = await user({ active: false });
    const passwordOnly = await user({ signInMethod: "PASSWORD" });
    const unverified = await user();
    const linkedElsewhere = await user({ externalId: "idp-original" });
    const before = await databaseFingerprint(db);
    expect(await matchSsoUser({ sub: "idp-x", email: "stranger@aarhus.dk", email_verified: true })).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await matchSsoUser({ sub: "idp-y", email: unverified.email, email_verified: false })).toEqual({
      ok: false,
      reason: "unverified",
    });
    expect(await matchSsoUser({ sub: "idp-y", email: unverified.email })).toEqual({ ok: false, reason: "unverified" });
    expect(await matchSsoUser({ sub: "idp-z", email: disabled.email, email_verified: true })).toEqual({ ok: false, reason: "disabled" });
    expect(await matchSsoUser({ sub: "idp-w", email: passwordOnly.email, email_verified: "true" })).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    // Whoever holds the address now does not take over a user linked to another subject.
    expect(await matchSsoUser({ sub: "idp-new", email: linkedElsewhere.email, email_verified: true })).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await matchSsoUser({ sub: "", email: unverified.email, email_verified: true })).toEqual({ ok: false, reason: "unknown" });
    expect(await databaseFingerprint(db)).toEqual(before);
    // A linked user who is disabled later is refused by subject too.
    await db.user.update({ where: { id: linkedElsewhere.id }, data: { active: false } });
    expect(await matchSsoUser({ sub: "idp-original" })).toEqual({ ok: false, reason: "disabled" });
  });

  it("OIDC_TRUST_EMAIL accepts an email without email_verified (for IdPs that only issue verified domains)", async () => {
    const u = await user();
    expect(await matchSsoUser({ sub: "idp-trust", email: u.email }, { trustEmail: true })).toEqual({ ok: true, userId: u.id });
  });
});

describe("the next-auth callbacks", () => {
  const cb = authOptions.callbacks!;
  const oidc = (sub: string) => ({ provider: "oidc", type: "oauth", providerAccountId: sub }) as Account;

  it("a refused SSO sign-in redirects to the login page with its reason and starts no session", async () => {
    const { db } = testDb();
    const disabled = await user({ active: false });
    const sessions = await db.userSession.count();
    const signIn = (profile: Record<string, unknown>) =>
      cb.signIn!({ user: { id: String(profile.sub) } as User, account: oidc(String(profile.sub)), profile: profile as Profile });
    expect(await signIn({ sub: "s-unknown", email: "who@aarhus.dk", email_verified: true })).toBe("/login?error=SsoUnknown");
    expect(await signIn({ sub: "s-dis", email: disabled.email, email_verified: true })).toBe("/login?error=SsoDisabled");
    expect(await signIn({ sub: "s-unv", email: disabled.email, email_verified: false })).toBe("/login?error=SsoUnverified");
    expect(await db.userSession.count()).toBe(sessions);
  });

  it("an accepted SSO sign-in gets a server-side session like a password one; the browser's session object has no id; sign-out ends it", async () => {
    const u = await user();
    const account = oidc("s-ok");
    expect(
      await cb.signIn!({
        user: { id: "s-ok" } as User,
        account,
        profile: { sub: "s-ok", email: u.email, email_verified: true } as Profile,
      }),
    ).toBe(true);
    const token = (await cb.jwt!({ token: {} as JWT, user: { id: "s-ok" } as User, account, trigger: "signIn" })) as JWT;
    expect(token.sub).toBe(u.id);
    const sid = String(token.sid);
    expect(await actorFromSessionId(sid)).toMatchObject({ userId: u.id, role: "THERAPIST", departmentKind: "HEALTH_CENTER" });
    const session = (await cb.session!({
      session: { expires: "2030-01-01T00:00:00.000Z", user: {} } as Session,
      token,
      user: undefined as never,
      newSession: undefined,
      trigger: "update",
    })) as Session;
    expect(JSON.stringify(session)).not.toContain(sid);
    expect(JSON.stringify(session)).not.toContain(u.id);
    await authOptions.events!.signOut!({ token, session: session as never });
    expect(await actorFromSessionId(sid)).toBeNull();
  });
});
