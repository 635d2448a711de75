// A test file's fresh database with the organisations its tests work in, for the files that start
// from two (or more) municipalities: one whose staff act, and others whose records they must not reach.
//
//   beforeAll(async () => {
//     [a, b] = await setupTestDbWithOrgs("Audit A", "Audit B");
//   });
//   afterAll(teardownTestDb);
import { createOrg, type OrgFixture } from "../../factories/core";
import { setupTestDb, testDb } from "./db";

/** setupTestDb, then one organisation per name (createOrg: both departments, one actor per role), in order. */
export async function setupTestDbWithOrgs<const N extends readonly string[]>(
  ...names: N
): Promise<{ -readonly [K in keyof N]: OrgFixture }> {
  await setupTestDb();
  const orgs: OrgFixture[] = [];
  for (const name of names) orgs.push(await createOrg(testDb().db, name));
  return orgs as { -readonly [K in keyof N]: OrgFixture };
}
