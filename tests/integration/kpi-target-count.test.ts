// A count target is a whole number (fix14 item 2): "12,5" or "12,1250" people is refused with
// "Skriv et helt tal." (errors.wholeNumber, walk11) instead of being stored as a fraction, and what the targets page
// fills the field with is read back as the same number in both UI languages, so saving it unchanged
// never stores a target 1000 times too large ("12.125" as a count is 12125).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { toFormData } from "./support/invalid-input";
import { createOrg, type OrgFixture } from "../factories/core";
import { databaseFingerprint } from "../factories/index";
import { figureUnit, FIGURE_KEYS } from "@/lib/kpi/figures";
import { targetInputValue } from "@/lib/kpi/present";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const { setKeyFigureTargetAction } = await import("@/app/(app)/dashboard/targets/actions");

const COUNT = FIGURE_KEYS.find((k) => figureUnit(k) === "count")!;
const PERCENT = FIGURE_KEYS.find((k) => figureUnit(k) === "percent")!;
let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Tælle Kommune");
  actor = f.actors.manager;
});
afterAll(teardownTestDb);

const stored = async (figure: string) =>
  (await testDb().db.kpiTarget.findFirst({ where: { organisationId: f.org.id, figure } }))?.value ?? null;

/** Sets `figure`'s target to `value` on top of what is stored (its version). */
async function save(figure: string, value: string) {
  const row = await testDb().db.kpiTarget.findFirst({ where: { organisationId: f.org.id, figure } });
  return setKeyFigureTargetAction({ ok: false }, toFormData({ figure, value, version: row ? String(row.version) : "" }));
}

describe("count targets are whole numbers", () => {
  it("a count with decimals is refused with the field's whole-number message; nothing is written", async () => {
    const before = await databaseFingerprint(testDb().db);
    for (const value of ["12,5", "12,1250", "1,5", "0,5", "18.5", "1.250,75"]) {
      const r = await save(COUNT, value);
      expect(r.ok, value).toBe(false);
      expect(r.fieldErrors, value).toEqual({ value: ["errors.wholeNumber"] });
    }
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });

  it("a whole count is stored as written the Danish way; a per cent keeps its decimals", async () => {
    expect(await save(COUNT, "12.125")).toMatchObject({ ok: true });
    expect(await stored(COUNT)).toBe(12125);
    expect(await save(COUNT, "12,0")).toMatchObject({ ok: true });
    expect(await stored(COUNT)).toBe(12);
    expect(await save(PERCENT, "12,1250")).toMatchObject({ ok: true });
    expect(await stored(PERCENT)).toBe(12.125);
  });

  it("the targets page's pre-filled value, saved unchanged, stores the same number in both languages", async () => {
    for (const [figure, value] of [
      [COUNT, 12125],
      [COUNT, 15],
      [PERCENT, 12.125],
      [PERCENT, 50.5],
      [PERCENT, 7],
    ] as const) {
      for (const locale of ["da", "en"] as const) {
        // Another value first, so that saving the pre-filled one is a change.
        expect(await save(figure, figure === COUNT ? "3" : "3,5")).toMatchObject({ ok: true });
        expect(await save(figure, `${String(value).replace(".", ",")}${Number.isInteger(value) ? "" : "0"}`)).toMatchObject({ ok: true });
        const shown = targetInputValue(figure, (await stored(figure))!, locale);
        expect(await save(figure, "4")).toMatchObject({ ok: true });
        expect(await save(figure, shown), `${figure} ${locale} "${shown}"`).toMatchObject({ ok: true });
        expect(await stored(figure), `${figure} ${locale} "${shown}"`).toBe(value);
      }
    }
  });
});
