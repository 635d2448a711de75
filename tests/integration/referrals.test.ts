// Programme catalogue and referrals (visitation): every transition including refused ones,
// capacity, eligibility blocking, role and department boundaries, history and access logging.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { DomainRuleError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { createProgramme } from "@/lib/domain/programmes/create-programme";
import { updateProgramme } from "@/lib/domain/programmes/update-programme";
import { getProgramme } from "@/lib/domain/programmes/get-programme";
import { listProgrammes } from "@/lib/domain/programmes/list-programmes";
import { createReferral } from "@/lib/domain/referrals/create-referral";
import { transitionReferral } from "@/lib/domain/referrals/transition-referral";
import { assignTherapist } from "@/lib/domain/referrals/assign-therapist";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { listReferralInbox } from "@/lib/domain/referrals/list-referral-inbox";
import { listCaseReferrals } from "@/lib/domain/referrals/list-case-referrals";
import type { TCreateReferral } from "@/lib/validation/referrals";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { answersFor, createProgrammeWithCriteria, otherDepartmentActor, referralIn, type ProgrammeFixture } from "../factories/health";
import { setupTestDb, teardownTestDb, testDbKind } from "./support/db";
import { today } from "@/lib/clock";
import type { Prisma } from "@/lib/db/generated/client";
import { addDays, startOfDanishDay, todayInDenmark } from "@/lib/time";

import { inboxGroup, inboxOrder } from "@/lib/referrals/inbox-order";
import { REFERRAL_STATUSES } from "@/lib/referrals/transitions";
import { createTestStudy } from "../factories/studies";
let db: Db;
let f: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db, "Henvisrup Kommune");
  other = await createOrg(db, "Fremmed Kommune");
});
afterAll(teardownTestDb);

/** Rows written anywhere a referral or programme use case writes. */
async function writeCounts() {
  const d = await getDb();
  const [programmes, criteria, referrals, events, versions, logs] = await Promise.all([
    d.programme.count(),
    d.programmeCriterion.count(),
    d.referral.count(),
    d.referralEvent.count(),
    d.recordVersion.count(),
    d.accessLog.count(),
  ]);
  return { programmes, criteria, referrals, events, versions, logs };
}

async function lastLog() {
  return db.accessLog.findFirstOrThrow({ orderBy: { id: "desc" } });
}

function input(p: ProgrammeFixture, caseId: string, over: Partial<TCreateReferral> = {}): TCreateReferral {
  return {
    caseId,
    programmeId: p.id,
    reason: "Lænderygsmerter gennem 6 uger, ønsker at vende tilbage",
    overrideJustification: null,
    criterionIds: p.criteria.map((c) => c.id),
    answers: answersFor(p),
    ...over,
  };
}

const programmeInput = {
  name: "Skulderforløb",
  description: "Superviseret træning",
  targetGroup: "Sygemeldte med skuldersmerter",
  format: "GROUP" as const,
  rollingAdmission: true,
  weeks: 8,
  hoursPerWeek: 2,
  capacity: 10,
  priceDkk: 6400,
  conditionTags: ["shoulder" as const],
  active: true,
  criteria: [
    { id: null, text: "Skuldersmerter i mere end fire uger", required: true },
    { id: null, text: "Arbejde over skulderhøjde", required: false },
  ],
};

describe(`programme catalogue (${testDbKind()})`, () => {
  it("a visitator creates a programme with a checklist; history and log are written", async () => {
    const { id } = await createProgramme(f.actors.visitator, programmeInput);
    const p = await db.programme.findUniqueOrThrow({ where: { id }, include: { criteria: true } });
    expect(p).toMatchObject({ departmentId: f.healthCenter.id, version: 1, capacity: 10, conditionTags: ["shoulder"] });
    expect(p.criteria.map((c) => [c.text, c.required, c.position])).toEqual([
      ["Skuldersmerter i mere end fire uger", true, 0],
      ["Arbejde over skulderhøjde", false, 1],
    ]);
    const v = await db.recordVersion.findFirstOrThrow({ where: { recordType: "Programme", recordId: id } });
    expect(v).toMatchObject({ version: 1, action: "CREATE", changedById: f.actors.visitator.userId });
    expect(await lastLog()).toMatchObject({ action: "CREATE", recordType: "Programme", recordId: id, actorId: f.actors.visitator.userId });
  });

  it("a correction bumps the version, keeps from/to in RecordVersion and soft-removes a criterion", async () => {
    const { id } = await createProgramme(f.actors.therapist, programmeInput);
    const before = await db.programme.findUniqueOrThrow({ where: { id }, include: { criteria: { orderBy: { position: "asc" } } } });
    const kept = before.criteria[0]!;
    const removed = before.criteria[1]!;
    const r = await updateProgramme(f.actors.visitator, {
      ...programmeInput,
      programmeId: id,
      version: 1,
      priceDkk: 6900,
      changeReason: "Ny takst",
      criteria: [
        { id: kept.id, text: kept.text, required: true },
        { id: null, text: "Kan deltage to gange om ugen", required: true },
      ],
    });
    expect(r).toEqual({ id, version: 2, changed: true });
    const v = await db.recordVersion.findFirstOrThrow({ where: { recordType: "Programme", recordId: id, version: 2 } });
    expect(v.reason).toBe("Ny takst");
    expect(v.action).toBe("CORRECT");
    const changes = v.changes as Record<string, { from: unknown; to: unknown }>;
    expect(changes.priceDkk).toEqual({ from: 6400, to: 6900 });
    expect(changes.criteria).toEqual({ from: [kept.text, removed.text], to: [kept.text, "Kan deltage to gange om ugen"] });
    expect(changes.name).toBeUndefined();
    const gone = await db.programmeCriterion.findUniqueOrThrow({ where: { id: removed.id } });
    expect(gone.removedAt).not.toBeNull();
    const detail = await getProgramme(f.actors.caseworker, id);
    expect(detail.criteria.map((c) => c.text)).toEqual([kept.text, "Kan deltage to gange om ugen"]);
    expect(detail.history.map((h) => h.version)).toEqual([2, 1]);
    expect(detail.canManage).toBe(false);
    expect(await lastLog()).toMatchObject({ action: "UPDATE", recordType: "Programme", recordId: id });
  });

  it("an unchanged save writes nothing; a stale version is refused", async () => {
    const { id } = await createProgramme(f.actors.visitator, programmeInput);
    const p = await db.programme.findUniqueOrThrow({ where: { id }, include: { criteria: { orderBy: { position: "asc" } } } });
    const same = {
      ...programmeInput,
      programmeId: id,
      changeReason: null,
      criteria: p.criteria.map((c) => ({ id: c.id, text: c.text, required: c.required })),
    };
    const counts = await writeCounts();
    expect(await updateProgramme(f.actors.visitator, { ...same, version: 1 })).toEqual({ id, version: 1, changed: false });
    expect(await writeCounts()).toEqual(counts);
    await updateProgramme(f.actors.visitator, { ...same, version: 1, capacity: 11 });
    await expect(updateProgramme(f.actors.visitator, { ...same, version: 1, capacity: 12 })).rejects.toThrow("errors.conflict");
  });

  it("a criterion of another programme cannot be smuggled into a correction", async () => {
    const a = await createProgrammeWithCriteria(db, f);
    const b = await createProgrammeWithCriteria(db, f);
    await expect(
      updateProgramme(f.actors.visitator, {
        ...programmeInput,
        programmeId: a.id,
        version: 1,
        changeReason: null,
        criteria: [{ id: b.criteria[0]!.id, text: "x", required: true }],
      }),
    ).rejects.toThrow("errors.conflict");
  });

  it("caseworkers, managers and admins cannot maintain the catalogue; staff of another department or organisation cannot correct it", async () => {
    for (const a of [f.actors.caseworker, f.actors.manager, f.actors.admin, f.actors.coordinator]) {
      await expect(createProgramme(a, programmeInput)).rejects.toBeInstanceOf(NotFoundError);
    }
    const p = await createProgrammeWithCriteria(db, f);
    const foreign = await otherDepartmentActor(db, f, "HEALTH_CENTER", "VISITATOR");
    const upd = { ...programmeInput, programmeId: p.id, version: 1, changeReason: null, criteria: [] };
    await expect(updateProgramme(foreign, upd)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProgramme(other.actors.visitator, upd)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("everyone in the organisation reads the catalogue with capacity use; nobody outside does", async () => {
    const p = await createProgrammeWithCriteria(db, f, { capacity: 2 });
    const c = await createCase(db, f);
    await referralIn(f, p, c.id, "STARTED");
    const c2 = await createCase(db, f);
    await referralIn(f, p, c2.id, "WAITLISTED");
    for (const a of [f.actors.caseworker, f.actors.manager, f.actors.coordinator, f.actors.therapist]) {
      const row = (await listProgrammes(a)).find((x) => x.id === p.id);
      expect(row).toMatchObject({ startedCount: 1, waitlistCount: 1, capacity: 2 });
    }
    expect((await listProgrammes(other.actors.visitator)).some((x) => x.id === p.id)).toBe(false);
    await expect(getProgramme(other.actors.caseworker, p.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("referring a citizen", () => {
  let p: ProgrammeFixture;
  beforeAll(async () => {
    p = await createProgrammeWithCriteria(db, f, { conditionTags: ["back"] });
  });

  it("a caseworker refers an open case: snapshot of the checklist, SUBMITTED event and CREATE log", async () => {
    const c = await createCase(db, f);
    await db.sickLeaveCase.update({ where: { id: c.id }, data: { diagnosisDetail: "Nakkesmerter" } });
    const { id } = await createReferral(f.actors.caseworker, input(p, c.id, { answers: answersFor(p, { 2: "UNKNOWN" }) }));
    const r = await db.referral.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(r).toMatchObject({
      status: "SUBMITTED",
      caseId: c.id,
      citizenId: c.citizenId,
      referredById: f.actors.caseworker.userId,
      overrideJustification: null,
      version: 1,
    });
    expect(r.conditionTags).toEqual(["back", "neck", "pain"]);
    const answers = r.answers as Record<string, { answer: string; text: string; required: boolean }>;
    expect(answers[p.criteria[0]!.id]).toMatchObject({ answer: "YES", text: p.criteria[0]!.text, required: true });
    expect(answers[p.criteria[2]!.id]).toMatchObject({ answer: "UNKNOWN" });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ fromStatus: null, toStatus: "SUBMITTED", byId: f.actors.caseworker.userId });
    expect(await lastLog()).toMatchObject({ action: "CREATE", recordType: "Referral", recordId: id, citizenId: c.citizenId });
  });

  it("the answered texts survive a later correction of the checklist", async () => {
    const q = await createProgrammeWithCriteria(db, f);
    const c = await createCase(db, f);
    const { id } = await createReferral(f.actors.caseworker, input(q, c.id));
    await db.programmeCriterion.update({ where: { id: q.criteria[0]!.id }, data: { text: "Ny formulering" } });
    const detail = await getReferral(f.actors.visitator, id);
    expect(detail.answers[0]!.text).toBe(q.criteria[0]!.text);
  });

  it("a required item answered NO blocks with a message on that item, and nothing is written", async () => {
    const c = await createCase(db, f);
    const counts = await writeCounts();
    const err = await createReferral(f.actors.caseworker, input(p, c.id, { answers: answersFor(p, { 1: "NO" }) })).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({
      [`answers.${p.criteria[1]!.id}`]: ["referrals.errors.requiredNo"],
      overrideJustification: ["referrals.errors.overrideNeeded"],
    });
    const short = await createReferral(
      f.actors.caseworker,
      input(p, c.id, { answers: answersFor(p, { 1: "NO" }), overrideJustification: "for kort" }),
    ).catch((e) => e);
    expect((short as ValidationError).fieldErrors.overrideJustification).toEqual(["referrals.errors.overrideTooShort"]);
    expect(await writeCounts()).toEqual(counts);
  });

  it("an optional item answered NO does not block", async () => {
    const c = await createCase(db, f);
    await expect(createReferral(f.actors.caseworker, input(p, c.id, { answers: answersFor(p, { 2: "NO" }) }))).resolves.toHaveProperty(
      "id",
    );
  });

  it("a written override justification lets a required NO through and is stored", async () => {
    const c = await createCase(db, f);
    const why = "Lægen anbefaler forløbet; borgeren kan deltage én gang om ugen i starten.";
    const { id } = await createReferral(
      f.actors.caseworker,
      input(p, c.id, { answers: answersFor(p, { 1: "NO" }), overrideJustification: why }),
    );
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).overrideJustification).toBe(why);
    expect((await listReferralInbox(f.actors.visitator)).rows.find((r) => r.id === id)?.overridden).toBe(true);
  });

  it("a caseworker cannot refer on a closed case", async () => {
    const c = await createCase(db, f);
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: { status: "CLOSED", closedOn: new Date(), closingReason: "FULL_RETURN_TO_WORK" },
    });
    const counts = await writeCounts();
    await expect(createReferral(f.actors.caseworker, input(p, c.id))).rejects.toThrow("referrals.errors.caseClosed");
    expect(await writeCounts()).toEqual(counts);
  });

  it("refuses an inactive programme, a changed checklist and a second open referral to the same programme", async () => {
    const c = await createCase(db, f);
    const inactive = await createProgrammeWithCriteria(db, f, { active: false });
    await expect(createReferral(f.actors.caseworker, input(inactive, c.id))).rejects.toThrow("referrals.errors.programmeInactive");
    await expect(
      createReferral(f.actors.caseworker, input(p, c.id, { criterionIds: p.criteria.slice(1).map((x) => x.id) })),
    ).rejects.toThrow("referrals.errors.checklistChanged");
    await createReferral(f.actors.caseworker, input(p, c.id));
    await expect(createReferral(f.actors.caseworker, input(p, c.id))).rejects.toThrow("referrals.errors.alreadyReferred");
  });

  it("only jobcenter caseworkers refer, and only on their department's cases in their organisation", async () => {
    const c = await createCase(db, f);
    for (const a of [f.actors.therapist, f.actors.visitator, f.actors.coordinator, f.actors.manager, f.actors.admin]) {
      await expect(createReferral(a, input(p, c.id))).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(createReferral(other.actors.caseworker, input(p, c.id))).rejects.toBeInstanceOf(NotFoundError);
    const jc2 = await otherDepartmentActor(db, f, "JOBCENTER", "CASEWORKER");
    await expect(createReferral(jc2, input(p, c.id))).rejects.toBeInstanceOf(NotFoundError);
    // A programme of another organisation is not found either.
    const foreignProgramme = await createProgrammeWithCriteria(db, other);
    await expect(createReferral(f.actors.caseworker, input(foreignProgramme, c.id))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("triage transitions", () => {
  let p: ProgrammeFixture;
  beforeEach(async () => {
    p = await createProgrammeWithCriteria(db, f, { capacity: 2 });
  });

  async function fresh() {
    const c = await createCase(db, f);
    return { c, ...(await referralIn(f, p, c.id)) };
  }

  async function expectTransition(
    actor: Actor,
    id: string,
    version: number,
    action: Parameters<typeof transitionReferral>[1]["action"],
    to: string,
    stamp: string,
    reason: string | null = null,
  ) {
    const before = await writeCounts();
    const r = await transitionReferral(actor, { referralId: id, version, action, reason });
    expect(r.to).toBe(to);
    const row = await db.referral.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { at: "desc" }, take: 1 } } });
    expect(row.status).toBe(to);
    expect(row.version).toBe(version + 1);
    expect((row as unknown as Record<string, unknown>)[stamp]).toBeInstanceOf(Date);
    expect(row.events[0]).toMatchObject({ toStatus: to, byId: actor.userId, reason });
    const after = await writeCounts();
    expect(after.events - before.events).toBe(1);
    expect(after.logs - before.logs).toBe(1);
    expect(await lastLog()).toMatchObject({ action: "UPDATE", recordType: "Referral", recordId: id, actorId: actor.userId });
    return r.version;
  }

  it("SUBMITTED → ACCEPTED → STARTED → COMPLETED, each timestamped, evented and logged", async () => {
    const { id } = await fresh();
    let v = await expectTransition(f.actors.visitator, id, 1, "accept", "ACCEPTED", "acceptedAt");
    v = await expectTransition(f.actors.therapist, id, v, "start", "STARTED", "startedAt");
    await expectTransition(f.actors.therapist, id, v, "complete", "COMPLETED", "completedAt");
  });

  it("SUBMITTED → WAITLISTED → STARTED → DROPPED (reason)", async () => {
    const { id } = await fresh();
    let v = await expectTransition(f.actors.visitator, id, 1, "waitlist", "WAITLISTED", "waitlistedAt", "Borgeren er på ferie i to uger");
    v = await expectTransition(f.actors.visitator, id, v, "start", "STARTED", "startedAt");
    await expect(transitionReferral(f.actors.therapist, { referralId: id, version: v, action: "drop", reason: null })).rejects.toThrow(
      "errors.reasonRequired",
    );
    await expectTransition(f.actors.therapist, id, v, "drop", "DROPPED", "droppedAt", "Udeblev tre gange");
  });

  it("ACCEPTED → WAITLISTED, and a started course is returned (tilbagevisitering) with a reason", async () => {
    const { id } = await fresh();
    let v = await expectTransition(f.actors.visitator, id, 1, "accept", "ACCEPTED", "acceptedAt");
    v = await expectTransition(f.actors.visitator, id, v, "waitlist", "WAITLISTED", "waitlistedAt", "Ønsker at starte på næste hold");
    v = await expectTransition(f.actors.visitator, id, v, "start", "STARTED", "startedAt");
    await expect(transitionReferral(f.actors.therapist, { referralId: id, version: v, action: "return", reason: "" })).rejects.toThrow(
      "errors.reasonRequired",
    );
    await expectTransition(f.actors.therapist, id, v, "return", "RETURNED", "returnedAt", "Smerterne er forværret; egen læge først");
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).statusReason).toBe("Smerterne er forværret; egen læge først");
  });

  it("rejecting needs a reason, which is kept as the status reason", async () => {
    const { id } = await fresh();
    const counts = await writeCounts();
    await expect(transitionReferral(f.actors.visitator, { referralId: id, version: 1, action: "reject", reason: "  " })).rejects.toThrow(
      "errors.reasonRequired",
    );
    expect(await writeCounts()).toEqual(counts);
    await expectTransition(f.actors.visitator, id, 1, "reject", "REJECTED", "rejectedAt", "Under udredning til operation");
  });

  it("refuses illegal transitions and writes nothing", async () => {
    const { id } = await fresh();
    const counts = await writeCounts();
    for (const action of ["start", "complete", "drop", "return"] as const) {
      await expect(
        transitionReferral(f.actors.visitator, { referralId: id, version: 1, action, reason: "en begrundelse" }),
      ).rejects.toThrow("referrals.errors.illegalTransition");
    }
    expect(await writeCounts()).toEqual(counts);
    const done = await fresh();
    await transitionReferral(f.actors.visitator, { referralId: done.id, version: 1, action: "reject", reason: "Ikke relevant" });
    for (const action of ["accept", "waitlist", "start", "reject"] as const) {
      await expect(
        transitionReferral(f.actors.visitator, { referralId: done.id, version: 2, action, reason: "en begrundelse" }),
      ).rejects.toThrow("referrals.errors.illegalTransition");
    }
  });

  it("a stale version is refused as a conflict", async () => {
    const { id } = await fresh();
    await transitionReferral(f.actors.visitator, { referralId: id, version: 1, action: "accept", reason: null });
    await expect(transitionReferral(f.actors.visitator, { referralId: id, version: 1, action: "waitlist", reason: null })).rejects.toThrow(
      "errors.conflict",
    );
  });

  it("starting beyond capacity is refused; a place freed by completion can be taken", async () => {
    const a = await fresh();
    const b = await fresh();
    const c = await fresh();
    await transitionReferral(f.actors.visitator, { referralId: a.id, version: 1, action: "accept", reason: null });
    const aStarted = await transitionReferral(f.actors.visitator, { referralId: a.id, version: 2, action: "start", reason: null });
    await transitionReferral(f.actors.visitator, { referralId: b.id, version: 1, action: "waitlist", reason: "Venter på lægeerklæring" });
    await transitionReferral(f.actors.visitator, { referralId: b.id, version: 2, action: "start", reason: null });
    await transitionReferral(f.actors.visitator, { referralId: c.id, version: 1, action: "waitlist", reason: null });
    const counts = await writeCounts();
    await expect(transitionReferral(f.actors.visitator, { referralId: c.id, version: 2, action: "start", reason: null })).rejects.toThrow(
      "referrals.errors.capacityFull",
    );
    expect(await writeCounts()).toEqual(counts);
    expect((await getReferral(f.actors.visitator, c.id)).freePlaces).toBe(0);
    await transitionReferral(f.actors.therapist, { referralId: a.id, version: aStarted.version, action: "complete", reason: null });
    await expect(
      transitionReferral(f.actors.visitator, { referralId: c.id, version: 2, action: "start", reason: null }),
    ).resolves.toMatchObject({ to: "STARTED" });
  });

  it("the wait list is a queue: only the first in line starts from it", async () => {
    const q = await createProgrammeWithCriteria(db, f, { capacity: 5 });
    const first = await referralIn(f, q, (await createCase(db, f)).id, "WAITLISTED");
    const second = await referralIn(f, q, (await createCase(db, f)).id, "WAITLISTED");
    expect((await getReferral(f.actors.visitator, second.id)).waitlistPosition).toBe(2);
    const counts = await writeCounts();
    await expect(
      transitionReferral(f.actors.visitator, { referralId: second.id, version: second.version, action: "start", reason: null }),
    ).rejects.toThrow("referrals.errors.notFirstInQueue");
    expect(await writeCounts()).toEqual(counts);
    await transitionReferral(f.actors.visitator, { referralId: first.id, version: first.version, action: "start", reason: null });
    expect((await getReferral(f.actors.visitator, second.id)).waitlistPosition).toBe(1);
    await expect(
      transitionReferral(f.actors.visitator, { referralId: second.id, version: second.version, action: "start", reason: null }),
    ).resolves.toMatchObject({ to: "STARTED" });
  });

  it("wait-listing while the programme has free places needs a stated reason; when it is full it does not", async () => {
    const { id } = await fresh(); // capacity 2, nothing started: free places
    const counts = await writeCounts();
    for (const reason of [null, "", "  ", "ab"]) {
      const err = await transitionReferral(f.actors.visitator, { referralId: id, version: 1, action: "waitlist", reason }).catch((e) => e);
      expect(err).toBeInstanceOf(DomainRuleError);
      expect(err).toMatchObject({ message: "referrals.errors.waitlistReasonRequired", field: "reason" });
    }
    expect(await writeCounts()).toEqual(counts);
    await expectTransition(f.actors.visitator, id, 1, "waitlist", "WAITLISTED", "waitlistedAt", "Borgeren vil starte efter sin ferie");
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).statusReason).toBe("Borgeren vil starte efter sin ferie");
    // Fill the programme: now wait-listing is the natural move and needs no reason.
    const full = await createProgrammeWithCriteria(db, f, { capacity: 1 });
    await referralIn(f, full, (await createCase(db, f)).id, "STARTED");
    const waiting = await referralIn(f, full, (await createCase(db, f)).id);
    await expectTransition(f.actors.visitator, waiting.id, 1, "waitlist", "WAITLISTED", "waitlistedAt");
  });

  it("two visitators starting the last place at once cannot overfill the course", async () => {
    const q = await createProgrammeWithCriteria(db, f, { capacity: 1 });
    const c1 = await createCase(db, f);
    const c2 = await createCase(db, f);
    const r1 = await referralIn(f, q, c1.id, "ACCEPTED");
    const r2 = await referralIn(f, q, c2.id, "ACCEPTED");
    const results = await Promise.allSettled([
      transitionReferral(f.actors.visitator, { referralId: r1.id, version: r1.version, action: "start", reason: null }),
      transitionReferral(f.actors.therapist, { referralId: r2.id, version: r2.version, action: "start", reason: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainRuleError);
    expect(await db.referral.count({ where: { programmeId: q.id, status: "STARTED" } })).toBe(1);
  });

  it("starting and ending a course recomputes the case's next deadline", async () => {
    const { c, id } = await fresh();
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: { firstAbsenceDay: new Date(Date.now() - 30 * 86_400_000), nextDeadlineOn: null, nextDeadlineKind: null },
    });
    await transitionReferral(f.actors.visitator, { referralId: id, version: 1, action: "accept", reason: null });
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).nextDeadlineOn).toBeNull();
    await transitionReferral(f.actors.visitator, { referralId: id, version: 2, action: "start", reason: null });
    expect((await db.sickLeaveCase.findUniqueOrThrow({ where: { id: c.id } })).nextDeadlineOn).not.toBeNull();
  });

  it("caseworkers cannot triage; health staff of another department or organisation get NotFound", async () => {
    const { id } = await fresh();
    const foreignTherapist = await otherDepartmentActor(db, f, "HEALTH_CENTER", "THERAPIST");
    for (const a of [
      f.actors.caseworker,
      f.actors.coordinator,
      f.actors.manager,
      f.actors.admin,
      foreignTherapist,
      other.actors.visitator,
      other.actors.therapist,
    ]) {
      await expect(transitionReferral(a, { referralId: id, version: 1, action: "accept", reason: null })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});

describe("wait list, inbox and what each side sees", () => {
  it("queue positions follow the order of wait-listing and are the same on both sides", async () => {
    const p = await createProgrammeWithCriteria(db, f, { capacity: 1 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await createCase(db, f);
      const r = await referralIn(f, p, c.id);
      await transitionReferral(f.actors.visitator, { referralId: r.id, version: 1, action: "waitlist", reason: "Holdet starter senere" });
      ids.push(r.id);
    }
    const inbox = (await listReferralInbox(f.actors.visitator, { programmeId: p.id, status: "WAITLISTED" })).rows;
    expect(ids.map((id) => inbox.find((r) => r.id === id)?.waitlistPosition)).toEqual([1, 2, 3]);
    expect((await getReferral(f.actors.caseworker, ids[2]!)).waitlistPosition).toBe(3);
    const second = await db.referral.findUniqueOrThrow({ where: { id: ids[1]! }, select: { caseId: true } });
    const caseView = await listCaseReferrals(f.actors.caseworker, second.caseId);
    expect(caseView.referrals[0]).toMatchObject({ id: ids[1], waitlistPosition: 2, status: "WAITLISTED" });
    // The first starts: everyone moves up.
    await transitionReferral(f.actors.visitator, { referralId: ids[0]!, version: 2, action: "start", reason: null });
    expect((await getReferral(f.actors.visitator, ids[2]!)).waitlistPosition).toBe(2);
  });

  it("the inbox shows new referrals first, then the longest waiting, with waiting days; finished ones last", async () => {
    const p = await createProgrammeWithCriteria(db, f, { capacity: 5 });
    const mk = async (status: Parameters<typeof referralIn>[3], daysAgo: number) => {
      const r = await referralIn(f, p, (await createCase(db, f)).id, status);
      // Noon Danish time, `daysAgo` Danish days before today (no midnight/DST edge).
      const submittedAt = new Date(startOfDanishDay(addDays(today(), -daysAgo)).getTime() + 12 * 3_600_000);
      await db.referral.update({ where: { id: r.id }, data: { submittedAt } });
      return r.id;
    };
    const startedOld = await mk("STARTED", 60);
    const newRecent = await mk("SUBMITTED", 2);
    const waitlistedOld = await mk("WAITLISTED", 40);
    const completed = await mk("COMPLETED", 10);
    const newOld = await mk("SUBMITTED", 9);
    const acceptedMid = await mk("ACCEPTED", 20);
    const rows = (await listReferralInbox(f.actors.visitator, { programmeId: p.id })).rows;
    expect(rows.map((r) => r.id)).toEqual([newOld, newRecent, waitlistedOld, acceptedMid, completed, startedOld]);
    expect(rows.map((r) => r.waitingDays)).toEqual([9, 2, 40, 20, null, null]);
  });

  it("the inbox pages 50 at a time in inbox order across its groups; only the page's referrals are read and logged", async () => {
    const p = await createProgrammeWithCriteria(db, f, { capacity: 5 });
    // One real referral per group (new, waiting for a start, the rest), cloned to 30 + 15 + 15 = 60 with
    // known submission times, so that page 1 ends inside the third group.
    const seeds = {
      SUBMITTED: await referralIn(f, p, (await createCase(db, f)).id),
      ACCEPTED: await referralIn(f, p, (await createCase(db, f)).id, "ACCEPTED"),
      COMPLETED: await referralIn(f, p, (await createCase(db, f)).id, "COMPLETED"),
    };
    const plan: [keyof typeof seeds, number][] = [
      ["SUBMITTED", 30],
      ["ACCEPTED", 15],
      ["COMPLETED", 15],
    ];
    const base = Date.UTC(2026, 0, 1, 12);
    for (const [status, n] of plan) {
      // inboxGroup is generated by the database (ADR 0031): never written.
      const { id, inboxGroup: _group, ...row } = await db.referral.findUniqueOrThrow({ where: { id: seeds[status].id } });
      await db.referral.update({ where: { id }, data: { submittedAt: new Date(base + (n - 1) * 3_600_000) } });
      await db.referral.createMany({
        data: Array.from({ length: n - 1 }, (_, i) => ({
          ...row,
          answers: row.answers as Prisma.InputJsonValue,
          submittedAt: new Date(base + i * 3_600_000),
        })),
      });
    }
    const all = await db.referral.findMany({ where: { programmeId: p.id }, select: { id: true, status: true, submittedAt: true } });
    const expected = inboxOrder(all).map((r) => r.id);
    const logsBefore = await db.accessLog.count();
    const first = await listReferralInbox(f.actors.visitator, { programmeId: p.id });
    expect(first).toMatchObject({ page: 1, pages: 2, total: 60, more: false, pageSize: 50 });
    expect(await db.accessLog.count()).toBe(logsBefore + 50);
    const second = await listReferralInbox(f.actors.visitator, { programmeId: p.id, page: 2 });
    expect(second).toMatchObject({ page: 2, pages: 2, total: 60 });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected);
    // Page 1: the 30 new (oldest first), the 15 waiting for a start, then the 5 newest of the rest.
    expect(first.rows.map((r) => r.status)).toEqual([
      ...Array(30).fill("SUBMITTED"),
      ...Array(15).fill("ACCEPTED"),
      ...Array(5).fill("COMPLETED"),
    ]);
    expect(first.rows[45]!.submittedAt.getTime()).toBe(base + 14 * 3_600_000);
    // A page past the end shows the last page; a filter that leaves one page keeps page 1.
    expect((await listReferralInbox(f.actors.visitator, { programmeId: p.id, page: 9 })).page).toBe(2);
    expect(await listReferralInbox(f.actors.visitator, { programmeId: p.id, status: "ACCEPTED", page: 2 })).toMatchObject({
      page: 1,
      pages: 1,
      total: 15,
    });
    // Counting stops at INBOX_COUNT_LIMIT (1,000): with 1,020 referrals the inbox pages through the first 1,000
    // in inbox order and says that more match.
    const {
      id: _c,
      inboxGroup: _g,
      ...finished
    } = await db.referral.findFirstOrThrow({ where: { programmeId: p.id, status: "COMPLETED" } });
    await db.referral.createMany({
      data: Array.from({ length: 960 }, (_, i) => ({
        ...finished,
        answers: finished.answers as Prisma.InputJsonValue,
        submittedAt: new Date(base - (i + 1) * 3_600_000),
      })),
    });
    const capped = await listReferralInbox(f.actors.visitator, { programmeId: p.id, page: 99 });
    expect(capped).toMatchObject({ page: 20, pages: 20, total: 1000, more: true });
    expect(capped.rows).toHaveLength(50);
    const everything = inboxOrder(
      await db.referral.findMany({ where: { programmeId: p.id }, select: { id: true, status: true, submittedAt: true } }),
    );
    expect(capped.rows.map((r) => r.id)).toEqual(everything.slice(950, 1000).map((r) => r.id));
  });

  it("the inbox filters by status and programme, and shows only the department's referrals", async () => {
    const p = await createProgrammeWithCriteria(db, f);
    const otherDeptVisitator = await otherDepartmentActor(db, f, "HEALTH_CENTER", "VISITATOR");
    const p2 = await createProgrammeWithCriteria(db, f, { departmentId: otherDeptVisitator.departmentId! });
    const c1 = await createCase(db, f);
    const c2 = await createCase(db, f);
    const a = await referralIn(f, p, c1.id);
    const b = await referralIn(f, p, c2.id, "ACCEPTED");
    const elsewhere = await referralIn(f, p2, c1.id);
    const mine = (await listReferralInbox(f.actors.visitator, { programmeId: p.id })).rows;
    expect(mine.map((r) => r.id)).toEqual([a.id, b.id]);
    expect((await listReferralInbox(f.actors.visitator, { programmeId: p.id, status: "ACCEPTED" })).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await listReferralInbox(f.actors.visitator)).rows.some((r) => r.id === elsewhere.id)).toBe(false);
    expect((await listReferralInbox(otherDeptVisitator)).rows.map((r) => r.id)).toEqual([elsewhere.id]);
    await expect(getReferral(otherDeptVisitator, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listReferralInbox(f.actors.caseworker)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listReferralInbox(other.actors.visitator)).rows).toEqual([]);
    expect(await lastLog()).toMatchObject({ action: "VIEW", recordType: "ReferralList" });
  });

  it("the health side sees the citizen's name and diagnosis group, no other case facts; reading is logged", async () => {
    const p = await createProgrammeWithCriteria(db, f);
    const c = await createCase(db, f);
    await db.sickLeaveCase.update({ where: { id: c.id }, data: { diagnosisDetail: "Diskusprolaps L4-L5" } });
    await db.citizen.update({ where: { id: c.citizenId }, data: { phone: "+45 11 22 33 44", employerName: "Havnens Lager A/S" } });
    const { id } = await referralIn(f, p, c.id);
    const r = await getReferral(f.actors.therapist, id);
    expect(r.citizenName).toMatch(/^Test /);
    expect(r.diagnosisGroup).toBe("MUSCULOSKELETAL");
    const json = JSON.stringify(r);
    for (const secret of ["Diskusprolaps", "+45 11 22 33 44", "Havnens Lager", "cpr"]) expect(json).not.toContain(secret);
    expect(await lastLog()).toMatchObject({
      action: "VIEW",
      recordType: "Referral",
      recordId: id,
      citizenId: c.citizenId,
      actorId: f.actors.therapist.userId,
    });
  });

  it("the caseworker sees status and the full history on the case, without triage actions", async () => {
    const p = await createProgrammeWithCriteria(db, f);
    const c = await createCase(db, f);
    const { id } = await referralIn(f, p, c.id, "STARTED");
    const view = await listCaseReferrals(f.actors.caseworker, c.id);
    expect(view.canRefer).toBe(true);
    expect(view.referrals[0]!.events.map((e) => e.toStatus)).toEqual(["SUBMITTED", "ACCEPTED", "STARTED"]);
    const detail = await getReferral(f.actors.caseworker, id);
    expect(detail).toMatchObject({ canTriage: false, allowedActions: [], therapistMatches: [] });
    const jc2 = await otherDepartmentActor(db, f, "JOBCENTER", "CASEWORKER");
    await expect(getReferral(jc2, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseReferrals(jc2, c.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReferral(other.actors.caseworker, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("assigning a therapist", () => {
  it("ranks the department's therapists by matching tags and assigns one with history and log", async () => {
    const p = await createProgrammeWithCriteria(db, f, { conditionTags: ["back", "neck"] });
    const neckTherapist = await db.user.create({
      data: {
        organisationId: f.org.id,
        departmentId: f.healthCenter.id,
        email: `neck-${Date.now()}@test.dk`,
        name: "Nakke Terapeut",
        role: "THERAPIST",
        competenceTags: ["back", "neck"],
      },
    });
    const c = await createCase(db, f);
    const { id } = await referralIn(f, p, c.id);
    const r = await getReferral(f.actors.visitator, id);
    expect(r.therapistMatches[0]).toMatchObject({ id: neckTherapist.id, matchedTags: ["back", "neck"], score: 2 });
    expect(r.therapistMatches.map((m) => m.id)).toContain(f.actors.therapist.userId);
    const counts = await writeCounts();
    await assignTherapist(f.actors.visitator, { referralId: id, version: 1, therapistId: neckTherapist.id });
    const row = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ assignedTherapistId: neckTherapist.id, version: 2 });
    const after = await writeCounts();
    expect(after.versions - counts.versions).toBe(1);
    expect(after.logs - counts.logs).toBe(1);
    expect(await lastLog()).toMatchObject({ action: "UPDATE", recordType: "Referral", recordId: id });
  });

  it("refuses therapists of another department, non-therapists, and caseworkers as assigners", async () => {
    const p = await createProgrammeWithCriteria(db, f);
    const c = await createCase(db, f);
    const { id } = await referralIn(f, p, c.id);
    const foreign = await otherDepartmentActor(db, f, "HEALTH_CENTER", "THERAPIST");
    for (const therapistId of [foreign.userId, f.actors.visitator.userId, f.actors.caseworker.userId, other.actors.therapist.userId]) {
      await expect(assignTherapist(f.actors.visitator, { referralId: id, version: 1, therapistId })).rejects.toThrow(
        "referrals.errors.therapistNotAvailable",
      );
    }
    await expect(
      assignTherapist(f.actors.caseworker, { referralId: id, version: 1, therapistId: f.actors.therapist.userId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignTherapist(foreign, { referralId: id, version: 1, therapistId: f.actors.therapist.userId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

// The inbox reads its groups through the generated column Referral.inboxGroup (ADR 0031). The column's CASE in
// the migration must agree with inboxGroup(status) for every status, and the database's order within a group must
// equal compareInbox, also for referrals submitted at the same instant.
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

// walk6 item 2: a case in the control arm of a running randomised study whose intervention is a programme could be
// referred to that programme with no word of it. The referrals tab now tells its caseworker (controlArms), and
// reading the allocation for it is logged like on the case page.
async function allocate(studyId: string, caseId: string, arm: "INTERVENTION" | "CONTROL", index: number) {
  const fu = await db.followUp.create({
    data: { caseId, mode: "IN_PERSON", status: "HELD", heldAt: new Date(), createdById: f.actors.caseworker.userId },
  });
  return db.studyAllocation.create({
    data: {
      organisationId: f.org.id,
      studyId,
      caseId,
      stratum: "all",
      index,
      arm,
      block: 0,
      entryDay: todayInDenmark(),
      followUpId: fu.id,
      allocatedById: f.actors.caseworker.userId,
    },
  });
}

describe("the referrals tab and a study's control arm", () => {
  it("names the study and its programmes for a control-arm case, logs the allocation read, and says nothing otherwise", async () => {
    const p = await createProgrammeWithCriteria(db, f, { name: "Rygskole" });
    const withProgramme = await createTestStudy(f.actors.manager, { programmeIds: [p.id], intervention: "" });
    const wayOfWorking = await createTestStudy(f.actors.manager);
    const control = await createCase(db, f);
    const intervention = await createCase(db, f);
    const a = await allocate(withProgramme.id, control.id, "CONTROL", 0);
    await allocate(wayOfWorking.id, control.id, "CONTROL", 0); // no programme: nothing to warn about
    await allocate(withProgramme.id, intervention.id, "INTERVENTION", 1);

    const r = await listCaseReferrals(f.actors.caseworker, control.id);
    expect(r.controlArms).toEqual([{ studyName: expect.any(String), programmes: [{ id: p.id, name: "Rygskole" }] }]);
    const logged = await db.accessLog.findFirst({ where: { recordType: "StudyAllocation", recordId: a.id }, orderBy: { id: "desc" } });
    expect(logged).toMatchObject({ action: "VIEW", citizenId: control.citizenId, actorId: f.actors.caseworker.userId });

    expect((await listCaseReferrals(f.actors.caseworker, intervention.id)).controlArms).toEqual([]);
    // Once the study is closed its arms no longer steer referrals.
    await db.effectStudy.update({ where: { id: withProgramme.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await listCaseReferrals(f.actors.caseworker, control.id)).controlArms).toEqual([]);
  });
});
