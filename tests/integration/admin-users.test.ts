// User administration (issue 13): create, edit, disable / re-enable, unlock, competence tags,
// one-time set-password links, the last-administrator rule, nobody changes their own role, role and
// department changes with history that apply on the user's next request, and no reach into
// another municipality's users (404).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { startSession } from "@/lib/auth/login";
import { actorFromSessionId } from "@/lib/auth/session";
import { hashSetupToken } from "@/lib/auth/password-setup";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { createUser } from "@/lib/domain/admin/create-user";
import { updateUser } from "@/lib/domain/admin/update-user";
import { disableUser } from "@/lib/domain/admin/disable-user";
import { enableUser } from "@/lib/domain/admin/enable-user";
import { unlockUser } from "@/lib/domain/admin/unlock-user";
import { issuePasswordLink } from "@/lib/domain/admin/issue-password-link";
import { addCompetenceTag } from "@/lib/domain/admin/add-competence-tag";
import { listStaff } from "@/lib/domain/admin/list-staff";
import { getStaffMember } from "@/lib/domain/admin/get-staff-member";
import { userFormColumns } from "@/lib/domain/admin/staff-helpers";
import type { TCreateUser, TUpdateUser } from "@/lib/validation/admin";
import { createOrg, type OrgFixture } from "../factories/core";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

let f: OrgFixture;
let other: OrgFixture;
let admin: Actor;
let n = 0;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Herning Kommune");
  other = await createOrg(testDb().db, "Ikast Kommune");
  admin = f.actors.admin;
});
afterAll(teardownTestDb);

const therapistInput = (over: Partial<TCreateUser> = {}): TCreateUser => ({
  name: "Tove Terapeut",
  email: `tove${++n}@herning.dk`,
  role: "THERAPIST",
  departmentId: f.healthCenter.id,
  signInMethod: "PASSWORD",
  competenceTags: ["back", "knee"],
  ...over,
});

async function asUpdate(userId: string, over: Partial<TUpdateUser> = {}): Promise<TUpdateUser> {
  const u = await testDb().db.user.findUniqueOrThrow({ where: { id: userId } });
  return { userId, version: u.version, ...userFormColumns(u, u.departmentId), ...over };
}

describe("creating users", () => {
  it("creates a therapist with tags and a one-time link whose token is stored only as a hash", async () => {
    const { db } = testDb();
    const r = await createUser(admin, therapistInput());
    expect(r.link).not.toBeNull();
    const u = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(u).toMatchObject({
      organisationId: f.org.id,
      role: "THERAPIST",
      competenceTags: ["back", "knee"],
      passwordHash: null,
      active: true,
    });
    const tokens = await db.passwordSetupToken.findMany({ where: { userId: r.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).toBe(hashSetupToken(r.link!.token));
    expect(tokens[0]!.tokenHash).not.toContain(r.link!.token);
    expect(tokens[0]!.expiresAt.getTime() - tokens[0]!.createdAt.getTime()).toBeGreaterThan(23.9 * 3_600_000);
    expect(tokens[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000 + 1000);
    const history = await db.recordVersion.findMany({ where: { recordType: "User", recordId: r.id }, orderBy: { version: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["CREATE", "PASSWORD_LINK"]);
    expect(JSON.stringify(history)).not.toContain(r.link!.token);
    const log = await db.accessLog.findMany({ where: { recordId: r.id } });
    expect(log.map((l) => l.action).sort()).toEqual(["CREATE", "UPDATE"]);
  });

  it("gives an SSO-only user no link and no password", async () => {
    const r = await createUser(admin, therapistInput({ signInMethod: "SSO" }));
    expect(r.link).toBeNull();
    expect(await testDb().db.passwordSetupToken.count({ where: { userId: r.id } })).toBe(0);
  });

  it("refuses a department that does not fit the role, a missing one, another municipality's, and an unknown tag", async () => {
    await expect(createUser(admin, therapistInput({ departmentId: f.jobcenter.id }))).rejects.toMatchObject({
      code: "admin.users.errors.departmentMismatch",
      field: "departmentId",
    });
    await expect(createUser(admin, therapistInput({ role: "CASEWORKER", departmentId: null }))).rejects.toMatchObject({
      code: "admin.users.errors.departmentRequired",
    });
    await expect(createUser(admin, therapistInput({ departmentId: other.healthCenter.id }))).rejects.toMatchObject({
      code: "errors.invalidChoice",
      field: "departmentId",
    });
    await expect(createUser(admin, therapistInput({ competenceTags: ["juggling"] }))).rejects.toMatchObject({
      code: "admin.users.errors.unknownTag",
      field: "competenceTags",
    });
    // An administrator needs no department.
    await expect(createUser(admin, therapistInput({ role: "ADMIN", departmentId: null, competenceTags: [] }))).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it("refuses an email address that is in use, in this or another municipality", async () => {
    const first = therapistInput();
    await createUser(admin, first);
    await expect(createUser(admin, { ...first, name: "Another" })).rejects.toMatchObject({
      code: "admin.users.errors.emailTaken",
      field: "email",
    });
    await expect(createUser(other.actors.admin, { ...first, departmentId: other.healthCenter.id })).rejects.toMatchObject({
      code: "admin.users.errors.emailTaken",
    });
  });

  it("is refused (404) for every role but the administrator", async () => {
    for (const who of [f.actors.caseworker, f.actors.therapist, f.actors.visitator, f.actors.coordinator, f.actors.manager]) {
      await expect(createUser(who, therapistInput())).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("competence tags", () => {
  it("an admin extends the list; the new tag can be given to users; duplicates are refused", async () => {
    expect(await addCompetenceTag(admin, { label: "Long COVID" })).toEqual({ key: "long-covid" });
    await expect(addCompetenceTag(admin, { label: "long covid" })).rejects.toMatchObject({ code: "admin.tags.errors.exists" });
    await expect(addCompetenceTag(admin, { label: "Back" })).rejects.toMatchObject({ code: "admin.tags.errors.exists" });
    const r = await createUser(admin, therapistInput({ competenceTags: ["long-covid", "back"] }));
    expect((await testDb().db.user.findUniqueOrThrow({ where: { id: r.id } })).competenceTags).toEqual(["long-covid", "back"]);
    // Another municipality's list does not have it.
    await expect(
      createUser(other.actors.admin, therapistInput({ departmentId: other.healthCenter.id, competenceTags: ["long-covid"] })),
    ).rejects.toMatchObject({
      code: "admin.users.errors.unknownTag",
    });
  });
});

describe("editing users", () => {
  it("a role and department change keeps history (who, when, old → new) and applies on the user's next request", async () => {
    const { db } = testDb();
    const { id } = await createUser(admin, therapistInput({ role: "CASEWORKER", departmentId: f.jobcenter.id, competenceTags: [] }));
    const sid = await startSession(id);
    expect(await actorFromSessionId(sid)).toMatchObject({ role: "CASEWORKER", departmentKind: "JOBCENTER" });
    const r = await updateUser(admin, await asUpdate(id, { role: "COORDINATOR", departmentId: f.healthCenter.id }));
    expect(r.version).toBe(2);
    expect(await actorFromSessionId(sid)).toMatchObject({
      role: "COORDINATOR",
      departmentKind: "HEALTH_CENTER",
      departmentId: f.healthCenter.id,
    });
    const change = await db.recordVersion.findFirstOrThrow({ where: { recordType: "User", recordId: id, action: "CORRECT" } });
    expect(change.changedById).toBe(admin.userId);
    expect(change.changes).toEqual({
      role: { from: "CASEWORKER", to: "COORDINATOR" },
      department: { from: f.jobcenter.name, to: f.healthCenter.name },
    });
    const page = await getStaffMember(admin, id);
    expect(page.history.find((h) => h.action === "CORRECT")).toMatchObject({ changedByName: admin.name });
  });

  it("refuses a stale version and an unchanged form", async () => {
    const { id } = await createUser(admin, therapistInput());
    const stale = await asUpdate(id, { name: "Ny Navn" });
    await updateUser(admin, await asUpdate(id, { name: "Første Ændring" }));
    await expect(updateUser(admin, stale)).rejects.toBeInstanceOf(ConflictError);
    await expect(updateUser(admin, await asUpdate(id))).rejects.toMatchObject({ code: "admin.users.errors.noChange" });
  });

  it("refuses changing one's own role", async () => {
    const second = await createUser(admin, therapistInput({ role: "ADMIN", departmentId: null, competenceTags: [] }));
    const me = { ...admin, userId: second.id };
    await expect(updateUser(me, await asUpdate(second.id, { role: "MANAGER", departmentId: f.jobcenter.id }))).rejects.toMatchObject({
      code: "admin.users.errors.ownRole",
      field: "role",
    });
    // Other fields of one's own user may change.
    await expect(updateUser(me, await asUpdate(second.id, { name: "Anden Administrator" }))).resolves.toMatchObject({ version: 2 });
  });

  it("switching to SSO only removes the password and ends open links; back to password issues a link", async () => {
    const { db } = testDb();
    const { id, link } = await createUser(admin, therapistInput());
    await db.user.update({ where: { id }, data: { passwordHash: "$argon2id$placeholder" } });
    await updateUser(admin, await asUpdate(id, { signInMethod: "SSO" }));
    const u = await db.user.findUniqueOrThrow({ where: { id } });
    expect(u.passwordHash).toBeNull();
    expect((await db.passwordSetupToken.findFirstOrThrow({ where: { tokenHash: hashSetupToken(link!.token) } })).revokedAt).not.toBeNull();
    const back = await updateUser(admin, await asUpdate(id, { signInMethod: "BOTH" }));
    expect(back.link).not.toBeNull();
  });
});

describe("the last administrator", () => {
  it("cannot be disabled or demoted; with a second active admin it can", async () => {
    const { db } = testDb();
    const org = await createOrg(db, "Lille Kommune");
    const a1 = org.actors.admin;
    const a2 = await createUser(a1, {
      name: "Admin To",
      email: `admin2-${++n}@lille.dk`,
      role: "ADMIN",
      departmentId: null,
      signInMethod: "SSO",
      competenceTags: [],
    });
    const a2Actor = { ...a1, userId: a2.id };
    // With two admins, a2 may demote a1 — and then a1 is no admin, a2 the last one.
    const a1Row = await db.user.findUniqueOrThrow({ where: { id: a1.userId } });
    await updateUser(a2Actor, {
      userId: a1.userId,
      version: a1Row.version,
      name: a1Row.name,
      email: a1Row.email,
      role: "MANAGER",
      departmentId: org.jobcenter.id,
      signInMethod: a1Row.signInMethod,
      competenceTags: [],
    });
    const a1Now = { ...a1, role: "MANAGER" as const, departmentId: org.jobcenter.id, departmentKind: "JOBCENTER" as const };
    await expect(disableUser(a1Now, { userId: a2.id, version: 1, note: null })).rejects.toBeInstanceOf(NotFoundError);
    // A third admin tries to disable and demote the last remaining one (a2): refused.
    const a3 = await db.user.create({
      data: { organisationId: org.org.id, email: `a3-${++n}@lille.dk`, name: "A3", role: "ADMIN", active: false },
    });
    const a3Actor = { ...a1, userId: a3.id };
    await expect(disableUser(a3Actor, { userId: a2.id, version: 1, note: null })).rejects.toMatchObject({
      code: "admin.users.errors.lastAdmin",
    });
    await expect(
      updateUser(a3Actor, {
        userId: a2.id,
        version: 1,
        name: "Admin To",
        email: (await db.user.findUniqueOrThrow({ where: { id: a2.id } })).email,
        role: "MANAGER",
        departmentId: org.jobcenter.id,
        signInMethod: "SSO",
        competenceTags: [],
      }),
    ).rejects.toMatchObject({ code: "admin.users.errors.lastAdmin", field: "role" });
    expect((await db.user.findUniqueOrThrow({ where: { id: a2.id } })).active).toBe(true);
  });

  it("nobody disables themselves", async () => {
    await expect(disableUser(admin, { userId: admin.userId, version: 1, note: null })).rejects.toMatchObject({
      code: "admin.users.errors.disableSelf",
    });
  });
});

describe("disabling, re-enabling and unlocking", () => {
  it("disabling ends open sessions on the next request and the open link; re-enabling lets the user back", async () => {
    const { db } = testDb();
    const { id, link } = await createUser(admin, therapistInput());
    const sid = await startSession(id);
    expect(await actorFromSessionId(sid)).not.toBeNull();
    const { version } = await disableUser(admin, { userId: id, version: 1, note: "Fratrådt" });
    expect(await actorFromSessionId(sid)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
    expect((await db.passwordSetupToken.findFirstOrThrow({ where: { tokenHash: hashSetupToken(link!.token) } })).revokedAt).not.toBeNull();
    await expect(disableUser(admin, { userId: id, version, note: null })).rejects.toMatchObject({
      code: "admin.users.errors.alreadyDisabled",
    });
    await expect(issuePasswordLink(admin, { userId: id })).rejects.toMatchObject({ code: "admin.users.errors.linkNotPossible" });
    await enableUser(admin, { userId: id, version, note: null });
    expect(await actorFromSessionId(await startSession(id))).toMatchObject({ userId: id });
    const actions = (await db.recordVersion.findMany({ where: { recordType: "User", recordId: id }, orderBy: { version: "asc" } })).map(
      (h) => h.action,
    );
    expect(actions).toEqual(["CREATE", "PASSWORD_LINK", "DISABLE", "ENABLE"]);
    expect((await db.recordVersion.findFirstOrThrow({ where: { recordType: "User", recordId: id, action: "DISABLE" } })).reason).toBe(
      "Fratrådt",
    );
  });

  it("unlocks a soft-locked account and refuses when it is not locked", async () => {
    const { db } = testDb();
    const { id } = await createUser(admin, therapistInput());
    await expect(unlockUser(admin, { userId: id, version: 1 })).rejects.toMatchObject({ code: "admin.users.errors.notLocked" });
    await db.user.update({ where: { id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 0 } });
    expect((await listStaff(admin)).find((u) => u.id === id)?.locked).toBe(true);
    await unlockUser(admin, { userId: id, version: 1 });
    const u = await db.user.findUniqueOrThrow({ where: { id } });
    expect(u.lockedUntil).toBeNull();
    expect(u.version).toBe(2);
  });

  it("a new link ends the older one", async () => {
    const { db } = testDb();
    const { id, link } = await createUser(admin, therapistInput());
    const second = await issuePasswordLink(admin, { userId: id });
    expect((await db.passwordSetupToken.findFirstOrThrow({ where: { tokenHash: hashSetupToken(link!.token) } })).revokedAt).not.toBeNull();
    expect((await db.passwordSetupToken.findFirstOrThrow({ where: { tokenHash: hashSetupToken(second.token) } })).revokedAt).toBeNull();
  });
});

describe("another municipality's users", () => {
  it("are neither listed nor reachable: every admin action is 404 and writes nothing", async () => {
    const { db } = testDb();
    const theirs = other.actors.caseworker.userId;
    expect((await listStaff(admin)).map((u) => u.id)).not.toContain(theirs);
    const before = await db.user.findUniqueOrThrow({ where: { id: theirs } });
    const attempts: (() => Promise<unknown>)[] = [
      () => getStaffMember(admin, theirs),
      () =>
        updateUser(admin, {
          userId: theirs,
          version: before.version,
          name: "Overtaget",
          email: before.email,
          role: "CASEWORKER",
          departmentId: f.jobcenter.id,
          signInMethod: "PASSWORD",
          competenceTags: [],
        }),
      () => disableUser(admin, { userId: theirs, version: before.version, note: null }),
      () => enableUser(admin, { userId: theirs, version: before.version, note: null }),
      () => unlockUser(admin, { userId: theirs, version: before.version }),
      () => issuePasswordLink(admin, { userId: theirs }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.findUniqueOrThrow({ where: { id: theirs } })).toEqual(before);
    expect(await db.passwordSetupToken.count({ where: { userId: theirs } })).toBe(0);
  });
});
