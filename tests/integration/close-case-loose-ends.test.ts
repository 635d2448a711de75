// Closing a case closes its loose ends (issue 8 item 6): the closing form lists what is still open
// (referrals, return-to-work plans, planned follow-ups), a case cannot close while one has no
// decision, every decision is applied in the closing transaction (all or nothing), and the health
// center's views show that the case is closed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { ConflictError, DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { listCaseLooseEnds } from "@/lib/domain/cases/list-case-loose-ends";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { listReferralInbox } from "@/lib/domain/referrals/list-referral-inbox";
import { ZChangeCaseStatus } from "@/lib/validation/cases";
import { decisionFieldName, decisionValue } from "@/lib/cases/loose-ends";
import { isoDay, todayInDenmark } from "@/lib/time";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { databaseFingerprint } from "../factories";
import { createProgrammeWithCriteria, referralIn } from "../factories/health";
import { createRtwPlanRow } from "../factories/rehab";
import { setupTestDb, teardownTestDb, testDbKind } from "./support/db";

let db: Db;
let f: OrgFixture;

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db, "Lukkerup Kommune");
});
afterAll(teardownTestDb);

/** A case with one open item of every kind: a started and a waiting referral, an active plan, a planned follow-up. */
async function caseWithLooseEnds() {
  const c = await createCase(db, f);
  const p1 = await createProgrammeWithCriteria(db, f, { capacity: 3 });
  const p2 = await createProgrammeWithCriteria(db, f, { capacity: 3 });
  const started = await referralIn(f, p1, c.id, "STARTED");
  const waiting = await referralIn(f, p2, c.id, "ACCEPTED");
  const plan = await createRtwPlanRow(db, f, { caseId: c.id, status: "ACTIVE" });
  const followUp = await db.followUp.create({
    data: { caseId: c.id, mode: "IN_PERSON", scheduledAt: new Date(Date.now() + 7 * 86_400_000), createdById: f.actors.caseworker.userId },
  });
  return { c, started, waiting, plan, followUp };
}

function closeForm(caseId: string, decisions: Record<string, string>, over: Record<string, unknown> = {}) {
  return ZChangeCaseStatus.parse({
    caseId,
    version: "1",
    status: "CLOSED",
    effectiveOn: isoDay(todayInDenmark()),
    closingReason: "FULL_RETURN_TO_WORK",
    note: "",
    ...decisions,
    ...over,
  });
}

describe(`closing a case closes its loose ends (${testDbKind()})`, () => {
  it("lists every loose end with the decisions the jobcenter may take", async () => {
    const { c, started, waiting, plan, followUp } = await caseWithLooseEnds();
    const ends = await listCaseLooseEnds(f.actors.caseworker, c.id);
    expect(ends.map((e) => [e.kind, e.id, e.allowed])).toEqual([
      ["referral", started.id, ["complete", "return"]],
      ["referral", waiting.id, ["return"]],
      ["rtwPlan", plan.id, ["end"]],
      ["followUp", followUp.id, ["cancel"]],
    ]);
    await expect(listCaseLooseEnds(f.actors.therapist, c.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a case with an undecided loose end does not close, and nothing is written", async () => {
    const { c, started, waiting, plan } = await caseWithLooseEnds();
    const d = await getDb();
    const before = await databaseFingerprint(d);
    const partial = {
      [decisionFieldName("referral", started.id)]: decisionValue("complete", started.version),
      [decisionFieldName("referral", waiting.id)]: decisionValue("return", waiting.version),
      [decisionFieldName("rtwPlan", plan.id)]: decisionValue("end", 1),
      // the planned follow-up has no decision
    };
    const err = await changeCaseStatus(f.actors.caseworker, closeForm(c.id, partial)).catch((e) => e);
    expect(err).toBeInstanceOf(DomainRuleError);
    expect(err.code).toBe("cases.errors.looseEndUndecided");
    expect(err.field).toMatch(/^decision\.followUp\./);
    // A decision the domain does not allow ("complete" a referral that has not started) is the same as none.
    const wrong = { ...partial, [decisionFieldName("referral", waiting.id)]: decisionValue("complete", waiting.version) };
    await expect(changeCaseStatus(f.actors.caseworker, closeForm(c.id, wrong))).rejects.toMatchObject({
      code: "cases.errors.looseEndUndecided",
      field: decisionFieldName("referral", waiting.id),
    });
    expect(await databaseFingerprint(d)).toEqual(before);
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACTIVE");
  });

  it("with a decision on each, the case closes and every loose end is closed in the same transaction", async () => {
    const { c, started, waiting, plan, followUp } = await caseWithLooseEnds();
    await changeCaseStatus(
      f.actors.caseworker,
      closeForm(
        c.id,
        {
          [decisionFieldName("referral", started.id)]: decisionValue("complete", started.version),
          [decisionFieldName("referral", waiting.id)]: decisionValue("return", waiting.version),
          [decisionFieldName("rtwPlan", plan.id)]: decisionValue("end", 1),
          [decisionFieldName("followUp", followUp.id)]: decisionValue("cancel", 1),
        },
        { note: "Borgeren er raskmeldt" },
      ),
    );
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("CLOSED");
    const s = await db.referral.findUniqueOrThrow({ where: { id: started.id }, include: { events: { orderBy: { at: "desc" }, take: 1 } } });
    expect(s).toMatchObject({ status: "COMPLETED", statusReason: "Sagen er afsluttet i jobcentret: Borgeren er raskmeldt" });
    expect(s.completedAt).toBeInstanceOf(Date);
    expect(s.events[0]).toMatchObject({ fromStatus: "STARTED", toStatus: "COMPLETED", byId: f.actors.caseworker.userId });
    expect((await db.referral.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("RETURNED");
    expect((await db.returnToWorkPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("COMPLETED");
    expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("CANCELLED");
    expect(await db.recordVersion.count({ where: { recordId: { in: [plan.id, followUp.id] } } })).toBe(2);
    expect(await listCaseLooseEnds(f.actors.caseworker, c.id)).toEqual([]);

    // The health center sees that the case is closed: on the referral and in its inbox.
    expect(await getReferral(f.actors.visitator, waiting.id)).toMatchObject({ status: "RETURNED", caseClosed: true });
    const row = (await listReferralInbox(f.actors.visitator)).rows.find((r) => r.id === started.id);
    expect(row).toMatchObject({ status: "COMPLETED", caseClosed: true });
  });

  it("a loose end changed since the form was loaded is a conflict, and the case stays open", async () => {
    const { c, started, waiting, plan, followUp } = await caseWithLooseEnds();
    const decisions = {
      [decisionFieldName("referral", started.id)]: decisionValue("return", started.version),
      [decisionFieldName("referral", waiting.id)]: decisionValue("return", waiting.version),
      [decisionFieldName("rtwPlan", plan.id)]: decisionValue("end", 1),
      [decisionFieldName("followUp", followUp.id)]: decisionValue("cancel", 1),
    };
    // Meanwhile the health center wait-lists the accepted referral.
    await db.referral.update({ where: { id: waiting.id }, data: { status: "WAITLISTED", version: { increment: 1 } } });
    await expect(changeCaseStatus(f.actors.caseworker, closeForm(c.id, decisions))).rejects.toBeInstanceOf(ConflictError);
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACTIVE");
    expect((await db.referral.findUniqueOrThrow({ where: { id: started.id } })).status).toBe("STARTED");
    expect((await db.returnToWorkPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("ACTIVE");
  });

  it("a case without loose ends closes as before; an open case's referral shows no 'case closed'", async () => {
    const c = await createCase(db, f);
    await changeCaseStatus(f.actors.caseworker, closeForm(c.id, {}));
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("CLOSED");
    const open = await createCase(db, f);
    const r = await referralIn(f, await createProgrammeWithCriteria(db, f), open.id);
    expect(await getReferral(f.actors.visitator, r.id)).toMatchObject({ caseClosed: false });
  });
});
