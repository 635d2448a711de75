// Bad input to the other administration and account actions never writes (issue 13): competence tags,
// the CSV import (preview and confirm), organisation details, thresholds, changing one's own password
// and choosing a password through a link. At least 100 generated invalid inputs per action through
// the real server action, each refused without "errors.unexpected", every table unchanged afterwards;
// a control input per action is accepted, so the test can fail.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import { SETTING_DEFINITIONS, SETTING_KEYS } from "@/lib/settings/definitions";
import { versionField } from "@/lib/validation/admin";
import { createOrg, type OrgFixture } from "../factories";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { corruptFields, expectInputsRefused, toFormData } from "./support/invalid-input";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { addCompetenceTagAction } = await import("@/app/(app)/admin/competences/actions");
const { previewUserImportAction, importUsersAction } = await import("@/app/(app)/admin/users/actions");
const { updateOrganisationAction, updateSettingsAction } = await import("@/app/(app)/admin/settings/actions");
const { changeOwnPasswordAction } = await import("@/app/(app)/account/actions");
const { setPasswordAction } = await import("@/app/(auth)/set-password/actions");
const { createUser } = await import("@/lib/domain/admin/create-user");

const RUNS = 110;
const PASSWORD = "Vinter-i-Vestjylland-4";
let f: OrgFixture;
let me: Actor;
let myEmail: string;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  f = await createOrg(db, "Ringkøbing-Skjern Kommune");
  myEmail = "karen.lund@rksk.dk";
  const u = await db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.jobcenter.id,
      email: myEmail,
      name: "Karen Lund",
      role: "CASEWORKER",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  me = { ...f.actors.caseworker, userId: u.id, name: u.name };
});
afterAll(teardownTestDb);

type Action = (prev: { ok: boolean }, fd: FormData) => Promise<{ ok: boolean; formError?: string; data?: unknown }>;

async function allRefused(
  action: Action,
  inputs: fc.Arbitrary<Record<string, unknown>>,
  who: () => Actor,
  refused = (r: Awaited<ReturnType<Action>>) => !r.ok,
) {
  actor = who();
  await expectInputsRefused(action, inputs, { runs: RUNS, refused });
}

const badReason = fc.constantFrom("", "  ", "ab", "x".repeat(1001), undefined);
const jc = () => f.jobcenter.name;

describe("administration and account: invalid input writes nothing", () => {
  it(`add competence tag: ${RUNS} invalid inputs refused`, async () => {
    const labels = fc.oneof(
      fc.constantFrom("", "   ", "123", "!!!", "x".repeat(61), "Ryg\u0000", "\u200B\u200B", "back", "Knee", undefined),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    await allRefused(
      addCompetenceTagAction as Action,
      labels.map((label) => ({ label })),
      () => f.actors.admin,
    );
    actor = f.actors.admin;
    expect((await addCompetenceTagAction({ ok: false }, toFormData({ label: "Ergonomi" }))).ok).toBe(true);
  });

  // A CSV with at least one bad row (or a bad file): the preview answers with errors, the import refuses.
  const badRow = fc.constantFrom(
    `Bo Berg,ikke-email,caseworker,${"JC"}`,
    "Carl,carl@rksk.dk,juggler,JC",
    "Dorte,dorte@rksk.dk,therapist,JC",
    "Eva,eva@rksk.dk,caseworker,Ukendt",
    ",finn@rksk.dk,caseworker,JC",
    "Gus,gus@rksk.dk,caseworker,JC,juggling",
    `Hans,${"karen.lund@rksk.dk"},caseworker,JC`,
  );
  const goodRow = fc.constantFrom("Ida Iversen,ida@rksk.dk,caseworker,JC", "Jon Juhl,jon@rksk.dk,manager,JC,,sso");
  const badCsv = fc.oneof(
    fc
      .tuple(fc.array(goodRow, { maxLength: 2 }), badRow, fc.array(goodRow, { maxLength: 2 }))
      .map(([a, b, c]) => ["name,email,role,department,tags,login", ...a, b, ...c].join("\n").replaceAll(",JC", `,${jc()}`)),
    fc.constantFrom("", "   ", "name,email\nA,a@b.dk", "name,email,role\n", 'name,email,role\n"A,a@b.dk,Leder', "x".repeat(200_001)),
    fc
      .constant(null)
      .map(() => `name,email,role,department\nIda Iversen,ida@rksk.dk,caseworker,${jc()}\nIda Igen,ida@rksk.dk,caseworker,${jc()}`),
  );

  it(`preview import: ${RUNS} invalid files answered with their errors`, async () => {
    type Preview = { ok: boolean; data?: { ok: boolean; valid?: boolean } };
    await allRefused(
      previewUserImportAction as Action,
      badCsv.map((csv) => ({ csv })),
      () => f.actors.admin,
      (r) => !r.ok || !(r as Preview).data!.ok || (r as Preview).data!.valid === false,
    );
  });

  it(`import users: ${RUNS} invalid files refused`, async () => {
    await allRefused(
      importUsersAction as Action,
      badCsv.map((csv) => ({ csv })),
      () => f.actors.admin,
    );
    actor = f.actors.admin;
    const ok = await importUsersAction(
      { ok: false },
      toFormData({ csv: `name,email,role,department\nIda Iversen,ida@rksk.dk,caseworker,${jc()}` }),
    );
    expect(ok.ok).toBe(true);
  });

  it(`organisation details: ${RUNS} invalid inputs refused`, async () => {
    const valid = { baseVersion: 1, name: f.org.name, jurisdiction: "DK", aidMandateDkk: 12_000, reason: "Byrådsbeslutning" };
    const rule = fc.constantFrom({ ...valid, baseVersion: 2 }, { ...valid, aidMandateDkk: 10_000 });
    await allRefused(
      updateOrganisationAction as Action,
      fc.oneof(
        corruptFields(valid, {
          baseVersion: fc.constantFrom("", "0", "x", "-3"),
          name: fc.constantFrom("", " ", "2026", "x".repeat(201), "Kommune\u0007", undefined),
          jurisdiction: fc.constantFrom("", "NO", "dk", "XX", undefined),
          aidMandateDkk: fc.oneof(
            fc.constantFrom("", "abc", "1,5", "-1", "10000001"),
            fc.integer({ min: 10_000_001, max: 2 ** 30 }).map(String),
          ),
          reason: badReason,
        }),
        rule,
      ),
      () => f.actors.admin,
    );
    actor = f.actors.admin;
    expect((await updateOrganisationAction({ ok: false }, toFormData(valid))).ok).toBe(true);
  });

  it(`thresholds: ${RUNS} invalid inputs refused`, async () => {
    const valid: Record<string, unknown> = { reason: "Aftalt på ledermødet" };
    for (const k of SETTING_KEYS) {
      valid[k] = SETTING_DEFINITIONS[k].default;
      valid[versionField(k)] = 0;
    }
    const k0 = SETTING_KEYS[0]!;
    const bad: Record<string, fc.Arbitrary<unknown>> = { reason: badReason };
    for (const k of SETTING_KEYS) {
      const d = SETTING_DEFINITIONS[k];
      bad[k] = fc.oneof(
        fc.constantFrom("", "x", "2.5", "NaN"),
        fc.integer({ min: -1000, max: d.min - 1 }).map(String),
        fc.integer({ min: d.max + 1, max: 100_000 }).map(String),
      );
      bad[versionField(k)] = fc.constantFrom("", "-1", "y");
    }
    const rule = fc.constantFrom(
      valid, // no change
      { ...valid, [k0]: SETTING_DEFINITIONS[k0].default + 1, [versionField(k0)]: 3 }, // stale version
    );
    await allRefused(
      updateSettingsAction as Action,
      fc.oneof(corruptFields({ ...valid, [k0]: SETTING_DEFINITIONS[k0].default + 1 }, bad), rule),
      () => f.actors.admin,
    );
    actor = f.actors.admin;
    expect((await updateSettingsAction({ ok: false }, toFormData({ ...valid, [k0]: SETTING_DEFINITIONS[k0].default + 1 }))).ok).toBe(true);
  });

  // Invalid for anyone: too short, common, mismatched, too long, control characters.
  const badNewPasswords = fc.oneof(
    fc.string({ maxLength: 11 }).map((p) => ({ password: p, confirm: p })),
    fc.constantFrom("password1234", "Password12345!", "qwertyuiop123", "football2024!").map((p) => ({ password: p, confirm: p })),
    fc.constant({ password: "Et-rigtig-godt-kodeord-8", confirm: "Et-rigtig-godt-kodeord-9" }),
    fc.constant({ password: "x".repeat(257), confirm: "x".repeat(257) }),
    fc.constant({ password: "Tabulator\tkodeord-1", confirm: "Tabulator\tkodeord-1" }),
  );

  it(`change own password: ${RUNS} invalid inputs refused`, async () => {
    const wrongCurrent = fc.constant({
      currentPassword: "Forkert-kodeord-99",
      password: "Et-rigtig-godt-kodeord-8",
      confirm: "Et-rigtig-godt-kodeord-8",
    });
    const same = fc.constant({ currentPassword: PASSWORD, password: PASSWORD, confirm: PASSWORD });
    const missingCurrent = fc.constant({ password: "Et-rigtig-godt-kodeord-8", confirm: "Et-rigtig-godt-kodeord-8" });
    await allRefused(
      changeOwnPasswordAction as Action,
      fc.oneof(
        badNewPasswords.map((p) => ({ currentPassword: PASSWORD, ...p })),
        // Invalid for Karen only: her email, or its local part, inside.
        fc
          .constantFrom("Mit-karen.lund@rksk.dk", "karen.lund-er-sej-2026")
          .map((p) => ({ currentPassword: PASSWORD, password: p, confirm: p })),
        wrongCurrent,
        same,
        missingCurrent,
      ),
      () => me,
    );
    actor = me;
    expect(
      (
        await changeOwnPasswordAction(
          { ok: false },
          toFormData({ currentPassword: PASSWORD, password: "Et-rigtig-godt-kodeord-8", confirm: "Et-rigtig-godt-kodeord-8" }),
        )
      ).ok,
    ).toBe(true);
  });

  it(`set password through a link: ${RUNS} invalid inputs refused, and the link still works`, async () => {
    const { link } = await createUser(f.actors.admin, {
      name: "Lene Linde",
      email: "lene.linde@rksk.dk",
      role: "CASEWORKER",
      departmentId: f.jobcenter.id,
      signInMethod: "PASSWORD",
      competenceTags: [],
    });
    const token = link!.token;
    const badTokens = fc.oneof(
      fc.constantFrom("", "abc", token.slice(1), `${token}x`, undefined),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    );
    await allRefused(
      setPasswordAction as Action,
      fc.oneof(
        badNewPasswords.map((p) => ({ token, ...p })),
        fc.constantFrom("lene.linde@rksk.dk-2026", "Lene.Linde-2026-kode").map((p) => ({ token, password: p, confirm: p })),
        badTokens.map((t) => ({ token: t, password: "Et-rigtig-godt-kodeord-8", confirm: "Et-rigtig-godt-kodeord-8" })),
      ),
      () => me,
    );
    expect(
      await setPasswordAction(
        { ok: false },
        toFormData({ token, password: "Et-rigtig-godt-kodeord-8", confirm: "Et-rigtig-godt-kodeord-8" }),
      ),
    ).toMatchObject({ ok: true });
  });
});
