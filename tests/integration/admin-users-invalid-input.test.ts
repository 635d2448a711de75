// Bad input to the user-administration actions never writes (issue 13): for each action at least 100
// generated invalid inputs go through the real server action (schema → use case → database), each is
// refused without "errors.unexpected", and a fingerprint of every table is unchanged afterwards. The
// generators produce only invalid inputs: junk in one or more fields, or well-formed input that a
// rule refuses (department that does not fit the role, unknown tag, another municipality's user,
// stale version, own role, last admin). A control input per action is accepted, so the test can fail.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/policy";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { toFormData, corruptFields, expectInputsRefused } from "./support/invalid-input";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/admin/users/actions");

const RUNS = 110;
let f: OrgFixture;
let other: OrgFixture;
let target: { id: string; email: string }; // an active caseworker
let ssoUser: string;
let disabled: string;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  f = await createOrg(db, "Esbjerg Kommune");
  other = await createOrg(db, "Varde Kommune");
  const t = await db.user.findUniqueOrThrow({ where: { id: f.actors.caseworker.userId } });
  target = { id: t.id, email: t.email };
  /** A jobcenter manager of the organisation with the given sign-in or state; returns the id. */
  const manager = async (email: string, name: string, extra: { signInMethod?: "SSO"; active?: boolean }) =>
    (
      await db.user.create({
        data: { organisationId: f.org.id, email, name, role: "MANAGER", departmentId: f.jobcenter.id, ...extra },
      })
    ).id;
  ssoUser = await manager("sso@esbjerg.dk", "Sso", { signInMethod: "SSO" });
  disabled = await manager("off@esbjerg.dk", "Off", { active: false });
});
afterAll(teardownTestDb);

type Action = (prev: { ok: boolean }, fd: FormData) => Promise<{ ok: boolean; formError?: string }>;

async function allRefused(action: Action, inputs: fc.Arbitrary<Record<string, unknown>>) {
  actor = f.actors.admin;
  await expectInputsRefused(action, inputs, { runs: RUNS });
}

const badName = fc.constantFrom("", "   ", "12345", "x".repeat(201), "Anna\u0000", "Anna\u202EBerg", "\u200B", undefined);
const badEmail = fc.constantFrom(
  "",
  "anna",
  "anna@",
  "@esbjerg.dk",
  "anna@@esbjerg.dk",
  `${"a".repeat(320)}@esbjerg.dk`,
  "an na@esbjerg.dk",
  undefined,
);
const badRole = fc.constantFrom("", "SUPERUSER", "admin ", "Caseworker", undefined);
const badMethod = fc.constantFrom("", "MAGIC", "password", undefined);
const badTags = fc.oneof(
  fc.constant(["Ryg!"]),
  fc.constant(["juggling"]),
  fc.constant(Array.from({ length: 31 }, (_, i) => `tag-${i}`)),
  fc.constant(["back", "x".repeat(41)]),
);
const badDepartment = fc.oneof(fc.constantFrom("jobcenter", "123"), fc.uuid());
/** Invalid values for each field of the user form (create and edit). */
const badUserFields = {
  name: badName,
  email: badEmail,
  role: badRole,
  signInMethod: badMethod,
  competenceTags: badTags,
  departmentId: badDepartment,
};

const validCreate = () => ({
  name: "Pia Poulsen",
  email: "pia@esbjerg.dk",
  role: "THERAPIST",
  departmentId: f.healthCenter.id,
  signInMethod: "PASSWORD",
  competenceTags: ["back"],
});

describe("user administration: invalid input writes nothing", () => {
  it(`create user: ${RUNS} invalid inputs refused`, async () => {
    const v = validCreate();
    const ruleBroken = fc.constantFrom(
      { ...v, departmentId: f.jobcenter.id }, // therapist in a jobcenter
      { ...v, role: "CASEWORKER", departmentId: "" }, // caseworker without a department
      { ...v, departmentId: other.healthCenter.id }, // another municipality's department
      { ...v, email: target.email }, // taken
    );
    await allRefused(actions.createUserAction as Action, fc.oneof(corruptFields(v, badUserFields), ruleBroken));
    actor = f.actors.admin;
    expect((await actions.createUserAction({ ok: false }, toFormData(v))).ok).toBe(true);
  });

  it(`edit user: ${RUNS} invalid inputs refused`, async () => {
    const { db } = testDb();
    const t = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const v = {
      userId: t.id,
      version: t.version,
      name: "Ny Navn",
      email: t.email,
      role: t.role,
      departmentId: t.departmentId,
      signInMethod: t.signInMethod,
      competenceTags: [],
    };
    const self = await db.user.findUniqueOrThrow({ where: { id: f.actors.admin.userId } });
    const ruleBroken = fc.constantFrom(
      { ...v, version: t.version + 7 }, // stale
      { ...v, userId: other.actors.caseworker.userId }, // another municipality's user
      { ...v, name: t.name }, // no change
      { ...v, role: "THERAPIST" }, // therapist in a jobcenter
      {
        userId: self.id,
        version: self.version,
        name: self.name,
        email: self.email,
        role: "MANAGER",
        departmentId: f.jobcenter.id,
        signInMethod: self.signInMethod,
        competenceTags: [],
      }, // own role
    );
    await allRefused(
      actions.updateUserAction as Action,
      fc.oneof(
        corruptFields(v, {
          ...badUserFields,
          userId: fc.oneof(fc.constantFrom("", "x"), fc.uuid()),
          version: fc.constantFrom("", "0", "-1", "abc", "1.5"),
        }),
        ruleBroken,
      ),
    );
    expect((await actions.updateUserAction({ ok: false }, toFormData(v))).ok).toBe(true);
  });

  const badUserId = fc.oneof(
    fc.constantFrom("", "nope"),
    fc.constant(null).map(() => other.actors.caseworker.userId),
    fc.uuid(),
  );
  const badVersion = fc.constantFrom("", "0", "x", "99999");
  const idAndVersion = (userId: string, version: number) =>
    corruptFields({ userId, version, note: "" }, { userId: badUserId, version: badVersion, note: fc.constant("n".repeat(501)) });

  it(`disable user: ${RUNS} invalid inputs refused`, async () => {
    const ruleBroken = fc.constantFrom(
      { userId: f.actors.admin.userId, version: 1, note: "" }, // oneself (and the last admin)
      { userId: disabled, version: 1, note: "" }, // already disabled
    );
    await allRefused(actions.disableUserAction as Action, fc.oneof(idAndVersion(f.actors.manager.userId, 1), ruleBroken));
    expect((await actions.disableUserAction({ ok: false }, toFormData({ userId: f.actors.manager.userId, version: 1 }))).ok).toBe(true);
  });

  it(`re-enable user: ${RUNS} invalid inputs refused`, async () => {
    const active = fc.constant({ userId: f.actors.visitator.userId, version: 1, note: "" }); // already active
    await allRefused(actions.enableUserAction as Action, fc.oneof(idAndVersion(disabled, 1), active));
    expect((await actions.enableUserAction({ ok: false }, toFormData({ userId: disabled, version: 1 }))).ok).toBe(true);
  });

  it(`unlock user: ${RUNS} invalid inputs refused`, async () => {
    const { db } = testDb();
    await db.user.update({ where: { id: f.actors.coordinator.userId }, data: { lockedUntil: new Date(Date.now() + 3_600_000) } });
    const notLocked = fc.constant({ userId: f.actors.therapist.userId, version: 1 });
    await allRefused(
      actions.unlockUserAction as Action,
      fc.oneof(corruptFields({ userId: f.actors.coordinator.userId, version: 1 }, { userId: badUserId, version: badVersion }), notLocked),
    );
    expect((await actions.unlockUserAction({ ok: false }, toFormData({ userId: f.actors.coordinator.userId, version: 1 }))).ok).toBe(true);
  });

  it(`new set-password link: ${RUNS} invalid inputs refused`, async () => {
    const ids = fc.oneof(fc.constantFrom("", "x", other.actors.caseworker.userId, ssoUser), fc.uuid(), fc.constant(undefined));
    await allRefused(
      actions.issuePasswordLinkAction as Action,
      ids.map((userId) => ({ userId })),
    );
    expect((await actions.issuePasswordLinkAction({ ok: false }, toFormData({ userId: target.id }))).ok).toBe(true);
  });

  it("every action is refused for other roles, with valid input, writing nothing", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    for (const who of [f.actors.caseworker, f.actors.therapist, f.actors.manager, f.actors.coordinator, other.actors.admin]) {
      actor = who;
      expect((await actions.createUserAction({ ok: false }, toFormData({ ...validCreate(), email: "ny@esbjerg.dk" }))).ok).toBe(false);
      expect((await actions.issuePasswordLinkAction({ ok: false }, toFormData({ userId: target.id }))).ok).toBe(false);
      expect((await actions.disableUserAction({ ok: false }, toFormData({ userId: f.actors.visitator.userId, version: 1 }))).ok).toBe(
        false,
      );
    }
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});
