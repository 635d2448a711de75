// The register's name search after ADR 0024 (trigram index on Citizen.nameSearch), on PGlite and
// PostgreSQL: words of 3+ characters match anywhere in the name, 1–2 character words at the start
// of a name part; letters beyond Latin-1 typed as stored are found on every server locale (the
// first/last-name ILIKE that used to cover them is gone); scope and logging are unchanged; the
// trigram index can serve every pattern the search builds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { citizenForm, createCase, type OrgFixture } from "../factories";
import { ZCreateCitizen, ZSearchCitizens } from "@/lib/validation/citizens";
import { ZMyCasesQuery } from "@/lib/validation/cases";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";
import { searchCitizens } from "@/lib/domain/citizens/search-citizens";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";

let f: OrgFixture;
let other: OrgFixture;
const ids: Record<string, string> = {};

let serial = 0;
/** A CPR number (born 1982) unique in this file. */
const cpr = () => `${String((serial % 28) + 1).padStart(2, "0")}0482${String(2000 + serial++)}`;

const NAMES: [string, string][] = [
  ["Bo", "Berg"],
  ["Bodil", "Holm"],
  ["Anne", "Bøg-Bolt"],
  ["Jacobo", "Lund"],
  ["Ib", "Tibbe"],
  ["Karen", "Jensen"],
  ["Søren", "Østergård"],
  ["Łukasz", "Żółć"],
];

beforeAll(async () => {
  [f, other] = await setupTestDbWithOrgs("Navneby Kommune", "Andenby Kommune");
  for (const [first, last] of NAMES) {
    const c = await createCitizen(f.actors.caseworker, ZCreateCitizen.parse(citizenForm(cpr(), { firstName: first, lastName: last })));
    ids[`${first} ${last}`] = c.id;
  }
  await createCitizen(other.actors.caseworker, ZCreateCitizen.parse(citizenForm(cpr(), { firstName: "Bo", lastName: "Berg" })));
});
afterAll(teardownTestDb);

async function found(q: string, actor = f.actors.caseworker): Promise<string[]> {
  const r = await searchCitizens(actor, ZSearchCitizens.parse({ q }));
  expect(r.by, q).toBe("name");
  return r.rows.map((x) => x.name).sort();
}

describe("name search (ADR 0024)", () => {
  it("1–2 letter words match the start of the name or of a part after a space or hyphen", async () => {
    expect(await found("Bo")).toEqual(["Anne Bøg-Bolt", "Bo Berg", "Bodil Holm"]);
    expect(await found("ib")).toEqual(["Ib Tibbe"]);
    expect(await found("k")).toEqual(["Karen Jensen"]);
    expect(await found("b h")).toEqual(["Bodil Holm"]);
    expect(await found("Ø")).toEqual(["Søren Østergård"]);
  });

  it("words of 3 or more letters match anywhere, case-insensitively, with Danish letters; every word must match", async () => {
    expect(await found("cob")).toEqual(["Jacobo Lund"]);
    expect(await found("SEN")).toEqual(["Karen Jensen"]);
    expect(await found("ren")).toEqual(["Karen Jensen", "Søren Østergård"]);
    expect(await found("RGÅ")).toEqual(["Søren Østergård"]);
    expect(await found("østergård søren")).toEqual(["Søren Østergård"]);
    expect(await found("ren jens")).toEqual(["Karen Jensen"]);
    expect(await found("bolt bø")).toEqual(["Anne Bøg-Bolt"]);
    expect(await found("bolt xyz")).toEqual([]);
  });

  it("letters beyond Latin-1 typed as stored are found on any server locale (no first/last-name ILIKE)", async () => {
    expect(await found("Łukasz Żółć")).toEqual(["Łukasz Żółć"]);
    expect(await found("Łuk Żó")).toEqual(["Łukasz Żółć"]);
    expect(await found("ół")).toEqual([]); // a 2-letter word inside a name part
  });

  it("stays in the organisation's scope and logs one VIEW row per citizen shown, never the text", async () => {
    const { db } = testDb();
    expect(await found("Bo Berg", other.actors.caseworker)).toEqual(["Bo Berg"]);
    const before = await db.accessLog.count({ where: { organisationId: f.org.id } });
    const r = await searchCitizens(f.actors.caseworker, ZSearchCitizens.parse({ q: "Bo" }));
    expect(r.rows.map((x) => x.id).sort()).toEqual([ids["Anne Bøg-Bolt"], ids["Bo Berg"], ids["Bodil Holm"]].sort());
    const rows = await db.accessLog.findMany({ where: { organisationId: f.org.id }, orderBy: { at: "asc" }, skip: before });
    expect(rows.map((x) => x.citizenId).sort()).toEqual([...r.rows.map((x) => x.id)].sort());
    expect(JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/"Bo"/);
  });

  it("the worklist's search uses the same matching", async () => {
    const { db } = testDb();
    for (const name of ["Bo Berg", "Jacobo Lund", "Karen Jensen"]) await createCase(db, f, { citizenId: ids[name] });
    const names = async (q: string) =>
      (await getMyWorklist(f.actors.caseworker, ZMyCasesQuery.parse({ q }))).rows.map((r) => r.citizenName).sort();
    expect(await names("Bo")).toEqual(["Bo Berg"]);
    expect(await names("cob")).toEqual(["Jacobo Lund"]);
    expect(await names("en")).toEqual([]);
    expect(await names("ens")).toEqual(["Karen Jensen"]);
  });

  it("the trigram index can serve every pattern the search builds, with the text as a parameter as Prisma sends it", async () => {
    const { db } = testDb();
    const patterns: [string, string][] = [
      [`'%' || $1 || '%'`, "kar"],
      [`$1 || '%'`, "bo"],
      [`'%' || $1 || '%'`, " bo"],
      [`'%' || $1 || '%'`, "-bo"],
      [`$1 || '%'`, "k"],
    ];
    for (const [pattern, value] of patterns) {
      const [, plan] = await db.$transaction([
        db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"),
        db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "Citizen" WHERE "nameSearch" LIKE (${pattern})`, value),
      ]);
      expect(plan.map((p) => p["QUERY PLAN"]).join("\n"), `${pattern} ${value}`).toContain("Citizen_nameSearch_trgm_idx");
    }
  });
});
