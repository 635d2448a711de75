// Issue 8 item 11: a seed that fails half-way leaves nothing, and a rerun completes. The failure is
// injected as a step after the base (organisation, users, citizens, cases) and the programmes have
// been written — as an invalid CPR key would fail the import-style history step today.
// Issue 8 item 16: the seeded demo tells a consistent story (invariants checked after the rerun).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { databaseFingerprint } from "../factories";
import { today } from "@/lib/clock";
import { DEMO_ORG_NAME } from "@/prisma/seed/base";
import { seedDemo } from "@/prisma/seed/run";
import { seedSteps } from "@/prisma/seed/steps";
import { BODY_REGIONS } from "@/lib/rehab/catalogue";
import { BODY_REGION_OF_TOPIC, topicOfDetail, type StoryTopic } from "@/prisma/seed/random";

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

/** Words a note about each topic uses; a note must use its own topic's words and no other body part's. */
const WORDS: Record<StoryTopic, RegExp> = {
  back: /\blænd|\bryg/i,
  neck: /nakke/i,
  shoulder: /skulder/i,
  knee: /knæ/i,
  mental: /stress|sover|koncentr|træt|psykolog/i,
  operation: /operation/i,
  heart: /hjerte/i,
  cancer: /kemo|behandling/i,
  infection: /infektion/i,
};
const BODY: StoryTopic[] = ["back", "neck", "shoulder", "knee"];
const demoOrgId = async () =>
  (await testDb().db.organisation.findFirstOrThrow({ where: { name: DEMO_ORG_NAME }, select: { id: true } })).id;
const ENGLISH = /\b(the|and|with|patient|pain|back|knee|shoulder|neck|todo|lorem)\b/i;

describe("the demo tells a consistent story (issue 8 item 16)", () => {
  it("rehab plans: body region and condition follow the case's diagnosis (a knee plan belongs to a knee case)", async () => {
    const { db } = testDb();
    const plans = await db.rehabPlan.findMany({
      where: { organisationId: await demoOrgId() },
      select: {
        bodyRegion: true,
        condition: true,
        citizenId: true,
        referral: { select: { citizenId: true, case: { select: { citizenId: true, diagnosisGroup: true, diagnosisDetail: true } } } },
      },
    });
    expect(plans.length).toBeGreaterThan(3);
    for (const p of plans) {
      expect(BODY_REGIONS).toContain(p.bodyRegion);
      if (!p.referral) continue; // a hospital plan without a referral (board history)
      const c = p.referral.case;
      expect(p.referral.citizenId).toBe(p.citizenId);
      expect(c.citizenId).toBe(p.citizenId);
      expect(p.bodyRegion, `${c.diagnosisDetail} → ${p.bodyRegion}`).toBe(BODY_REGION_OF_TOPIC[topicOfDetail(c.diagnosisDetail)]);
      expect(p.condition).toBe(c.diagnosisDetail);
      if (p.bodyRegion === "KNEE") {
        expect(c.diagnosisGroup).toBe("MUSCULOSKELETAL");
        expect(c.diagnosisDetail).toMatch(/knæ/i);
      }
      if (p.bodyRegion !== "OTHER") expect(c.diagnosisGroup).toBe("MUSCULOSKELETAL");
    }
  });

  it("follow-up notes talk about the case's own illness, never another part of the body", async () => {
    const { db } = testDb();
    const held = await db.followUp.findMany({
      where: { status: "HELD", case: { organisationId: await demoOrgId() } },
      select: { summary: true, agreements: true, case: { select: { diagnosisDetail: true } } },
    });
    expect(held.length).toBeGreaterThan(10);
    for (const f of held.filter((x) => x.summary)) {
      const topic = topicOfDetail(f.case.diagnosisDetail);
      const text = `${f.summary} ${f.agreements ?? ""}`;
      expect(text, `${f.case.diagnosisDetail}: ${text}`).toMatch(WORDS[topic]);
      for (const other of BODY.filter((t) => t !== topic)) expect(text, `${f.case.diagnosisDetail}: ${text}`).not.toMatch(WORDS[other]);
    }
  });

  it("referrals: back programmes only for back and neck cases; same citizen as the case", async () => {
    const { db } = testDb();
    const refs = await db.referral.findMany({
      where: { organisationId: await demoOrgId() },
      select: { citizenId: true, programme: { select: { name: true } }, case: { select: { citizenId: true, diagnosisDetail: true } } },
    });
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) {
      expect(r.citizenId).toBe(r.case.citizenId);
      if (/lænderyg|rygskole/i.test(r.programme.name)) {
        expect(["back", "neck"], `${r.programme.name}: ${r.case.diagnosisDetail}`).toContain(topicOfDetail(r.case.diagnosisDetail));
      }
    }
  });

  it("return-to-work plans: no lifting restrictions for illnesses that are not about the body", async () => {
    const { db } = testDb();
    const plans = await db.returnToWorkPlan.findMany({
      where: { organisationId: await demoOrgId(), status: "ACTIVE" },
      select: { note: true, case: { select: { diagnosisDetail: true } } },
    });
    for (const p of plans) {
      if (BODY_REGION_OF_TOPIC[topicOfDetail(p.case.diagnosisDetail)] === "OTHER") expect(p.note ?? "").not.toMatch(/løft/i);
    }
  });

  it("Danish spelling: no Swedish or English leftovers in the seeded texts", async () => {
    const { db } = testDb();
    const org = { organisationId: await demoOrgId() };
    const texts = [
      ...(await db.sickLeaveCase.findMany({ where: org, select: { diagnosisDetail: true } })).map((x) => x.diagnosisDetail ?? ""),
      ...(await db.followUp.findMany({ where: { case: org }, select: { summary: true, agreements: true } })).flatMap((x) => [
        x.summary ?? "",
        x.agreements ?? "",
      ]),
      ...(await db.rehabPlan.findMany({ where: org, select: { condition: true } })).map((x) => x.condition),
      ...(await db.rehabGoal.findMany({ where: { plan: org }, select: { text: true, baseline: true, target: true } })).flatMap((x) => [
        x.text,
        x.baseline,
        x.target,
      ]),
      ...(await db.homeExercise.findMany({ where: { plan: org }, select: { description: true } })).map((x) => x.description),
      ...(await db.programme.findMany({ where: org, select: { name: true, description: true, targetGroup: true } })).flatMap((x) => [
        x.name,
        x.description,
        x.targetGroup,
      ]),
      ...(await db.referral.findMany({ where: org, select: { reason: true } })).map((x) => x.reason),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) {
      expect(t).not.toMatch(/Långvarig|ä|ö/);
      expect(t).not.toMatch(ENGLISH);
      expect(t).toBe(t.normalize("NFC"));
    }
  });
});
