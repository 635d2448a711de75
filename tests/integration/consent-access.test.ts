// Cross-department reads under every consent state (issue 9 "Read-only views" and "Enforcement"):
// the jobcenter reads the health center's work only under an active HEALTH_TO_JOBCENTER consent,
// the health center reads the jobcenter's case only under an active JOBCENTER_TO_HEALTH consent;
// otherwise the other side's record is not found, exactly like a missing one. Every read is logged
// with the consent. Revocation and expiry take effect on the next request. Writes from the other
// department are refused through the real server actions and write nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { databaseFingerprint, type OrgFixture } from "../factories";
import { consentInState, dayFromToday, sharedCitizen, type ConsentStateName } from "../factories/consents";
import { caseScope, rehabPlanScope, rtwPlanScope, type Actor } from "@/lib/auth/policy";
import type { ConsentDirection } from "@/lib/consents/validity";
import { NotFoundError } from "@/lib/domain/errors";
import { ZRevokeConsent } from "@/lib/validation/consents";
import { getRehabForJobcenter } from "@/lib/domain/rehab/get-rehab-for-jobcenter";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { getRehabPlan } from "@/lib/domain/rehab/get-rehab-plan";
import { revokeConsent } from "@/lib/domain/consents/revoke-consent";
import { getCitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { getJobcenterAccess } from "@/lib/domain/consents/get-jobcenter-access";
import { otherDepartmentActor } from "../factories/health";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const caseActions = await import("@/app/(app)/cases/[caseId]/actions");
const rtwActions = await import("@/app/(app)/cases/[caseId]/rtw/actions");
const rehabActions = await import("@/app/(app)/rehab/actions");

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Adgang A", "Adgang B");
});
afterAll(teardownTestDb);

const STATES: ConsentStateName[] = ["active", "revoked", "expired", "pending", "endedWithCase"];
const DIRECTION_SETS: ConsentDirection[][] = [
  ["HEALTH_TO_JOBCENTER"],
  ["JOBCENTER_TO_HEALTH"],
  ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"],
];
const cells: { state: ConsentStateName; directions: ConsentDirection[] }[] = [
  { state: "none", directions: [] },
  ...STATES.flatMap((state) => DIRECTION_SETS.map((directions) => ({ state, directions }))),
];
const label = (c: (typeof cells)[number]) => (c.state === "none" ? "no consent" : `${c.state} consent for ${c.directions.join(" + ")}`);

describe.each(cells)("$state $directions", (cell) => {
  let world: Awaited<ReturnType<typeof sharedCitizen>>;
  let consentId: string | undefined;
  beforeAll(async () => {
    const { db } = testDb();
    world = await sharedCitizen(db, a);
    consentId = (await consentInState(db, a, world.citizenId, cell.state, cell.directions))?.id;
  });
  const jobcenterMay = cell.state === "active" && cell.directions.includes("HEALTH_TO_JOBCENTER");
  const healthMay = cell.state === "active" && cell.directions.includes("JOBCENTER_TO_HEALTH");

  it(`caseworker, ${label(cell)}: the health center's work is ${jobcenterMay ? "shown with the consent" : "not read (no consent registered)"}`, async () => {
    const { db } = testDb();
    const before = await db.accessLog.count({ where: { recordType: "RehabPlan", actorId: a.actors.caseworker.userId } });
    const view = await getRehabForJobcenter(a.actors.caseworker, world.caseId);
    expect(view.crossDepartment).toBe(true);
    if (!jobcenterMay) {
      expect(view).toMatchObject({ consent: null, plans: [] });
      // A revoked or ended consent for the direction is named, with when (fix16 item 3); none otherwise.
      const stopped = !cell.directions.includes("HEALTH_TO_JOBCENTER")
        ? null
        : cell.state === "revoked"
          ? "REVOKED"
          : cell.state === "expired" || cell.state === "endedWithCase"
            ? "ENDED"
            : null;
      expect(view.stopped?.state ?? null).toBe(stopped);
      if (stopped) expect(view.stopped?.consentId).toBe(consentId);
      expect(await db.accessLog.count({ where: { recordType: "RehabPlan", actorId: a.actors.caseworker.userId } })).toBe(before);
      return;
    }
    expect(view.consent).toMatchObject({ id: consentId, purpose: "Samarbejde om tilbagevenden til arbejdet", validUntil: null });
    expect(view.plans).toHaveLength(1);
    const [plan] = view.plans;
    expect(plan!.goals.map((g) => [g.text, g.baseline, g.target])).toEqual([["Gå 1 km uden smerter", "300 m", "1 km"]]);
    expect(plan!.exercises.map((e) => e.description)).toEqual(["Bækkenvip"]);
    expect(plan!.progressNotes[0]).toMatchObject({ text: "Går nu 600 m; smerter 4/10.", selfRatedHealth: 3, pain: 4, workAbility: 5 });
    expect(plan!.adherenceSinceStart.days).toBeGreaterThan(0);
    const log = await db.accessLog.findFirst({ where: { actorId: a.actors.caseworker.userId }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ action: "VIEW", recordType: "RehabPlan", recordId: world.planId, crossDepartment: true, consentId });
  });

  // The scopes themselves decide it (issue 9 "Enforcement": in the query), not only the use cases'
  // consent look-ups: the other department's records are in the read scope exactly when the consent
  // in that direction is in force (without the consent filter in caseScope, the therapist's case cell fails).
  it(`scopes, ${label(cell)}: the case and its return-to-work plan ${healthMay ? "are" : "are not"} in the therapist's read scope, the rehab plan ${jobcenterMay ? "is" : "is not"} in the caseworker's`, async () => {
    const { db } = testDb();
    const inScope = {
      case: await db.sickLeaveCase.count({ where: { AND: [{ id: world.caseId }, caseScope(a.actors.therapist, "read")] } }),
      rtw: await db.returnToWorkPlan.count({ where: { AND: [{ id: world.rtwPlanId }, rtwPlanScope(a.actors.therapist, "read")] } }),
      plan: await db.rehabPlan.count({ where: { AND: [{ id: world.planId }, rehabPlanScope(a.actors.caseworker, "read")] } }),
    };
    expect(inScope).toEqual({ case: healthMay ? 1 : 0, rtw: healthMay ? 1 : 0, plan: jobcenterMay ? 1 : 0 });
    // Writing stays with the owning department whatever the consent.
    expect(await db.sickLeaveCase.count({ where: { AND: [{ id: world.caseId }, caseScope(a.actors.therapist, "write")] } })).toBe(0);
    expect(await db.rehabPlan.count({ where: { AND: [{ id: world.planId }, rehabPlanScope(a.actors.caseworker, "write")] } })).toBe(0);
  });

  it(`caseworker, ${label(cell)}: the full rehab plan stays the health center's (not found)`, async () => {
    await expect(getRehabPlan(a.actors.caseworker, world.planId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it(`therapist, ${label(cell)}: the jobcenter's case is ${healthMay ? "shown with the consent" : "not found, like a missing case"}`, async () => {
    const { db } = testDb();
    if (!healthMay) {
      await expect(getCaseForHealthCenter(a.actors.therapist, world.caseId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCaseForHealthCenter(a.actors.therapist, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
      return;
    }
    const view = await getCaseForHealthCenter(a.actors.therapist, world.caseId);
    expect(view.consent.id).toBe(consentId);
    expect(view.citizen.cprMasked).toMatch(/^\d{6}-xxxx$/);
    expect(view.plans).toHaveLength(1);
    expect(view.plans[0]!.weeks.map((w) => w.plannedHours)).toEqual([6, 12, 18]);
    const rows = await db.accessLog.findMany({
      where: { actorId: a.actors.therapist.userId, citizenId: world.citizenId },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(rows.map((r) => r.recordType).sort()).toEqual(["ReturnToWorkPlan", "SickLeaveCase"]);
    for (const r of rows) expect(r).toMatchObject({ crossDepartment: true, consentId, action: "VIEW" });
  });
});

describe("revocation and expiry take effect on the next request", () => {
  it("after revoking, the therapist's next read is not found and the caseworker's shows no consent", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    const c = await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    expect((await getCaseForHealthCenter(a.actors.therapist, w.caseId)).id).toBe(w.caseId);
    expect((await getRehabForJobcenter(a.actors.caseworker, w.caseId)).plans).toHaveLength(1);
    await revokeConsent(a.actors.caseworker, ZRevokeConsent.parse({ citizenId: w.citizenId, consentId: c!.id, version: "1", reason: "" }));
    await expect(getCaseForHealthCenter(a.actors.therapist, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
    const after = await getRehabForJobcenter(a.actors.caseworker, w.caseId);
    expect(after).toMatchObject({ consent: null, plans: [], stopped: { consentId: c!.id, state: "REVOKED" } });
    // … revoked just now: the consent page's summary says so for both directions (fix16 item 3), and the
    // revocation's time is the one the consent records.
    const revokedAt = (await db.consent.findUniqueOrThrow({ where: { id: c!.id } })).revokedAt;
    expect(after.stopped?.at).toEqual(revokedAt);
    // The read of the revoked consent behind "Tilbagekaldt <dato>" on the Genoptræning tab is logged.
    const viewed = { actorId: a.actors.caseworker.userId, action: "VIEW", recordType: "Consent", recordId: c!.id } as const;
    expect(await db.accessLog.count({ where: viewed })).toBe(1);
    const { summary } = await getCitizenConsents(a.actors.caseworker, w.citizenId);
    expect(summary.map((s) => [s.direction, s.active, s.stopped?.state ?? null, s.stopped?.consentId ?? null])).toEqual([
      ["HEALTH_TO_JOBCENTER", null, "REVOKED", c!.id],
      ["JOBCENTER_TO_HEALTH", null, "REVOKED", c!.id],
      ["SHARE_WITH_EMPLOYER", null, null, null],
    ]);
  });

  it("a consent with a last day is in force until 00:00 Danish time after it, and not a moment longer", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    const c = await consentInState(db, a, w.citizenId, "active", ["JOBCENTER_TO_HEALTH"]);
    const end = new Date(Date.now() + 3_600_000);
    await db.consent.update({ where: { id: c!.id }, data: { validUntil: end } });
    const view = await getCaseForHealthCenter(a.actors.therapist, w.caseId, { now: new Date(end.getTime() - 1) });
    expect(view.consent.validUntil).toEqual(end);
    await expect(getCaseForHealthCenter(a.actors.therapist, w.caseId, { now: end })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("another organisation never reads, whatever the consent", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    await expect(getCaseForHealthCenter(b.actors.therapist, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRehabForJobcenter(b.actors.caseworker, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a visitator reads like a therapist; managers and admins never read either side, nor the consents", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    expect((await getCaseForHealthCenter(a.actors.visitator, w.caseId)).id).toBe(w.caseId);
    for (const reader of [a.actors.manager, a.actors.admin]) {
      await expect(getCaseForHealthCenter(reader, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRehabForJobcenter(reader, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCitizenConsents(reader, w.citizenId)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getCitizenConsents(b.actors.caseworker, w.citizenId)).rejects.toBeInstanceOf(NotFoundError);
    const otherHealth = await otherDepartmentActor(db, a, "HEALTH_CENTER", "THERAPIST");
    await expect(getCitizenConsents(otherHealth, w.citizenId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseForHealthCenter(otherHealth, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("from the rehab plan and the referral, the way to the case is offered only under consent (and logged)", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    expect(await getJobcenterAccess(a.actors.therapist, { planId: w.planId })).toEqual({
      citizenId: w.citizenId,
      caseId: w.caseId,
      consent: null,
      stopped: null,
    });
    const c = await consentInState(db, a, w.citizenId, "active", ["JOBCENTER_TO_HEALTH"]);
    const access = await getJobcenterAccess(a.actors.visitator, { referralId: w.referralId });
    expect(access).toMatchObject({ citizenId: w.citizenId, caseId: w.caseId, consent: { id: c!.id } });
    expect(await db.accessLog.findFirst({ where: { actorId: a.actors.visitator.userId }, orderBy: { id: "desc" } })).toMatchObject({
      recordType: "Consent",
      recordId: c!.id,
      citizenId: w.citizenId,
    });
    await expect(getJobcenterAccess(b.actors.therapist, { planId: w.planId })).rejects.toBeInstanceOf(NotFoundError);
    // Revoked: the health center's pages say so, with when, instead of "no consent registered" (walk10);
    // the read of the revoked consent behind that sentence is logged.
    await revokeConsent(a.actors.caseworker, ZRevokeConsent.parse({ citizenId: w.citizenId, consentId: c!.id, version: "1", reason: "" }));
    const revokedAt = (await db.consent.findUniqueOrThrow({ where: { id: c!.id } })).revokedAt;
    const after = await getJobcenterAccess(a.actors.therapist, { planId: w.planId });
    expect(after).toMatchObject({ consent: null, stopped: { consentId: c!.id, state: "REVOKED", at: revokedAt } });
    expect(await db.accessLog.findFirst({ where: { actorId: a.actors.therapist.userId }, orderBy: { id: "desc" } })).toMatchObject({
      action: "VIEW",
      recordType: "Consent",
      recordId: c!.id,
    });
  });

  it("jobcenter staff do not get the health center's view of their own case", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    await expect(getCaseForHealthCenter(a.actors.caseworker, w.caseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("read-only: the other department's writes are refused through the server actions", () => {
  const form = (obj: Record<string, unknown>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(obj)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, String(x));
    return fd;
  };

  it("with consent in both directions, the caseworker cannot change the health center's records", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    expect((await getRehabForJobcenter(a.actors.caseworker, w.caseId)).plans).toHaveLength(1);
    actor = a.actors.caseworker;
    const plan = { planId: w.planId };
    const attempts = [
      () => rehabActions.addGoalAction({ ok: false }, form({ ...plan, text: "Løfte 10 kg", baseline: "3 kg", target: "10 kg" })),
      () =>
        rehabActions.addProgressNoteAction(
          { ok: false },
          form({ ...plan, writtenOn: dayFromToday(0), selfRatedHealth: "3", pain: "3", workAbility: "6", text: "Forsøg" }),
        ),
      () =>
        rehabActions.addExerciseAction({ ok: false }, form({ ...plan, description: "Squat", repetitions: "3 × 10", frequency: "Dagligt" })),
      () => rehabActions.recordAdherenceAction({ ok: false }, form({ ...plan, version: "0", date: dayFromToday(0), done: "DONE" })),
      () =>
        rehabActions.updateRehabPlanAction(
          { ok: false },
          form({ ...plan, version: "1", condition: "Ændret", bodyRegion: "BACK", startOn: dayFromToday(-20), reason: "Forsøg" }),
        ),
    ];
    const before = await databaseFingerprint(db);
    for (const attempt of attempts) expect(await attempt()).toMatchObject({ ok: false, formError: "errors.notAllowed" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("with consent in both directions, the therapist cannot change the jobcenter's case, follow-ups or return-to-work plan", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
    expect((await getCaseForHealthCenter(a.actors.therapist, w.caseId)).id).toBe(w.caseId);
    actor = a.actors.therapist;
    const c = { caseId: w.caseId };
    const attempts = [
      () =>
        caseActions.changeCaseStatusAction(
          { ok: false },
          form({ ...c, version: "1", status: "CLOSED", effectiveOn: dayFromToday(0), closingReason: "FULL_RETURN_TO_WORK" }),
        ),
      () => caseActions.planFollowUpAction({ ok: false }, form({ ...c, scheduledAt: `${dayFromToday(3)}T10:00`, mode: "PHONE" })),
      () =>
        caseActions.recordHeldFollowUpAction(
          { ok: false },
          form({ ...c, heldAt: `${dayFromToday(-1)}T10:00`, mode: "PHONE", "participants[]": ["CITIZEN"], summary: "Forsøg" }),
        ),
      () =>
        caseActions.correctCaseAction(
          { ok: false },
          form({ ...c, version: "1", firstAbsenceDay: dayFromToday(-40), diagnosisGroup: "OTHER", reason: "Forsøg på rettelse" }),
        ),
      () =>
        rtwActions.updateRtwPlanAction(
          { ok: false },
          form({ ...c, planId: w.rtwPlanId, version: "1", status: "COMPLETED", startOn: dayFromToday(-10), employerContact: "Lone" }),
        ),
      () =>
        rtwActions.recordActualHoursAction(
          { ok: false },
          form({ ...c, planId: w.rtwPlanId, version: "1", weekNumber: "1", actualHours: "6" }),
        ),
      () => rtwActions.requestAidAction({ ok: false }, form({ ...c, item: "Hæve-sænkebord", amountDkk: "4000" })),
    ];
    const before = await databaseFingerprint(db);
    for (const attempt of attempts) expect(await attempt()).toMatchObject({ ok: false, formError: "errors.notAllowed" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});
