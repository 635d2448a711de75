// Passwords (issue 13): the one-time set-password link (24 h, single use, hashed at rest), the
// password policy (≥ 12 characters, not a common password, not containing the email), and a user
// changing their own password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, startSession } from "@/lib/auth/login";
import { actorFromSessionId } from "@/lib/auth/session";
import { inspectSetupToken, redeemSetupToken } from "@/lib/auth/password-setup";
import { passwordPolicyProblem } from "@/lib/auth/password-policy";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/domain/admin/create-user";
import { issuePasswordLink } from "@/lib/domain/admin/issue-password-link";
import { disableUser } from "@/lib/domain/admin/disable-user";
import { changeOwnPassword } from "@/lib/domain/account/change-own-password";
import { ZChangeOwnPassword, ZSetPassword } from "@/lib/validation/account";
import { createOrg, type OrgFixture } from "../factories/core";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

let f: OrgFixture;
let n = 0;
const GOOD = "Kaffe-og-kanelsnegle-7";

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db);
});
afterAll(teardownTestDb);

async function newTherapist(email = `sanne${++n}@herning.dk`) {
  return createUser(f.actors.admin, {
    name: "Sanne Fys",
    email,
    role: "THERAPIST",
    departmentId: f.healthCenter.id,
    signInMethod: "PASSWORD",
    competenceTags: ["knee"],
  });
}

describe("the password policy", () => {
  it("refuses common passwords (also with digits or symbols added) and ones containing the email", () => {
    expect(passwordPolicyProblem("qwertyuiop123", "a@b.dk")).toBe("account.errors.passwordCommon");
    expect(passwordPolicyProblem("Password12345!", "a@b.dk")).toBe("account.errors.passwordCommon");
    expect(passwordPolicyProblem("123456789012", "a@b.dk")).toBe("account.errors.passwordCommon");
    expect(passwordPolicyProblem("x-sanne.fys@herning.dk-1", "Sanne.Fys@herning.dk")).toBe("account.errors.passwordContainsEmail");
    expect(passwordPolicyProblem("mit-SANNE.FYS-kodeord", "sanne.fys@herning.dk")).toBe("account.errors.passwordContainsEmail");
    expect(passwordPolicyProblem(GOOD, "sanne.fys@herning.dk")).toBeNull();
  });

  it("the shared schema refuses fewer than 12 characters and a mismatched repetition", () => {
    const token = "a".repeat(43);
    expect(ZSetPassword.safeParse({ token, password: "Kort-kode-1", confirm: "Kort-kode-1" }).error?.issues[0]?.message).toBe(
      "account.errors.passwordTooShort",
    );
    expect(ZSetPassword.safeParse({ token, password: GOOD, confirm: GOOD + "x" }).error?.issues[0]?.message).toBe(
      "account.errors.passwordMismatch",
    );
    expect(ZSetPassword.safeParse({ token, password: GOOD, confirm: GOOD }).success).toBe(true);
  });
});

describe("the one-time set-password link", () => {
  it("sets a password that signs in, works once, and ends older links and sessions", async () => {
    const { db } = testDb();
    const { id, link } = await newTherapist();
    const u = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await inspectSetupToken(link!.token)).toEqual({ name: "Sanne Fys", email: u.email });
    expect(await checkCredentials(u.email, GOOD)).toEqual({ ok: false });
    expect(await redeemSetupToken(link!.token, GOOD)).toEqual({ ok: true });
    expect(await checkCredentials(u.email, GOOD)).toEqual({ ok: true, userId: id });
    // Single use.
    expect(await inspectSetupToken(link!.token)).toBeNull();
    expect(await redeemSetupToken(link!.token, "En-helt-anden-kode-9")).toEqual({ ok: false, formError: "account.errors.linkInvalid" });
    expect(await checkCredentials(u.email, GOOD)).toEqual({ ok: true, userId: id });
    const history = await db.recordVersion.findMany({ where: { recordType: "User", recordId: id }, orderBy: { version: "asc" } });
    expect(history.map((h) => [h.action, h.changedById])).toEqual([
      ["CREATE", f.actors.admin.userId],
      ["PASSWORD_LINK", f.actors.admin.userId],
      ["PASSWORD_SET", id],
    ]);
    // A reset link later ends the sessions the user had.
    const sid = await startSession(id);
    const reset = await issuePasswordLink(f.actors.admin, { userId: id });
    expect(await redeemSetupToken(reset.token, "Nyt-kodeord-til-foraar-3")).toEqual({ ok: true });
    expect(await actorFromSessionId(sid)).toBeNull();
  });

  it("a refused password leaves the link usable, and nothing is written", async () => {
    const { db } = testDb();
    const { id, link } = await newTherapist(`sanne.fys${++n}@herning.dk`);
    const email = (await db.user.findUniqueOrThrow({ where: { id } })).email;
    expect(await redeemSetupToken(link!.token, "password12345")).toEqual({
      ok: false,
      fieldErrors: { password: ["account.errors.passwordCommon"] },
    });
    expect(await redeemSetupToken(link!.token, `min ${email} kode`)).toEqual({
      ok: false,
      fieldErrors: { password: ["account.errors.passwordContainsEmail"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
    expect(await inspectSetupToken(link!.token)).not.toBeNull();
  });

  it("expires after 24 hours", async () => {
    const { id, link } = await newTherapist();
    void id;
    const in23h = new Date(Date.now() + 23 * 3_600_000);
    const in25h = new Date(Date.now() + 25 * 3_600_000);
    expect(await inspectSetupToken(link!.token, in23h)).not.toBeNull();
    expect(await inspectSetupToken(link!.token, in25h)).toBeNull();
    expect(await redeemSetupToken(link!.token, GOOD, in25h)).toEqual({ ok: false, formError: "account.errors.linkInvalid" });
  });

  it("stops working when the user is disabled, or replaced by a newer link; junk tokens are not links", async () => {
    const a = await newTherapist();
    const b = await newTherapist();
    await issuePasswordLink(f.actors.admin, { userId: a.id });
    expect(await redeemSetupToken(a.link!.token, GOOD)).toEqual({ ok: false, formError: "account.errors.linkInvalid" });
    await disableUser(f.actors.admin, { userId: b.id, version: 1, note: null });
    expect(await inspectSetupToken(b.link!.token)).toBeNull();
    expect(await inspectSetupToken("not-a-token")).toBeNull();
    expect(await inspectSetupToken("A".repeat(43))).toBeNull();
  });

  it("two redeemers at once: exactly one succeeds", async () => {
    const { link } = await newTherapist();
    const results = await Promise.all([redeemSetupToken(link!.token, GOOD), redeemSetupToken(link!.token, "Anden-god-kode-til-mig-5")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("changing one's own password", () => {
  it("needs the current password, applies the policy, and ends the user's other sessions only", async () => {
    const { db } = testDb();
    const user = await db.user.create({
      data: {
        organisationId: f.org.id,
        departmentId: f.jobcenter.id,
        email: `mette${++n}@herning.dk`,
        name: "Mette",
        role: "CASEWORKER",
        passwordHash: await hashPassword(GOOD),
      },
    });
    const here = await startSession(user.id);
    const elsewhere = await startSession(user.id);
    const me = { ...f.actors.caseworker, userId: user.id, sessionId: here };
    const input = (over: Record<string, string> = {}) =>
      ZChangeOwnPassword.parse({
        currentPassword: GOOD,
        password: "Sommer-ved-Vesterhavet-2",
        confirm: "Sommer-ved-Vesterhavet-2",
        ...over,
      });
    await expect(changeOwnPassword(me, input({ currentPassword: "forkert-forkert" }))).rejects.toMatchObject({
      code: "account.errors.wrongCurrent",
      field: "currentPassword",
    });
    await expect(changeOwnPassword(me, input({ password: "football2024!", confirm: "football2024!" }))).rejects.toMatchObject({
      code: "account.errors.passwordCommon",
      field: "password",
    });
    expect(await checkCredentials(user.email, GOOD)).toMatchObject({ ok: true });
    await changeOwnPassword(me, input());
    expect(await checkCredentials(user.email, GOOD)).toEqual({ ok: false });
    expect(await checkCredentials(user.email, "Sommer-ved-Vesterhavet-2")).toEqual({ ok: true, userId: user.id });
    expect(await actorFromSessionId(here)).not.toBeNull();
    expect(await actorFromSessionId(elsewhere)).toBeNull();
  });

  it("an SSO-only user has no password to change", async () => {
    const { id } = await createUser(f.actors.admin, {
      name: "Sso Bruger",
      email: `sso${++n}@herning.dk`,
      role: "CASEWORKER",
      departmentId: f.jobcenter.id,
      signInMethod: "SSO",
      competenceTags: [],
    });
    const me = { ...f.actors.caseworker, userId: id };
    await expect(
      changeOwnPassword(me, ZChangeOwnPassword.parse({ currentPassword: "x", password: GOOD, confirm: GOOD })),
    ).rejects.toMatchObject({
      code: "account.errors.noPassword",
    });
  });

  it("an SSO-only user cannot sign in with a password even if an old hash is left", async () => {
    const { db } = testDb();
    const u = await db.user.create({
      data: {
        organisationId: f.org.id,
        departmentId: f.jobcenter.id,
        email: `gammel${++n}@herning.dk`,
        name: "Gammel",
        role: "CASEWORKER",
        signInMethod: "SSO",
        passwordHash: await hashPassword(GOOD),
      },
    });
    expect(await checkCredentials(u.email, GOOD)).toEqual({ ok: false });
  });
});
