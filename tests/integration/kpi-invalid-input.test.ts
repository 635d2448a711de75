// Bad input to the key-figure pages writes nothing (house rule: ≥ 100 generated invalid inputs
// through the real entry points, each refused without "errors.unexpected", database unchanged):
//   - the target form's server action;
//   - the export route (GET /api/exports/key-figures), which must not log an EXPORT for refused input;
//   - the dashboard's query string (the page's loader), which reports the field and shows the default view.
// Generators produce ONLY invalid values; valid-looking input that the domain or the policy refuses
// (unknown ids, months without figures, stale versions, the wrong role) is checked separately.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/policy";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { expectInputsRefused, toFormData } from "./support/invalid-input";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { databaseFingerprint } from "../factories/index";
import { refreshKeyFigures } from "@/lib/kpi/refresh/refresh";
import { FIGURE_KEYS, figureUnit, type FigureKey } from "@/lib/kpi/figures";
import { TARGET_RANGE } from "@/lib/validation/kpi";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const { setKeyFigureTargetAction } = await import("@/app/(app)/dashboard/targets/actions");
const { GET: exportRoute } = await import("@/app/api/exports/key-figures/route");
const { loadBoard } = await import("@/app/(app)/dashboard/_components/load-board");

const RUNS = 120;
let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  f = await createOrg(db, "Målrup Kommune");
  for (let i = 0; i < 3; i++) await createCase(db, f, { firstAbsenceDay: new Date(Date.UTC(2026, 8, 1 + i)) });
  await refreshKeyFigures(db, f.org.id, new Date());
});
afterAll(teardownTestDb);

// ---- the target form -------------------------------------------------------------------------
const badFigure = fc.oneof(
  fc.constantFrom("", "FOO", "Active", "active ", "__proto__", "constructor"),
  fc.string({ maxLength: 20 }).filter((s) => !FIGURE_KEYS.includes(s.trim() as FigureKey)),
);
const badNumberText = fc.constantFrom(
  "abc",
  "1e3",
  "12,5,5",
  "--1",
  "1.2.3",
  "NaN",
  "Infinity",
  "½",
  "1.5000",
  "1,000.5",
  "15,000",
  "x".repeat(25),
);
const outOfRange = fc.constantFrom(...FIGURE_KEYS).chain((figure) => {
  const [min, max] = TARGET_RANGE[figureUnit(figure)];
  return fc
    .oneof(fc.integer({ min: max + 1, max: max + 1_000_000 }), fc.integer({ min: -1_000_000, max: min - 1 }))
    .map((v) => ({ figure, value: String(v) }));
});
const badVersion = fc.constantFrom("0", "-1", "abc", "1.5", "1e12", "2000000");
const invalidTarget = fc.oneof(
  fc.record({ figure: badFigure, value: fc.constantFrom("50", "", "12,5"), version: fc.constantFrom("", "1") }),
  fc.record({ figure: fc.constantFrom(...FIGURE_KEYS), value: badNumberText, version: fc.constantFrom("", "1") }),
  outOfRange.map((x) => ({ ...x, version: "" })),
  fc.record({ figure: fc.constantFrom(...FIGURE_KEYS), value: fc.constantFrom("50", "3"), version: badVersion }),
);

describe("target form: invalid input writes nothing", () => {
  it(`${RUNS} invalid inputs from a manager are refused with field errors`, async () => {
    actor = f.actors.manager;
    await expectInputsRefused(setKeyFigureTargetAction, invalidTarget, { runs: RUNS, fieldError: true });
  });

  it("valid input from the wrong role or on a stale version is refused; the control input is accepted", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    for (const who of [f.actors.caseworker, f.actors.therapist, f.actors.visitator, f.actors.coordinator]) {
      actor = who;
      expect((await setKeyFigureTargetAction({ ok: false }, toFormData({ figure: "recovered", value: "50", version: "" }))).formError).toBe(
        "errors.notAllowed",
      );
    }
    actor = f.actors.manager;
    expect((await setKeyFigureTargetAction({ ok: false }, toFormData({ figure: "recovered", value: "50", version: "3" }))).formError).toBe(
      "errors.conflict",
    );
    expect(
      (await setKeyFigureTargetAction({ ok: false }, toFormData({ figure: "recovered", value: "", version: "" }))).fieldErrors,
    ).toEqual({
      value: ["kpi.errors.noChange"],
    });
    expect(await databaseFingerprint(db)).toEqual(before);
    expect(await setKeyFigureTargetAction({ ok: false }, toFormData({ figure: "recovered", value: "50,5", version: "" }))).toMatchObject({
      ok: true,
    });
    expect((await db.kpiTarget.findFirstOrThrow({ where: { organisationId: f.org.id, figure: "recovered" } })).value).toBe(50.5);
  });
});

// ---- the export route and the dashboard's query string ---------------------------------------
const NON_ID = fc.oneof(
  fc.constantFrom("123", "not-an-id", "00000000-0000-4000-8000-00000000000", " x "),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s.trim()) && s.trim() !== ""),
);
const badQuery = {
  format: fc.constantFrom("pdf", "CSV", "xls", "", "json"),
  month: fc.constantFrom("2025-13", "2025-00", "25-03", "abc", "1999-12", "2025-3", "2101-01"),
  window: fc.constantFrom("6", "0", "13", "abc", "-12"),
  departmentId: NON_ID,
  diagnosisGroup: fc.constantFrom("FOO", "mental", "1", "ALL"),
  programmeId: NON_ID,
};
const exportKeys = Object.keys(badQuery) as (keyof typeof badQuery)[];
const invalidExport = fc
  .uniqueArray(fc.constantFrom(...exportKeys), { minLength: 1, maxLength: 4 })
  .chain((keys) => fc.tuple(...keys.map((k) => badQuery[k].map((v) => [k, v] as const))))
  .map((pairs) => ({ format: "csv", ...Object.fromEntries(pairs) }));
// Well-formed, but not of this organisation or without figures: refused too.
const refusedExport = fc.oneof(
  fc.uuid().map((id) => ({ format: "xlsx", departmentId: id })),
  fc.uuid().map((id) => ({ format: "csv", programmeId: id })),
  fc.constantFrom("2001-01", "2030-01").map((month) => ({ format: "csv", month })),
);
const request = (q: Record<string, string>) => new NextRequest(`http://127.0.0.1/api/exports/key-figures?${new URLSearchParams(q)}`);

describe("export and dashboard query: invalid input is refused and logs nothing", () => {
  it(`${RUNS} invalid or foreign export requests get 400/404 and no EXPORT row`, async () => {
    const { db } = testDb();
    actor = f.actors.manager;
    const before = await databaseFingerprint(db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(invalidExport, refusedExport), async (q) => {
        const res = await exportRoute(request(q as Record<string, string>));
        expect([400, 404], JSON.stringify(q)).toContain(res.status);
      }),
      { numRuns: RUNS },
    );
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it(`${RUNS} invalid dashboard query strings show the default view with the field marked`, async () => {
    actor = f.actors.manager;
    const invalidView = invalidExport.map(({ format: _f, ...q }) => q).filter((q) => Object.keys(q).length > 0);
    await fc.assert(
      fc.asyncProperty(invalidView, async (q) => {
        const { board, errors } = await loadBoard(Promise.resolve(q as Record<string, string>));
        expect(board.ready).toBe(true);
        expect(Object.keys(errors).length, JSON.stringify(q)).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("the export is 404 for every role but the manager, and the control export is a CSV with BOM", async () => {
    for (const who of [f.actors.caseworker, f.actors.admin, f.actors.therapist]) {
      actor = who;
      expect((await exportRoute(request({ format: "csv" }))).status).toBe(404);
    }
    actor = f.actors.manager;
    const res = await exportRoute(request({ format: "csv", departmentId: f.jobcenter.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="noegletal-\d{4}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain(";");
  });
});
