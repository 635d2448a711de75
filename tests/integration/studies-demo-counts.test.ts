// walk4 item 5: in the demo, the study list counted one participant more than the results page
// showed (a manager on /studies). The demo seed had allocated a case at a conversation held while the
// case was closed (closed, later reopened): enrolCaseInStudies refuses a closed case, and the results
// leave such a participant out as contradicting its entry. The counts must agree — also after a
// caseworker voids a participant's entry conversation (the allocation stays: intention to treat).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { getStudyResults } from "@/lib/domain/studies/get-study-results";
import { listStudies } from "@/lib/domain/studies/list-studies";
import { voidFollowUp } from "@/lib/domain/followups/void-follow-up";
import { actorFromSessionId } from "@/lib/auth/session";
import { today } from "@/lib/clock";
import { seedDemo } from "@/prisma/seed/run";
import { DEMO_STUDY_NAME } from "@/prisma/seed/studies";
import type { ProtectedTotal } from "@/lib/kpi/suppress";

beforeAll(async () => {
  const db = await setupTestDb();
  await seedDemo(db, today());
}, 600_000);
afterAll(teardownTestDb);

async function actorOf(userId: string) {
  const { db } = testDb();
  const s = await db.userSession.create({ data: { userId } });
  return (await actorFromSessionId(s.id))!;
}

const value = (c: ProtectedTotal | null | undefined): number => {
  if (!c || c.suppressed) throw new Error(`expected a shown count, got ${JSON.stringify(c)}`);
  return c.value;
};

async function counts(studyId: string) {
  const { db } = testDb();
  const manager = await actorOf((await db.user.findUniqueOrThrow({ where: { email: "leder@samspil.test" } })).id);
  const listed = (await listStudies(manager)).find((s) => s.id === studyId);
  const r = await getStudyResults(manager, { studyId });
  return {
    listed: value(listed?.participants),
    analysed: value(r.results.participants.INTERVENTION) + value(r.results.participants.CONTROL),
    excluded: r.excluded,
  };
}

describe("the demo study's participant counts", () => {
  it("the list's count equals the results' participants, with none left out, also after an entry conversation is voided", async () => {
    const { db } = testDb();
    const study = await db.effectStudy.findFirstOrThrow({ where: { name: DEMO_STUDY_NAME } });
    const before = await counts(study.id);
    expect(before.listed).toBeGreaterThan(50);
    expect(before).toEqual({ listed: before.analysed, analysed: before.analysed, excluded: { suppressed: false, value: 0 } });

    // A caseworker voids the entry conversation of an open participant: still a participant, counted alike.
    const a = await db.studyAllocation.findFirstOrThrow({
      where: { studyId: study.id, case: { status: { not: "CLOSED" } } },
      select: { caseId: true, followUpId: true, case: { select: { caseworkerId: true } } },
    });
    const fu = await db.followUp.findUniqueOrThrow({ where: { id: a.followUpId } });
    await voidFollowUp(await actorOf(a.case.caseworkerId), {
      caseId: a.caseId,
      followUpId: fu.id,
      version: fu.version,
      reason: "Registreret på den forkerte sag",
    });
    expect(await counts(study.id)).toEqual(before);
  });
});
