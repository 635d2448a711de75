// Effect studies (issue 14): allocation integrity. Cases enter at their first held follow-up and
// are allocated once, by the core's sequence (reproducible from the seed revealed at closing),
// balanced within blocks and strata; a re-submission or a concurrent entry allocates once; the
// database refuses any change to an allocation.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { caseWithFirstFollowUp, createTestStudy } from "../factories/studies";
import { enrolCaseInStudies } from "@/lib/domain/studies/enrol-case-in-studies";
import { closeStudy } from "@/lib/domain/studies/close-study";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { decryptStudySeed } from "@/lib/crypto/study-seed";
import { allocationSequence, verifyAllocations } from "@/lib/studies/allocation";
import { ZRecordHeldFollowUp } from "@/lib/validation/followups";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { ZChangeCaseStatus } from "@/lib/validation/cases";
import { ZCloseStudy } from "@/lib/validation/studies";
import { addDays, instantToDanishLocal, isoDay, todayInDenmark } from "@/lib/time";

let f: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Lodrup Kommune");
});
afterAll(teardownTestDb);

const enrolNow = (caseId: string) => enrolCaseInStudies(f.actors.caseworker, { caseId, followUpId: randomUUID(), heldAt: new Date() });

describe("entry at the first held follow-up", () => {
  it("allocates a new case once, shows the caseworker its arm, and never again at later conversations", async () => {
    const { db } = testDb();
    const study = await createTestStudy(f.actors.manager);
    const { caseId, held } = await caseWithFirstFollowUp(db, f);
    expect(held.enrolments).toHaveLength(1);
    expect(held.enrolments[0]).toMatchObject({ studyId: study.id });
    expect(["INTERVENTION", "CONTROL"]).toContain(held.enrolments[0]!.arm);
    expect(Object.keys(held.enrolments[0]!)).not.toContain("block");
    const second = await recordHeldFollowUp(
      f.actors.caseworker,
      ZRecordHeldFollowUp.parse({
        caseId,
        heldAt: instantToDanishLocal(new Date(Date.now() - 60_000)),
        mode: "PHONE",
        participants: ["CITIZEN"],
        summary: "Anden samtale.",
      }),
    );
    expect(second.enrolments).toEqual([]);
    expect(await db.studyAllocation.count({ where: { studyId: study.id, caseId } })).toBe(1);
    expect(await db.studyAllocation.count({ where: { studyId: study.id } })).toBe(1);
  });

  it("a re-submission and two concurrent entries of the same case allocate once", async () => {
    const { db } = testDb();
    const study = await createTestStudy(f.actors.manager, { diagnosisGroups: ["OTHER"] });
    const c = await createCase(db, f, { diagnosisGroup: "OTHER", firstAbsenceDay: addDays(todayInDenmark(), -10) });
    const results = await Promise.all([enrolNow(c.id), enrolNow(c.id), enrolNow(c.id)]);
    expect(results.flat().filter((e) => e.studyId === study.id)).toHaveLength(1);
    expect(await enrolNow(c.id)).toEqual([]);
    expect(await db.studyAllocation.count({ where: { studyId: study.id, caseId: c.id } })).toBe(1);
  });

  it("does not enter a case outside the population, a closed case, or after the study closed", async () => {
    const { db } = testDb();
    const study = await createTestStudy(f.actors.manager, { diagnosisGroups: ["MENTAL"] });
    const outside = await createCase(db, f, { diagnosisGroup: "OTHER" });
    expect((await enrolNow(outside.id)).some((e) => e.studyId === study.id)).toBe(false);
    const closedCase = await createCase(db, f, { diagnosisGroup: "MENTAL" });
    await db.sickLeaveCase.update({ where: { id: closedCase.id }, data: { status: "CLOSED" } });
    expect(await enrolNow(closedCase.id)).toEqual([]);
    const s = await db.effectStudy.findUniqueOrThrow({ where: { id: study.id } });
    await closeStudy(f.actors.manager, ZCloseStudy.parse({ studyId: study.id, version: String(s.version), reason: "Afsluttet før tid" }));
    const late = await createCase(db, f, { diagnosisGroup: "MENTAL" });
    expect((await enrolNow(late.id)).some((e) => e.studyId === study.id)).toBe(false);
  });
});

/** A conversation on the case recorded now as held `daysAgo` days ago (through the caseworker's use case). */
const heldDaysAgo = (caseId: string, daysAgo: number) =>
  recordHeldFollowUp(
    f.actors.caseworker,
    ZRecordHeldFollowUp.parse({
      caseId,
      heldAt: instantToDanishLocal(new Date(Date.now() - daysAgo * 86_400_000)),
      mode: "IN_PERSON",
      participants: ["CITIZEN", "CASEWORKER"],
      summary: "Opfølgningssamtale.",
    }),
  );

/** A running study (every diagnosis group) whose start is moved `daysAgo` days back (the form refuses a past start). */
async function studyStartedDaysAgo(daysAgo: number, group: "MENTAL" | "MUSCULOSKELETAL" | "OTHER") {
  const { db } = testDb();
  const study = await createTestStudy(f.actors.manager, { diagnosisGroups: [group] });
  await db.effectStudy.update({ where: { id: study.id }, data: { startOn: addDays(todayInDenmark(), -daysAgo) } });
  return study;
}

describe("entry only before any outcome (issue 14: the allocation is recorded before any outcome exists)", () => {
  it("a back-dated first conversation does not enter a case whose partial return is already recorded; a case without an outcome enters", async () => {
    const { db } = testDb();
    const study = await studyStartedDaysAgo(60, "MENTAL");
    const today = todayInDenmark();
    const withOutcome = await createCase(db, f, { diagnosisGroup: "MENTAL", firstAbsenceDay: addDays(today, -50) });
    const current = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: withOutcome.id } });
    await changeCaseStatus(
      f.actors.caseworker,
      ZChangeCaseStatus.parse({
        caseId: withOutcome.id,
        version: String(current.version),
        status: "PARTIAL_RETURN",
        effectiveOn: isoDay(addDays(today, -5)),
        hoursPerWeek: "15",
      }),
    );
    const late = await heldDaysAgo(withOutcome.id, 20);
    expect(late.enrolments.some((e) => e.studyId === study.id)).toBe(false);
    expect(await db.studyAllocation.count({ where: { studyId: study.id, caseId: withOutcome.id } })).toBe(0);

    const normal = await createCase(db, f, { diagnosisGroup: "MENTAL", firstAbsenceDay: addDays(today, -50) });
    const entered = await heldDaysAgo(normal.id, 20);
    expect(entered.enrolments.filter((e) => e.studyId === study.id)).toHaveLength(1);
    expect(await db.studyAllocation.count({ where: { studyId: study.id, caseId: normal.id } })).toBe(1);
  });

  it("a case whose first held conversation was before the study started is not entered at a later one", async () => {
    const { db } = testDb();
    const study = await studyStartedDaysAgo(60, "OTHER");
    const c = await createCase(db, f, { diagnosisGroup: "OTHER", firstAbsenceDay: addDays(todayInDenmark(), -90) });
    // The first conversation (70 days ago) lies before the study's start: outside the population.
    expect((await heldDaysAgo(c.id, 70)).enrolments.some((e) => e.studyId === study.id)).toBe(false);
    // A later one inside the period is not the case's first held conversation: still not entered.
    expect((await heldDaysAgo(c.id, 10)).enrolments.some((e) => e.studyId === study.id)).toBe(false);
    expect(await db.studyAllocation.count({ where: { studyId: study.id, caseId: c.id } })).toBe(0);
  });
});

describe("the allocation sequence", () => {
  it("is balanced within blocks and strata, equals the seed's sequence, and verifies after closing", async () => {
    const { db } = testDb();
    const study = await createTestStudy(f.actors.manager, { diagnosisGroups: ["MENTAL", "MUSCULOSKELETAL"] });
    const groups = ["MENTAL", "MUSCULOSKELETAL"] as const;
    for (let i = 0; i < 36; i++) {
      const c = await createCase(db, f, { diagnosisGroup: groups[i % 2] });
      await enrolNow(c.id);
    }
    const rows = await db.studyAllocation.findMany({ where: { studyId: study.id }, orderBy: [{ stratum: "asc" }, { index: "asc" }] });
    expect(rows).toHaveLength(36);
    const stored = await db.effectStudy.findUniqueOrThrow({ where: { id: study.id } });
    expect(stored.seedRevealed).toBeNull();
    expect(stored.seedEncrypted).not.toMatch(/^[0-9a-f]{64}$/);
    const seed = decryptStudySeed(stored.seedEncrypted!);
    for (const stratum of ["diagnosisGroup=MENTAL", "diagnosisGroup=MUSCULOSKELETAL"]) {
      const inStratum = rows.filter((r) => r.stratum === stratum);
      expect(inStratum.map((r) => r.index)).toEqual([...Array(18).keys()]);
      const expected = allocationSequence(seed, { ratio: { INTERVENTION: 1, CONTROL: 1 } }, stratum, 18);
      expect(inStratum.map((r) => r.arm)).toEqual(expected.map((a) => a.arm));
      expect(inStratum.map((r) => r.block)).toEqual(expected.map((a) => a.block));
      // Every completed block holds as many of each arm; the running imbalance never exceeds half the largest block (3).
      const lastBlock = Math.max(...inStratum.map((r) => r.block));
      for (let b = 0; b < lastBlock; b++) {
        const block = inStratum.filter((r) => r.block === b);
        expect(block.filter((r) => r.arm === "INTERVENTION").length).toBe(block.length / 2);
      }
      let diff = 0;
      for (const r of inStratum) {
        diff += r.arm === "INTERVENTION" ? 1 : -1;
        expect(Math.abs(diff)).toBeLessThanOrEqual(3);
      }
    }
    const check = await closeStudy(
      f.actors.manager,
      ZCloseStudy.parse({ studyId: study.id, version: String(stored.version), reason: "Planlagt afslutning" }),
    );
    expect(check).toEqual({ verified: true, mismatches: 0, duplicates: 0, gaps: 0 });
    const closed = await db.effectStudy.findUniqueOrThrow({ where: { id: study.id } });
    expect(closed.seedRevealed).toBe(seed);
    expect(closed.verifiedAtClose).toBe(true);
    // The auditor's own check with the revealed seed finds a changed arm.
    const tampered = rows.map((r, i) => ({
      stratum: r.stratum,
      index: r.index,
      arm: i === 3 ? (r.arm === "CONTROL" ? "INTERVENTION" : "CONTROL") : r.arm,
    }));
    expect(verifyAllocations(closed.seedRevealed!, { ratio: { INTERVENTION: 1, CONTROL: 1 } }, tampered as never).ok).toBe(false);
  });

  it("the database refuses to change or delete an allocation", async () => {
    const { db } = testDb();
    await createTestStudy(f.actors.manager);
    const { caseId } = await caseWithFirstFollowUp(db, f);
    const row = await db.studyAllocation.findFirstOrThrow({ where: { caseId } });
    const other = row.arm === "CONTROL" ? "INTERVENTION" : "CONTROL";
    await expect(db.studyAllocation.update({ where: { id: row.id }, data: { arm: other } })).rejects.toThrow();
    await expect(db.studyAllocation.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db.studyAllocation.findUniqueOrThrow({ where: { id: row.id } })).arm).toBe(row.arm);
  });

  it("a second close is refused and a stale version conflicts", async () => {
    const { db } = testDb();
    const study = await createTestStudy(f.actors.manager);
    await expect(
      closeStudy(f.actors.manager, ZCloseStudy.parse({ studyId: study.id, version: "7", reason: "Forkert version" })),
    ).rejects.toMatchObject({ code: "errors.conflict" });
    await closeStudy(f.actors.manager, ZCloseStudy.parse({ studyId: study.id, version: "1", reason: "Afsluttet" }));
    await expect(
      closeStudy(f.actors.manager, ZCloseStudy.parse({ studyId: study.id, version: "2", reason: "Igen" })),
    ).rejects.toMatchObject({ code: "studies.errors.alreadyClosed" });
    expect((await db.effectStudy.findUniqueOrThrow({ where: { id: study.id } })).version).toBe(2);
  });
});
