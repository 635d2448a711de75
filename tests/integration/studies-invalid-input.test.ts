// Bad input to the effect-study actions writes nothing (house rule: ≥ 100 generated invalid inputs
// through the real entry points, each refused without "errors.unexpected", database unchanged):
// defining a study (including its programmes and the MATCHED design), closing it, and the results
// export (?studyId=…), which must log no EXPORT.
// Generators produce ONLY invalid values; a valid control input is accepted at the end.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/policy";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { expectInputsRefused, toFormData } from "./support/invalid-input";
import { createOrg, type OrgFixture } from "../factories/core";
import { databaseFingerprint } from "../factories/index";
import { caseWithFirstFollowUp, createTestStudy, studyForm } from "../factories/studies";
import { addDays, isoDay, todayInDenmark } from "@/lib/time";
import { badUnicodeText } from "../factories/unicode";
import { createProgramme } from "../factories/rehab";
import { randomUUID } from "node:crypto";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const { createStudyAction, closeStudyAction } = await import("@/app/(app)/studies/actions");
const { GET: exportRoute } = await import("@/app/api/exports/study-results/route");
const { annotateStudyAllocationAction } = await import("@/app/(app)/cases/[caseId]/actions");

const RUNS = 120;
let f: OrgFixture;
let studyId: string;
let programmeId: string;
let foreignProgrammeId: string;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Fejlrup Kommune");
  studyId = (await createTestStudy(f.actors.manager)).id;
  programmeId = (await createProgramme(testDb().db, f, { name: "Mestringsforløb" })).id;
  foreignProgrammeId = (await createProgramme(testDb().db, await createOrg(testDb().db, "Udeby Kommune"), { name: "Udebys forløb" })).id;
});
afterAll(teardownTestDb);

const today = todayInDenmark();
const badText = (max: number) => fc.oneof(fc.constantFrom("", "   ", "x".repeat(max + 1), "\n\t"), badUnicodeText(max));
const badRatio = fc.constantFrom("0", "11", "abc", "1.5", "-1", "", "1e2", "½");
const badDay = fc.constantFrom("", "2026-13-01", "abc", "31-12-2026", "2026-02-30", "1899-12-31", "2026/01/01");
const badCount = fc.constantFrom("5", "9", "abc", "", "100001", "1,5", "-10");
const badEffect = fc.constantFrom("0", "366", "abc", "1.5", "-3", "1e9");
const corruptions: fc.Arbitrary<Record<string, unknown>>[] = [
  badText(120).map((name) => ({ name })),
  badText(2000).map((question) => ({ question })),
  badText(2000).map((intervention) => ({ intervention })),
  fc.constantFrom("MATCHED", "", "random", "randomised", "RANDOMISED ".repeat(3)).map((design) => ({ design })),
  fc.constantFrom(["FOO"], ["MENTAL", "MENTAL"], ["mental"], [""], ["OTHER", "X"]).map((diagnosisGroups) => ({ diagnosisGroups })),
  badRatio.map((ratioIntervention) => ({ ratioIntervention })),
  badRatio.map((ratioControl) => ({ ratioControl })),
  badDay.map((startOn) => ({ startOn })),
  badDay.map((plannedEndOn) => ({ plannedEndOn })),
  // A valid day that the rules refuse: end not after start, longer than 5 years, start before today.
  fc.integer({ min: 0, max: 400 }).map((n) => ({ plannedEndOn: isoDay(addDays(today, -n)) })),
  fc.integer({ min: 5 * 366 + 1, max: 9000 }).map((n) => ({ plannedEndOn: isoDay(addDays(today, n)) })),
  fc.integer({ min: 1, max: 3000 }).map((n) => ({ startOn: isoDay(addDays(today, -n)), plannedEndOn: isoDay(addDays(today, 30)) })),
  badCount.map((plannedParticipants) => ({ plannedParticipants })),
  badEffect.map((plannedEffectDays) => ({ plannedEffectDays })),
  // The intervention: programme ids that are not ids, repeated, too many; MATCHED without a programme;
  // neither a programme nor a way of working.
  fc.constantFrom(["abc"], [""], ["00000000-0000-4000-8000-00000000000"], [" x "], ["1;DROP TABLE"]).map((ids) => ({ programmeIds: ids })),
  fc.constant(null).map(() => ({ programmeIds: [programmeId, programmeId] })),
  fc.integer({ min: 21, max: 40 }).map((n) => ({ programmeIds: Array.from({ length: n }, () => randomUUID()) })),
  fc.constantFrom("", "Særligt team").map((intervention) => ({ design: "MATCHED", programmeIds: [], intervention })),
  fc.constantFrom("", "   ", "\n\t").map((intervention) => ({ programmeIds: [], intervention })),
];
const invalidStudy = fc
  .tuple(fc.oneof(...corruptions), fc.integer({ min: 0, max: 1_000_000 }))
  .map(([bad, n]) => ({ ...studyForm({ name: `Ugyldig ${n}` }), ...bad }));

describe("defining a study: invalid input writes nothing", () => {
  it(`${RUNS} invalid inputs from a manager are refused with field errors`, async () => {
    actor = f.actors.manager;
    await expectInputsRefused(createStudyAction, invalidStudy, { runs: RUNS, fieldError: true });
  });

  it("a taken name and the wrong role are refused; the control input is accepted", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    const existing = await db.effectStudy.findUniqueOrThrow({ where: { id: studyId } });
    actor = f.actors.manager;
    expect((await createStudyAction({ ok: false }, toFormData(studyForm({ name: existing.name.toUpperCase() })))).fieldErrors).toEqual({
      name: ["studies.errors.nameTaken"],
    });
    for (const who of [f.actors.caseworker, f.actors.therapist, f.actors.coordinator]) {
      actor = who;
      expect((await createStudyAction({ ok: false }, toFormData(studyForm()))).formError).toBe("errors.notAllowed");
    }
    expect(await databaseFingerprint(db)).toEqual(before);
    actor = f.actors.admin;
    // Another organisation's programme: refused like a missing one, nothing written.
    actor = f.actors.manager;
    for (const design of ["RANDOMISED", "MATCHED"]) {
      const r = await createStudyAction({ ok: false }, toFormData(studyForm({ design, programmeIds: [programmeId, foreignProgrammeId] })));
      expect(r).toMatchObject({ ok: false, formError: "errors.notAllowed" });
    }
    expect(await databaseFingerprint(db)).toEqual(before);
    actor = f.actors.admin;
    expect(await createStudyAction({ ok: false }, toFormData(studyForm({ diagnosisGroups: ["MENTAL", "OTHER"] })))).toMatchObject({
      ok: true,
    });
    expect(
      await createStudyAction({ ok: false }, toFormData(studyForm({ design: "MATCHED", programmeIds: [programmeId], intervention: "" }))),
    ).toMatchObject({ ok: true });
  });
});

const NON_ID = fc.oneof(
  fc.constantFrom("", "123", "not-an-id", "00000000-0000-4000-8000-00000000000", " x "),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s.trim())),
);
const invalidClose = fc.oneof(
  NON_ID.map((id) => ({ studyId: id, version: "1", reason: "Afsluttet efter plan" })),
  fc.constantFrom("0", "-1", "abc", "1.5", "", "1e12").map((version) => ({ studyId, version, reason: "Afsluttet efter plan" })),
  fc.constantFrom("", "ab", "  a ", "x".repeat(1001)).map((reason) => ({ studyId, version: "1", reason })),
);

describe("closing a study and exporting its results: invalid input writes nothing", () => {
  it(`${RUNS} invalid close inputs are refused`, async () => {
    actor = f.actors.manager;
    await expectInputsRefused(closeStudyAction, invalidClose, { runs: RUNS, fieldError: true });
  });

  it(`${RUNS} invalid export queries get 400 and log no EXPORT`, async () => {
    const { db } = testDb();
    actor = f.actors.manager;
    const before = await databaseFingerprint(db);
    await fc.assert(
      fc.asyncProperty(NON_ID, async (id) => {
        const res = await exportRoute(new NextRequest(`http://localhost/api/exports/study-results?studyId=${encodeURIComponent(id)}`));
        expect(res.status, id).toBe(400);
      }),
      { numRuns: RUNS },
    );
    expect(await databaseFingerprint(db)).toEqual(before);
    const ok = await exportRoute(new NextRequest(`http://localhost/api/exports/study-results?studyId=${studyId}`));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="effektundersoegelse-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(await ok.text()).toContain(";");
    expect(await db.accessLog.count({ where: { organisationId: f.org.id, action: "EXPORT", recordType: "StudyResults" } })).toBe(1);
  });
});

describe("a note on an allocation: invalid input writes nothing", () => {
  it(`${RUNS} invalid notes are refused; the control note is saved in the history`, async () => {
    const { db } = testDb();
    const { caseId } = await caseWithFirstFollowUp(db, f);
    actor = f.actors.caseworker;
    const invalidNote = fc.oneof(
      NON_ID.map((id) => ({ caseId: id, studyId, note: "Indsatsen blev ikke tilbudt" })),
      NON_ID.map((id) => ({ caseId, studyId: id, note: "Indsatsen blev ikke tilbudt" })),
      fc.constantFrom("", "ab", "  a ", "x".repeat(1001)).map((note) => ({ caseId, studyId, note })),
    );
    await expectInputsRefused(annotateStudyAllocationAction, invalidNote, { runs: RUNS, fieldError: true });
    expect(
      await annotateStudyAllocationAction({ ok: false }, toFormData({ caseId, studyId, note: "Borgeren takkede nej til teamet" })),
    ).toMatchObject({
      ok: true,
    });
  });
});
