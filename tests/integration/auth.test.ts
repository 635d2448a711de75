// Sign-in rules: argon2id, soft lock after repeated failures with an identical reply, and
// server-side sessions with idle timeout, absolute lifetime, revocation and disabled users.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createOrg, type OrgFixture } from "../factories/core";
import { checkCredentials, revokeSession, startSession } from "@/lib/auth/login";
import { actorFromSessionId } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";

let f: OrgFixture;
const PASSWORD = "Korrekt-Hest-Batteri-1";

async function userWithPassword(email: string) {
  const { db } = testDb();
  return db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.jobcenter.id,
      email,
      name: "Login Test",
      role: "CASEWORKER",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
}

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db);
});
afterAll(teardownTestDb);

describe("credentials", () => {
  it("accepts the right password, case-insensitive email, and stores only an argon2id hash", async () => {
    const u = await userWithPassword("login1@test.dk");
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await checkCredentials("Login1@Test.dk ", PASSWORD)).toEqual({ ok: true, userId: u.id });
  });

  it("gives the same reply for unknown user and wrong password", async () => {
    await userWithPassword("login2@test.dk");
    expect(await checkCredentials("nobody@test.dk", PASSWORD)).toEqual({ ok: false });
    expect(await checkCredentials("login2@test.dk", "wrong")).toEqual({ ok: false });
  });

  it(`locks the account for ${env.loginLockMinutes} minutes after ${env.loginMaxFailures} failures, with the same reply, even for the right password`, async () => {
    const { db } = testDb();
    const u = await userWithPassword("login3@test.dk");
    const t0 = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < env.loginMaxFailures - 1; i++) expect(await checkCredentials(u.email, "wrong", t0)).toEqual({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).lockedUntil).toBeNull();
    expect(await checkCredentials(u.email, "wrong", t0)).toEqual({ ok: false });
    const locked = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(locked.lockedUntil!.getTime()).toBe(t0.getTime() + env.loginLockMinutes * 60_000);
    expect(await checkCredentials(u.email, PASSWORD, new Date(t0.getTime() + 60_000))).toEqual({ ok: false });
    const after = new Date(t0.getTime() + env.loginLockMinutes * 60_000 + 1000);
    expect(await checkCredentials(u.email, PASSWORD, after)).toEqual({ ok: true, userId: u.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).failedLoginCount).toBe(0);
  });

  it("refuses a disabled user with the same reply", async () => {
    const { db } = testDb();
    const u = await userWithPassword("login4@test.dk");
    await db.user.update({ where: { id: u.id }, data: { active: false } });
    expect(await checkCredentials(u.email, PASSWORD)).toEqual({ ok: false });
  });
});

describe("server-side sessions", () => {
  it("resolves the actor while the session is fresh", async () => {
    const u = await userWithPassword("s1@test.dk");
    const sid = await startSession(u.id);
    const actor = await actorFromSessionId(sid);
    expect(actor).toMatchObject({ userId: u.id, role: "CASEWORKER", departmentKind: "JOBCENTER", organisationId: f.org.id });
  });

  it(`ends after ${env.sessionIdleMinutes} idle minutes`, async () => {
    const { db } = testDb();
    const u = await userWithPassword("s2@test.dk");
    const sid = await startSession(u.id);
    const s = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    const justInside = new Date(s.lastSeenAt.getTime() + env.sessionIdleMinutes * 60_000 - 1000);
    expect(await actorFromSessionId(sid, justInside)).not.toBeNull();
    // That request touched the session; idle counts from it.
    const touched = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(touched.lastSeenAt.getTime()).toBe(justInside.getTime());
    expect(await actorFromSessionId(sid, new Date(justInside.getTime() + env.sessionIdleMinutes * 60_000 + 1000))).toBeNull();
  });

  it(`ends after ${env.sessionMaxHours} hours even when active`, async () => {
    const { db } = testDb();
    const u = await userWithPassword("s3@test.dk");
    const sid = await startSession(u.id);
    const s = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    const late = new Date(s.createdAt.getTime() + env.sessionMaxHours * 3_600_000 + 1000);
    await db.userSession.update({ where: { id: sid }, data: { lastSeenAt: new Date(late.getTime() - 60_000) } });
    expect(await actorFromSessionId(sid, late)).toBeNull();
  });

  it("stops working on the next request once the user is disabled", async () => {
    const { db } = testDb();
    const u = await userWithPassword("s4@test.dk");
    const sid = await startSession(u.id);
    expect(await actorFromSessionId(sid)).not.toBeNull();
    await db.user.update({ where: { id: u.id }, data: { active: false } });
    expect(await actorFromSessionId(sid)).toBeNull();
  });

  it("stops working after sign-out (revocation)", async () => {
    const u = await userWithPassword("s5@test.dk");
    const sid = await startSession(u.id);
    await revokeSession(sid);
    expect(await actorFromSessionId(sid)).toBeNull();
    expect(await actorFromSessionId("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
