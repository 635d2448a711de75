// Bulk onboarding (issue 13): a CSV of users is previewed with the field at fault marked per row,
// and nothing is created until every row is valid and the admin confirms — then all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/domain/errors";
import { previewUserImport } from "@/lib/domain/admin/preview-user-import";
import { importUsers } from "@/lib/domain/admin/import-users";
import { addCompetenceTag } from "@/lib/domain/admin/add-competence-tag";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { ASSIGNABLE_ROLES } from "@/lib/auth/policy/staff";
import { common as daCommon } from "@/lib/i18n/messages/da/common";
import { common as enCommon } from "@/lib/i18n/messages/en/common";
import { admin as daAdmin } from "@/lib/i18n/messages/da/admin";
import { admin as enAdmin } from "@/lib/i18n/messages/en/admin";

let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Viborg Kommune");
  await addCompetenceTag(f.actors.admin, { label: "Ergonomi" });
});
afterAll(teardownTestDb);

const jc = () => f.jobcenter.name;
const hc = () => f.healthCenter.name;

describe("preview", () => {
  it("reads Danish headers, semicolons, quoted lists and a BOM, and marks each invalid row's field", async () => {
    const csv =
      "\uFEFFNavn;E-mail;Rolle;Afdeling;Kompetencer;Login\n" +
      `Anna Andersen;anna@viborg.dk;Terapeut;${hc()};"Ryg, knee, Ergonomi";adgangskode\n` +
      `Bo Berg;ikke-en-email;Sagsbehandler;${jc()};;\n` +
      `Carl Carlsen;carl@viborg.dk;Terapeut;${jc()};;sso\n` +
      `Dorte Dahl;dorte@viborg.dk;Jongløren;${jc()};;\n` +
      `Eva Eriksen;anna@viborg.dk;Leder;${jc()};Svømning;begge\n` +
      `Finn Fisk;finn@viborg.dk;Sagsbehandler;Ukendt afdeling;;\n` +
      `;gus@viborg.dk;Administrator;;;\n`;
    const before = await databaseFingerprint(testDb().db);
    const r = await previewUserImport(f.actors.admin, { csv });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valid).toBe(false);
    const byLine = Object.fromEntries(r.rows.map((row) => [row.line, row]));
    expect(byLine[2]!.errors).toEqual({});
    expect(byLine[2]!.user).toMatchObject({
      role: "THERAPIST",
      departmentId: f.healthCenter.id,
      competenceTags: ["back", "knee", "ergonomi"],
      signInMethod: "PASSWORD",
    });
    expect(byLine[3]!.errors).toEqual({ email: ["errors.invalidEmail"] });
    expect(byLine[4]!.errors).toEqual({ department: ["admin.users.errors.departmentMismatch"] });
    // An unknown role lists the roles the file may name (fix16 item 6b), not "choose one of the options".
    expect(byLine[5]!.errors).toEqual({ role: ["admin.import.errors.roleUnknown"] });
    expect(byLine[6]!.errors).toEqual({ tags: ["admin.users.errors.unknownTag"], email: ["admin.import.errors.duplicateInFile"] });
    expect(byLine[7]!.errors).toEqual({ department: ["admin.import.errors.departmentUnknown"] });
    expect(byLine[8]!.errors).toEqual({ name: ["errors.required"] });
    // Nothing was written by the preview.
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });

  it("names missing columns, and refuses empty and unreadable files", async () => {
    expect(await previewUserImport(f.actors.admin, { csv: "name,email\nA,a@b.dk\n" })).toEqual({
      ok: false,
      error: "admin.import.errors.missingColumns",
      missing: ["role"],
    });
    expect(await previewUserImport(f.actors.admin, { csv: "name,email,role\n" })).toMatchObject({
      ok: false,
      error: "admin.import.errors.noRows",
    });
    expect(await previewUserImport(f.actors.admin, { csv: 'name,email,role\n"A,a@b.dk,Leder\n' })).toMatchObject({
      ok: false,
      error: "admin.import.errors.unreadable",
    });
  });

  it("accepts every assignable role by its Danish and English name, in any case (fix16 item 6b)", async () => {
    const names = ASSIGNABLE_ROLES.flatMap((r) => [
      [r, daCommon.roles[r]],
      [r, enCommon.roles[r].toUpperCase()],
    ]);
    const csv =
      "name;email;role;department\n" +
      names.map(([, name], i) => `Bruger ${i};rolle${i}@viborg.dk;${name};`).join("\n") +
      "\nUkendt Rolle;ukendt@viborg.dk;Jongløren;\n";
    const r = await previewUserImport(f.actors.admin, { csv });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Each name is read as its role (the department may not fit it: that is another column's error).
    expect(r.rows.slice(0, names.length).map((row) => row.errors.role ?? [])).toEqual(names.map(() => []));
    expect(r.rows.at(-1)!.errors.role).toEqual(["admin.import.errors.roleUnknown"]);
    // The message lists the roles by their names in each language.
    expect(daAdmin.import.errors.roleUnknown).toContain("{roles}");
    expect(enAdmin.import.errors.roleUnknown).toContain("{roles}");
  });

  it("flags an email already used in the organisation", async () => {
    const { db } = testDb();
    const existing = await db.user.findUniqueOrThrow({ where: { id: f.actors.caseworker.userId } });
    const r = await previewUserImport(f.actors.admin, { csv: `name,email,role,department\nX Y,${existing.email},caseworker,${jc()}\n` });
    expect(r.ok && r.rows[0]!.errors).toEqual({ email: ["admin.users.errors.emailTaken"] });
  });
});

describe("import", () => {
  it("creates nothing while any row is invalid", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    const csv = `name,email,role,department\nGod Bruger,god@viborg.dk,caseworker,${jc()}\nDårlig,darlig@,caseworker,${jc()}\n`;
    await expect(importUsers(f.actors.admin, { csv })).rejects.toMatchObject({ code: "admin.import.errors.notAllValid", field: "csv" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("creates every row of a valid file in one go, with links for password users", async () => {
    const { db } = testDb();
    const csv =
      "name,email,role,department,tags,sign-in\n" +
      `Hanne Holm,hanne@viborg.dk,therapist,sundhedscenter,"back,knee",password\n` +
      `Ib Iversen,ib@viborg.dk,caseworker,jobcenter,,sso\n` +
      `Jens Juul,jens@viborg.dk,administrator,,,both\n`;
    const out = await importUsers(f.actors.admin, { csv });
    expect(out.map((u) => [u.email, u.link !== null])).toEqual([
      ["hanne@viborg.dk", true],
      ["ib@viborg.dk", false],
      ["jens@viborg.dk", true],
    ]);
    const hanne = await db.user.findUniqueOrThrow({ where: { email: "hanne@viborg.dk" } });
    expect(hanne).toMatchObject({
      organisationId: f.org.id,
      role: "THERAPIST",
      departmentId: f.healthCenter.id,
      competenceTags: ["back", "knee"],
    });
    expect(await db.recordVersion.count({ where: { recordType: "User", recordId: hanne.id, action: "CREATE" } })).toBe(1);
  });

  it("rolls back every row when one email is taken in another municipality", async () => {
    const { db } = testDb();
    const neighbour = await createOrg(db, "Skive Kommune");
    const taken = (await db.user.findUniqueOrThrow({ where: { id: neighbour.actors.manager.userId } })).email;
    const before = await databaseFingerprint(db);
    const csv = `name,email,role,department\nKaj Kok,kaj@viborg.dk,caseworker,${jc()}\nLis Lund,${taken},caseworker,${jc()}\n`;
    await expect(importUsers(f.actors.admin, { csv })).rejects.toMatchObject({ code: "admin.import.errors.emailTakenElsewhere" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("is 404 for anyone but an administrator", async () => {
    const csv = `name,email,role,department\nM N,mn@viborg.dk,caseworker,${jc()}\n`;
    for (const who of [f.actors.manager, f.actors.caseworker]) {
      await expect(previewUserImport(who, { csv })).rejects.toBeInstanceOf(NotFoundError);
      await expect(importUsers(who, { csv })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
