// Reasons of rejections, returns and drop-outs are recorded as a category with the transition
// (never only as free text), and the key figures count them per category; the category belongs to
// those actions only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { createProgrammeWithCriteria, referralIn } from "../factories/health";
import { transitionReferral } from "@/lib/domain/referrals/transition-referral";
import { refreshKeyFigures } from "@/lib/kpi/refresh/refresh";
import { monthOf } from "@/lib/kpi/months";
import { ZTransitionReferral } from "@/lib/validation/referrals";
import { todayInDenmark } from "@/lib/time";

let f: OrgFixture;
beforeAll(async () => {
  await setupTestDb();
  f = await createOrg(testDb().db, "Årsagsrup Kommune");
});
afterAll(teardownTestDb);

describe("referral reason categories", () => {
  it("the form keeps a category only for reject, drop and return", () => {
    const base = {
      referralId: "00000000-0000-4000-8000-000000000001",
      version: "1",
      reason: "Opfylder ikke kriterierne",
      reasonCode: "NOT_ELIGIBLE",
    };
    expect(ZTransitionReferral.parse({ ...base, action: "reject" }).reasonCode).toBe("NOT_ELIGIBLE");
    expect(ZTransitionReferral.parse({ ...base, action: "accept" }).reasonCode).toBeNull();
    expect(ZTransitionReferral.parse({ ...base, action: "return", reasonCode: "" }).reasonCode).toBeNull();
    expect(ZTransitionReferral.safeParse({ ...base, action: "reject", reasonCode: "BECAUSE" }).success).toBe(false);
  });

  it("a rejection and a return are stored with their category and counted by it", async () => {
    const { db } = testDb();
    const p = await createProgrammeWithCriteria(db, f);
    const today = todayInDenmark();
    const c1 = await createCase(db, f, { firstAbsenceDay: new Date(today.getTime() - 20 * 86_400_000) });
    const c2 = await createCase(db, f, { firstAbsenceDay: new Date(today.getTime() - 20 * 86_400_000) });
    const rejected = await referralIn(f, p, c1.id);
    await transitionReferral(f.actors.visitator, {
      referralId: rejected.id,
      version: rejected.version,
      action: "reject",
      reason: "Opfylder ikke kriterierne",
      reasonCode: "NOT_ELIGIBLE",
    });
    const returned = await referralIn(f, p, c2.id, "STARTED");
    await transitionReferral(f.actors.visitator, {
      referralId: returned.id,
      version: returned.version,
      action: "return",
      reason: "Behov for behandling først",
      reasonCode: "HEALTH_WORSENED",
    });
    const events = await db.referralEvent.findMany({
      where: { referralId: { in: [rejected.id, returned.id] }, reasonCode: { not: null } },
      select: { toStatus: true, reasonCode: true },
    });
    expect(events.sort((a, b) => a.toStatus.localeCompare(b.toStatus))).toEqual([
      { toStatus: "REJECTED", reasonCode: "NOT_ELIGIBLE" },
      { toStatus: "RETURNED", reasonCode: "HEALTH_WORSENED" },
    ]);
    await refreshKeyFigures(db, f.org.id, today);
    const month = monthOf(today);
    const cell = async (figure: string) =>
      (
        await db.kpiCell.findFirst({
          where: { organisationId: f.org.id, figure, month, departmentId: "", diagnosisGroup: "", programmeId: "" },
        })
      )?.value ?? 0;
    expect([
      await cell("referrals.rejected"),
      await cell("referrals.rejected.NOT_ELIGIBLE"),
      await cell("referrals.returned.HEALTH_WORSENED"),
    ]).toEqual([1, 1, 1]);
  });
});
