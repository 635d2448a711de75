// Effect studies, MATCHED design (issue 14, ADR 0016): created in the product with programmes as
// the intervention; no allocation at entry; the intervention arm is the population's cases with an
// ACCEPTED/STARTED referral to one of the study's programmes within the grace period; comparison
// cases come from the rest of the population and are matched by lib/studies/matching.ts. The matched
// pairs of a hand-made fixture are written out by hand below. Another organisation's programme is 404;
// the balance table (before and after matching) is checked against hand-computed standardised differences.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { createOrg, type OrgFixture } from "../factories/core";
import { databaseFingerprint } from "../factories/index";
import { createProgramme } from "../factories/rehab";
import { caseWithFirstFollowUp, studyForm } from "../factories/studies";
import { caseForMatching, dayFromToday, referTo, type CaseSpec } from "../factories/matched-studies";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { createStudy } from "@/lib/domain/studies/create-study";
import { getStudyResults } from "@/lib/domain/studies/get-study-results";
import { listStudies } from "@/lib/domain/studies/list-studies";
import { getCaseStudyAllocations } from "@/lib/domain/studies/get-case-study-allocations";
import { loadMatchedComparison } from "@/lib/domain/studies/matched-participants";
import { NotFoundError } from "@/lib/domain/errors";
import { ZCreateStudy } from "@/lib/validation/studies";
import { isoDay } from "@/lib/time";
import { exportStudyResults } from "@/lib/domain/studies/export-study-results";
import { studyResultsCsv } from "@/lib/studies/results-csv";
import { translatorFor } from "@/lib/i18n/server";

let f: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  [f, other] = await setupTestDbWithOrgs("Matchrup Kommune", "Fremmedby Kommune");
});
afterAll(teardownTestDb);

/** The matched comparison of a study as the results use case forms it (test probe; it returns case ids, which no real use case does). */
const probeMatching = defineUseCase({ capability: "study.viewResults", notFound: "study" }, async (ctx, studyId: string) => {
  const s = await ctx.read.effectStudy.get({ where: { id: studyId }, include: { programmes: true } });
  return loadMatchedComparison(ctx.system("study.viewResults"), { ...s, programmeIds: s.programmes.map((p) => p.programmeId) }, ctx.today);
});

const matchedForm = (programmeIds: string[], over: Record<string, unknown> = {}) =>
  studyForm({
    design: "MATCHED",
    programmeIds,
    intervention: "",
    startOn: isoDay(dayFromToday(-200)),
    plannedEndOn: isoDay(dayFromToday(100)),
    diagnosisGroups: ["MENTAL", "MUSCULOSKELETAL"],
    ...over,
  });

describe("creating a matched study", () => {
  it("links the programmes, starts in the past, stores no seed and allocates nobody at entry", async () => {
    const { db } = testDb();
    const p = await createProgramme(db, f, { name: "Rygskole A" });
    const { id } = await createStudy(
      f.actors.manager,
      ZCreateStudy.parse(matchedForm([p.id], { stratifyByDiagnosis: "on", ratioControl: "3" })),
    );
    const s = await db.effectStudy.findUniqueOrThrow({ where: { id }, include: { programmes: true } });
    expect(s).toMatchObject({ design: "MATCHED", seedEncrypted: null, stratifyByDiagnosis: false, ratioIntervention: 1, ratioControl: 1 });
    expect(s.allocationAlgorithm).toMatch(/^samspil-matching-v1/);
    expect(s.programmes.map((x) => x.programmeId)).toEqual([p.id]);
    const { caseId, held } = await caseWithFirstFollowUp(db, f, "MENTAL");
    expect(held.enrolments.find((e) => e.studyId === id)).toBeUndefined();
    expect(await db.studyAllocation.count({ where: { studyId: id, caseId } })).toBe(0);
    expect((await listStudies(f.actors.manager)).find((x) => x.id === id)!.participants).toBeNull();
    const history = await db.recordVersion.findFirstOrThrow({ where: { recordType: "EffectStudy", recordId: id } });
    expect(JSON.stringify(history.changes)).toContain("Rygskole A");
  });

  it("another organisation's programme is 404 and nothing is written; so is a study for a caseworker", async () => {
    const { db } = testDb();
    const foreign = await createProgramme(db, other, { name: "Fremmed tilbud" });
    const mine = await createProgramme(db, f, { name: "Eget tilbud" });
    const before = await databaseFingerprint(db);
    await expect(createStudy(f.actors.manager, ZCreateStudy.parse(matchedForm([foreign.id])))).rejects.toBeInstanceOf(NotFoundError);
    await expect(createStudy(f.actors.manager, ZCreateStudy.parse(matchedForm([mine.id, foreign.id])))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      createStudy(f.actors.admin, ZCreateStudy.parse(studyForm({ programmeIds: [foreign.id], intervention: "" }))),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(createStudy(f.actors.caseworker, ZCreateStudy.parse(matchedForm([mine.id])))).rejects.toBeInstanceOf(NotFoundError);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("a randomised study may have programmes and a way of working; the caseworker sees both as the intervention", async () => {
    const { db } = testDb();
    const p = await createProgramme(db, f, { name: "Tidlig træning" });
    const { id } = await createStudy(
      f.actors.manager,
      ZCreateStudy.parse(studyForm({ programmeIds: [p.id], intervention: "Særligt team" })),
    );
    const { caseId, held } = await caseWithFirstFollowUp(db, f);
    expect(held.enrolments.map((e) => e.studyId)).toContain(id);
    const shown = await getCaseStudyAllocations(f.actors.caseworker, { caseId });
    expect(shown.find((a) => a.studyId === id)!.intervention).toBe("Tidlig træning; Særligt team");
  });
});

describe("the arms of a matched study (hand-made fixture)", () => {
  it("intervention = accepted/started referral to the study's programmes within 91 days; pairs as worked out by hand", async () => {
    const { db } = testDb();
    const org = await createOrg(db, "Parrup Kommune");
    const p1 = await createProgramme(db, org, { name: "Stressforløb" });
    const p2 = await createProgramme(db, org, { name: "Andet tilbud" });
    const mk = (spec: CaseSpec) => caseForMatching(db, org, spec);
    const W = (born: number, sex: "M" | "F", group: CaseSpec["group"], weeks: number, entry: number, more: Partial<CaseSpec> = {}) =>
      mk({ born, sex, group, weeks, entry, ...more });
    // Intervention cases.
    const T1 = await W(1990, "F", "MENTAL", 4, -150); // 30-39, woman, employee
    await referTo(db, org, T1, p1.id, "STARTED", 10, 20);
    const T2 = await W(1970, "M", "MUSCULOSKELETAL", 8, -120); // 50-59, man
    await referTo(db, org, T2, p1.id, "COMPLETED", 5, 12);
    const T3 = await W(1990, "F", "MENTAL", 2, -100, { employment: "UNEMPLOYED" }); // nobody like her in the pool
    await referTo(db, org, T3, p1.id, "ACCEPTED", 3);
    // Comparison pool.
    const C1 = await W(1990, "F", "MENTAL", 5, -140); // a candidate for T1 (1 week, 10 days apart)
    const C2 = await W(1990, "F", "MENTAL", 9, -150); // 5 weeks from T1: outside the caliper
    const C3 = await W(1970, "M", "MUSCULOSKELETAL", 8, -10); // 110 days from T2: outside the period caliper
    const C4 = await W(1970, "M", "MUSCULOSKELETAL", 10, -100); // candidate for T2 (2 weeks apart)
    const C5 = await W(1970, "M", "MUSCULOSKELETAL", 7, -125); // nearer T2 (1 week): T2's match
    const C6 = await W(1990, "F", "MENTAL", 4, -160); // same weeks as T1: T1's match; its referral was only submitted
    await referTo(db, org, C6, p1.id, "SUBMITTED", null);
    const X1 = await W(2000, "M", "MUSCULOSKELETAL", 3, -90); // referral to ANOTHER programme: in the pool
    await referTo(db, org, X1, p2.id, "STARTED", 2, 4);
    // In neither arm.
    const late = await W(1990, "F", "MENTAL", 4, -148); // accepted 100 days after entry: after the grace period
    await referTo(db, org, late, p1.id, "STARTED", 100, 105);
    const before = await W(1990, "F", "MENTAL", 4, -205); // first conversation before the study start
    await referTo(db, org, before, p1.id, "STARTED", 5, 6);
    await W(1990, "F", "MENTAL", 4, -145, { closedAfter: -1 }); // closed the day before its first conversation
    const otherGroup = await W(1990, "F", "OTHER", 4, -150); // diagnosis group outside the population
    await referTo(db, org, otherGroup, p1.id, "STARTED", 5, 6);
    const { id } = await createStudy(org.actors.manager, ZCreateStudy.parse(matchedForm([p1.id])));

    const m = await probeMatching(org.actors.manager, id);
    const name = new Map(Object.entries({ T1, T2, T3, C1, C2, C3, C4, C5, C6, X1 }).map(([k, v]) => [v.id, k]));
    expect(m.matching.pairs.map((p) => [name.get(p.interventionId), name.get(p.comparisonId), p.weeksApart, p.daysApart])).toEqual([
      // Hardest first: T1 has candidates C1 and C6 (2), T2 has C4 and C5 (2); ties by entry day (T1 −150 before T2 −120).
      ["T1", "C6", 0, 10],
      ["T2", "C5", 1, 5],
    ]);
    expect(m.matching.unmatched.map((x) => name.get(x))).toEqual(["T3"]);
    expect(m.counts).toEqual({ treated: 3, pool: 7, lateIntervention: 1, invalid: 0 });
    expect(m.participants.map((p) => p.arm)).toEqual(["INTERVENTION", "CONTROL", "INTERVENTION", "CONTROL"]);
    expect(m.before.comparison.map((c) => c.weeksOnBenefitAtEntry).sort((a, b) => a - b)).toEqual([3, 4, 5, 7, 8, 9, 10]);
    expect(m.participants[0]!.covariates).toEqual({
      ageBand: "30-39",
      sex: "F",
      diagnosisGroup: "MENTAL",
      employmentStatus: "EMPLOYEE",
      weeksOnBenefitAtEntry: 4,
    });

    // The manager's page: only aggregates; the small counts are suppressed; nobody was allocated.
    const r = await getStudyResults(org.actors.manager, { studyId: id });
    expect(r.matching).toMatchObject({
      treated: { suppressed: true },
      pool: { suppressed: false, value: 7 },
      pairs: { suppressed: true },
      unmatched: { suppressed: true },
      lateIntervention: { suppressed: true },
      graceDays: 91,
    });
    expect(r.study.programmes.map((p) => p.name)).toEqual(["Stressforløb"]);
    expect(r.results.baseline.matched).toBe(true);
    expect(r.results.comparable).toBe(false);
    const json = JSON.stringify(r);
    for (const c of [T1, T2, T3, C1, C5, C6]) expect(json).not.toContain(c.id);
    expect(await db.studyAllocation.count({ where: { studyId: id } })).toBe(0);
  });
});

describe("the balance table of a matched study", () => {
  it("shows the matched groups with standardised differences before and after matching (hand-computed)", async () => {
    const { db } = testDb();
    const org = await createOrg(db, "Balancerup Kommune");
    const p = await createProgramme(db, org, { name: "Arbejdsfokuseret forløb" });
    // Six women of 30-39 with a mental diagnosis, employees, 2..7 weeks on benefit, who got the programme;
    // six like them who did not (exact matches), and six unemployed with 10..15 weeks (no match for anyone).
    for (let i = 0; i < 6; i++) {
      const t = await caseForMatching(db, org, { born: 1990, sex: "F", group: "MENTAL", weeks: 2 + i, entry: -100 - i });
      await referTo(db, org, t, p.id, "STARTED", 7, 14);
      await caseForMatching(db, org, { born: 1990, sex: "F", group: "MENTAL", weeks: 2 + i, entry: -110 - i });
      await caseForMatching(db, org, { born: 1990, sex: "F", group: "MENTAL", weeks: 10 + i, entry: -100 - i, employment: "UNEMPLOYED" });
    }
    const { id } = await createStudy(org.actors.manager, ZCreateStudy.parse(matchedForm([p.id])));
    const r = await getStudyResults(org.actors.manager, { studyId: id });
    expect(r.matching).toMatchObject({ treated: { value: 6 }, pool: { value: 12 }, pairs: { value: 6 }, unmatched: { value: 0 } });
    expect(r.results.participants).toEqual({ INTERVENTION: { suppressed: false, value: 6 }, CONTROL: { suppressed: false, value: 6 } });
    const row = (covariate: string, level: string | null) =>
      r.results.baseline.rows.find((x) => x.covariate === covariate && x.level === level)!;
    // Employment EMPLOYEE: before 6/6 vs 6/12, pooled SD √((1·0 + 0.5·0.5)/2) = 0.35355 → SMD 0.5/0.35355 = 1.41421; after 6/6 vs 6/6 → 0.
    expect(row("employmentStatus", "EMPLOYEE").smdBefore).toBeCloseTo(1.41421, 4);
    expect(row("employmentStatus", "EMPLOYEE").smd).toBe(0);
    expect(row("employmentStatus", "UNEMPLOYED").smdBefore).toBeCloseTo(-1.41421, 4);
    expect(row("employmentStatus", "UNEMPLOYED").smd).toBe(0);
    expect(row("employmentStatus", "EMPLOYEE").arms).toEqual({
      INTERVENTION: { share: { suppressed: false, value: 1 }, lower: null, upper: null },
      CONTROL: { share: { suppressed: false, value: 1 }, lower: null, upper: null },
    });
    // Weeks on benefit: before mean 4.5 (SD √3.5 = 1.87083) vs 8.5 (SD √(227/11) = 4.54273); pooled SD √((3.5 + 20.63636)/2) = 3.47391
    // → SMD −4/3.47391 = −1.15144; after: both 4.5 → 0.
    const weeks = row("weeksOnBenefitAtEntry", null);
    expect(weeks.smdBefore).toBeCloseTo(-1.15144, 4);
    expect(weeks.smd).toBe(0);
    expect(weeks.arms.INTERVENTION).toMatchObject({ mean: 4.5 });
    expect(weeks.arms.CONTROL).toMatchObject({ mean: 4.5 });
    // Identical on the exact covariates (one level each): no difference before or after.
    expect(row("sex", "F")).toMatchObject({ smd: 0, smdBefore: 0 });
    expect(r.results.baseline.rows.map((x) => `${x.covariate}:${x.level}`)).toEqual([
      "ageBand:30-39",
      "sex:F",
      "diagnosisGroup:MENTAL",
      "employmentStatus:EMPLOYEE",
      "employmentStatus:UNEMPLOYED",
      "weeksOnBenefitAtEntry:null",
    ]);
    // The outcomes are analysed like a randomised study's, with the matched-design caveat in the reading.
    expect(r.results.comparable).toBe(true);
    expect(r.results.reading.map((m) => m.key)).toContain("studies.reading.matched");
    // The CSV, like the page, gives how the groups were formed and the balance before any outcome.
    const csv = studyResultsCsv(await exportStudyResults(org.actors.manager, { studyId: id }), translatorFor("da"), "da");
    const at = (text: string) => csv.indexOf(text);
    expect(at("Matchede par;6")).toBeGreaterThan(-1);
    expect(at("Beskæftigelse: Lønmodtager;100;100;1,41;0")).toBeGreaterThan(at("Matchede par"));
    expect(at("Hvad viser resultatet?")).toBeGreaterThan(at("Beskæftigelse: Lønmodtager"));
    expect(at("Sammenligningsgruppe")).toBeGreaterThan(-1);
    // Only the organisation's managers read results: other roles, and a manager of another organisation, get 404.
    for (const who of [org.actors.caseworker, org.actors.therapist, org.actors.coordinator, org.actors.admin, f.actors.manager]) {
      await expect(getStudyResults(who, { studyId: id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportStudyResults(who, { studyId: id })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
