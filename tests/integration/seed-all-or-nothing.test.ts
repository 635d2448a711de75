// Issue 8 item 11: a seed that fails half-way leaves nothing, and a rerun completes. The failure is
// injected as a step after the base (organisation, users, citizens, cases) and the programmes have
// been written — as an invalid CPR key would fail the import-style history step today.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { databaseFingerprint } from "../factories";
import { today } from "@/lib/clock";
import { DEMO_ORG_NAME } from "@/prisma/seed/base";
import { seedDemo } from "@/prisma/seed/run";
import { seedSteps } from "@/prisma/seed/steps";

beforeAll(setupTestDb);
afterAll(teardownTestDb);

describe("seeding is all or nothing", () => {
  it("a failure half-way leaves no organisation, user, citizen or case; a rerun seeds everything once", async () => {
    const { db } = testDb();
    const before = await databaseFingerprint(db);
    let reached = 0;
    const failing = [
      seedSteps[0]!,
      async (ctx: Parameters<(typeof seedSteps)[number]>[0]) => {
        // Prove the failure really comes half-way: the base has written the organisation and its cases.
        reached = await ctx.db.sickLeaveCase.count({ where: { organisationId: ctx.organisationId } });
        throw new Error("injected seed failure (e.g. CPR_ENCRYPTION_KEY is not 32 bytes)");
      },
    ];
    await expect(seedDemo(db, today(), failing)).rejects.toThrow("injected seed failure");
    expect(reached).toBeGreaterThan(0);
    expect(await db.organisation.count({ where: { name: DEMO_ORG_NAME } })).toBe(0);
    expect(await db.user.count()).toBe(0);
    expect(await databaseFingerprint(db)).toEqual(before);

    const first = await seedDemo(db, today());
    expect(first.seeded).toBe(true);
    expect(first.cases).toBeGreaterThan(0);
    const org = await db.organisation.findFirstOrThrow({ where: { name: DEMO_ORG_NAME }, select: { id: true } });
    // The worklist is not empty: open cases with a stored next deadline exist.
    expect(await db.sickLeaveCase.count({ where: { organisationId: org.id, nextDeadlineOn: { not: null } } })).toBeGreaterThan(0);

    const again = await seedDemo(db, today());
    expect(again).toEqual({ seeded: false, cases: 0 });
    expect(await db.organisation.count({ where: { name: DEMO_ORG_NAME } })).toBe(1);
  }, 600_000);
});
