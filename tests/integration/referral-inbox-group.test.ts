// The referral inbox reads its groups through the generated column Referral.inboxGroup (ADR 0031). The
// column's CASE in the migration must agree with lib/referrals/inbox-order.ts inboxGroup for every status,
// and the database's order within a group must equal compareInbox, also for referrals submitted at the same instant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { listReferralInbox } from "@/lib/domain/referrals/list-referral-inbox";
import { inboxGroup, inboxOrder } from "@/lib/referrals/inbox-order";
import { REFERRAL_STATUSES } from "@/lib/referrals/transitions";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { createProgrammeWithCriteria, referralIn } from "../factories/health";
import { setupTestDb, teardownTestDb } from "./support/db";

let db: Db;
let f: OrgFixture;

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db, "Gruppekommune");
}, 120_000);
afterAll(teardownTestDb);

describe("Referral.inboxGroup (generated)", () => {
  it("equals inboxGroup(status) for every status", async () => {
    const p = await createProgrammeWithCriteria(db, f);
    const { id } = await referralIn(f, p, (await createCase(db, f)).id);
    for (const status of REFERRAL_STATUSES) {
      await db.referral.update({ where: { id }, data: { status } });
      const row = await db.referral.findUniqueOrThrow({ where: { id }, select: { inboxGroup: true } });
      expect([status, row.inboxGroup]).toEqual([status, inboxGroup(status)]);
    }
  });

  it("the inbox lists referrals submitted at the same instant in compareInbox's order, in every group", async () => {
    const p = await createProgrammeWithCriteria(db, f);
    const at = new Date(Date.UTC(2026, 5, 1, 9));
    for (const status of ["SUBMITTED", "WAITLISTED", "COMPLETED"] as const) {
      const { id } = await referralIn(f, p, (await createCase(db, f)).id, status);
      const { id: _id, inboxGroup: _group, ...row } = await db.referral.findUniqueOrThrow({ where: { id } });
      await db.referral.update({ where: { id }, data: { submittedAt: at } });
      await db.referral.createMany({
        data: Array.from({ length: 4 }, () => ({ ...row, answers: row.answers as Prisma.InputJsonValue, submittedAt: at })),
      });
    }
    const all = await db.referral.findMany({ where: { programmeId: p.id }, select: { id: true, status: true, submittedAt: true } });
    expect(all).toHaveLength(15);
    const shown = (await listReferralInbox(f.actors.visitator, { programmeId: p.id })).rows.map((r) => r.id);
    expect(shown).toEqual(inboxOrder(all).map((r) => r.id));
  });
});
