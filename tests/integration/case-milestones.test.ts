// The employer's conversation and the extension assessment can be recorded; the rules engine then
// treats those deadlines as met. Only the case's caseworker side may record them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { recordCaseMilestone } from "@/lib/domain/cases/record-case-milestone";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/rules/dates";

let f: OrgFixture;
beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db);
});
afterAll(teardownTestDb);

const employerDeadline = async (caseId: string) => {
  const { db } = testDb();
  const all = await db.$transaction((tx) => recomputeCaseDeadline(tx, caseId, today()));
  return all!.deadlines.find((d) => d.kind === "EMPLOYER_CONVERSATION");
};

describe("case milestones", () => {
  it("recording the employer's conversation meets its deadline, with history and an access-log row", async () => {
    const { db } = testDb();
    const c = await createCase(db, f, { firstAbsenceDay: addDays(today(), -33) });
    const before = await employerDeadline(c.id);
    expect(before?.state).toBe("OVERDUE");
    expect(before?.satisfiedOn ?? null).toBeNull();
    const logRows = await db.accessLog.count();
    const r = await recordCaseMilestone(f.actors.caseworker, {
      caseId: c.id,
      version: 1,
      milestone: "EMPLOYER_CONVERSATION",
      on: addDays(today(), -6),
    });
    expect(r.version).toBe(2);
    const after = await employerDeadline(c.id);
    expect(after === undefined || after.satisfiedOn !== undefined).toBe(true);
    const stored = await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.employerConversationOn).toEqual(addDays(today(), -6));
    expect(stored.nextDeadlineKind).not.toBe("EMPLOYER_CONVERSATION");
    const history = await db.recordVersion.findFirst({ where: { recordId: c.id }, orderBy: { changedAt: "desc" } });
    expect(history?.changes).toEqual({ employerConversationOn: { from: null, to: addDays(today(), -6).toISOString().slice(0, 10) } });
    expect(await db.accessLog.count()).toBe(logRows + 1);
  });

  it("refuses a future date, a date before the absence, a stale version, and other roles", async () => {
    const { db } = testDb();
    const c = await createCase(db, f, { firstAbsenceDay: addDays(today(), -40) });
    const base = { caseId: c.id, version: 1, milestone: "EXTENSION_ASSESSMENT" as const };
    await expect(recordCaseMilestone(f.actors.caseworker, { ...base, on: addDays(today(), 1) })).rejects.toBeInstanceOf(DomainRuleError);
    await expect(recordCaseMilestone(f.actors.caseworker, { ...base, on: addDays(today(), -41) })).rejects.toBeInstanceOf(DomainRuleError);
    await expect(recordCaseMilestone(f.actors.caseworker, { ...base, version: 7, on: today() })).rejects.toBeInstanceOf(DomainRuleError);
    await expect(recordCaseMilestone(f.actors.therapist, { ...base, on: today() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordCaseMilestone(f.actors.manager, { ...base, on: today() })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).extensionAssessedOn).toBeNull();
  });
});
