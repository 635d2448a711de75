// Factories for rehab plans and return-to-work tests: a programme of the health center, a
// referral in a given status, a rehab plan, a progress note and a return-to-work plan, built
// directly in the database (the use cases under test are called by the tests themselves).
import type { Db } from "@/lib/db/client";
import type { ReferralStatus } from "@/lib/db/generated/client";
import type { OrgFixture } from "./core";
import { createCase } from "./core";

export async function createProgramme(db: Db, f: OrgFixture, over: { name?: string } = {}) {
  return db.programme.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.healthCenter.id,
      name: over.name ?? "Rygskole",
      description: "Træning og undervisning for borgere med lændesmerter",
      targetGroup: "Sygemeldte med lændesmerter",
      format: "GROUP",
      weeks: 8,
      hoursPerWeek: 2,
      capacity: 12,
      priceDkk: 6500,
    },
  });
}

/** A case with a referral in `status` (STARTED by default) to a programme of the health center. */
export async function createReferral(db: Db, f: OrgFixture, over: { status?: ReferralStatus; citizenId?: string; caseId?: string } = {}) {
  const c = over.caseId
    ? await db.sickLeaveCase.findUniqueOrThrow({ where: { id: over.caseId } })
    : await createCase(db, f, over.citizenId ? { citizenId: over.citizenId } : {});
  const programme = await createProgramme(db, f);
  const status = over.status ?? "STARTED";
  const now = new Date();
  return db.referral.create({
    data: {
      organisationId: f.org.id,
      caseId: c.id,
      citizenId: c.citizenId,
      programmeId: programme.id,
      referredById: f.actors.caseworker.userId,
      reason: "Lændesmerter, arbejder som lagermedarbejder",
      answers: {},
      status,
      assignedTherapistId: f.actors.therapist.userId,
      acceptedAt: status === "SUBMITTED" ? null : now,
      startedAt: status === "STARTED" || status === "COMPLETED" ? now : null,
    },
  });
}

export async function createRehabPlanRow(
  db: Db,
  f: OrgFixture,
  over: { citizenId: string; referralId?: string | null; startOn?: Date; therapistId?: string },
) {
  return db.rehabPlan.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.healthCenter.id,
      citizenId: over.citizenId,
      referralId: over.referralId ?? null,
      therapistId: over.therapistId ?? f.actors.therapist.userId,
      condition: "Lændesmerter",
      bodyRegion: "BACK",
      standardPackage: "BACK",
      startOn: over.startOn ?? new Date(Date.UTC(2026, 0, 5)),
    },
  });
}

/** A progress note on the plan by the fixture's therapist (self-rated health 3, pain 4, work ability 5). */
export async function createProgressNoteRow(db: Db, f: OrgFixture, over: { planId: string; writtenOn: Date; text?: string }) {
  return db.progressNote.create({
    data: {
      planId: over.planId,
      authorId: f.actors.therapist.userId,
      writtenOn: over.writtenOn,
      text: over.text ?? "Status",
      selfRatedHealth: 3,
      pain: 4,
      workAbility: 5,
    },
  });
}

export async function createRtwPlanRow(db: Db, f: OrgFixture, over: { caseId: string; status?: "DRAFT" | "ACTIVE"; startOn?: Date }) {
  return db.returnToWorkPlan.create({
    data: {
      organisationId: f.org.id,
      caseId: over.caseId,
      status: over.status ?? "ACTIVE",
      employerContact: "Lone Berg, +45 70 11 22 33",
      startOn: over.startOn ?? new Date(Date.UTC(2026, 0, 5)),
      createdById: f.actors.caseworker.userId,
      weeks: { create: [1, 2, 3].map((n) => ({ weekNumber: n, plannedHours: 6 * n, plannedDays: 3 })) },
    },
  });
}
