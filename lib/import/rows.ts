// Turns validated import records into database rows (one citizen at a time), deriving what the app
// derives: the case's current status, closing day and partial hours from its status events, the
// referral's status and step timestamps from its events, the encrypted CPR and its blind index.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { STATUS_TIMESTAMP, type TimestampField } from "@/lib/referrals/transitions";
import { parseCpr } from "@/lib/validation/cpr";
import type { TImportCitizen } from "@/lib/validation/import";

/** Ids of the header records by their file keys, and who the import is recorded as. */
export type ImportContext = {
  organisationId: string;
  departments: Map<string, string>;
  staff: Map<string, string>;
  programmes: Map<string, string>;
  /** Gives every created row a distinct, increasing createdAt, so that same-day events keep the file's order. */
  nextCreatedAt: () => Date;
};

export type RowBatch = {
  citizens: Prisma.CitizenCreateManyInput[];
  cases: Prisma.SickLeaveCaseCreateManyInput[];
  statusChanges: Prisma.CaseStatusChangeCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  referralEvents: Prisma.ReferralEventCreateManyInput[];
  plans: Prisma.RehabPlanCreateManyInput[];
  goals: Prisma.RehabGoalCreateManyInput[];
  notes: Prisma.ProgressNoteCreateManyInput[];
};

export const emptyBatch = (): RowBatch => ({
  citizens: [],
  cases: [],
  statusChanges: [],
  followUps: [],
  referrals: [],
  referralEvents: [],
  plans: [],
  goals: [],
  notes: [],
});

export const batchSize = (b: RowBatch) => Object.values(b).reduce((n, rows: unknown[]) => n + rows.length, 0);

/** Adds the rows of one validated citizen record to `batch`. References must have been checked. */
export function addCitizenRows(batch: RowBatch, ctx: ImportContext, c: TImportCitizen): void {
  const parsed = parseCpr(c.cpr);
  if (!parsed.ok) throw new Error("unchecked CPR number");
  const citizenId = randomUUID();
  batch.citizens.push({
    id: citizenId,
    organisationId: ctx.organisationId,
    cprEncrypted: encryptCpr(parsed.cpr),
    cprIndex: cprBlindIndex(parsed.cpr),
    birthDate: parsed.birthDate,
    firstName: c.firstName,
    lastName: c.lastName,
    phone: c.phone,
    email: c.email,
    address: c.address,
    employerName: c.employerName,
    occupation: c.occupation,
    industry: c.industry,
    employmentStatus: c.employmentStatus,
    createdAt: ctx.nextCreatedAt(),
  });
  const referralIds = new Map<string, string>();
  for (const k of c.cases) {
    const caseId = randomUUID();
    const caseworkerId = ctx.staff.get(k.caseworker)!;
    const last = k.statusEvents.at(-1);
    const lastPartial = [...k.statusEvents].reverse().find((e) => e.status === "PARTIAL_RETURN");
    const status = last?.status ?? "ACTIVE";
    batch.cases.push({
      id: caseId,
      organisationId: ctx.organisationId,
      departmentId: ctx.departments.get(k.department)!,
      citizenId,
      caseworkerId,
      firstAbsenceDay: k.firstAbsenceDay,
      diagnosisGroup: k.diagnosisGroup,
      diagnosisDetail: k.diagnosisDetail,
      status,
      partialHoursPerWeek: status === "PARTIAL_RETURN" ? (lastPartial?.hoursPerWeek ?? null) : null,
      closedOn: status === "CLOSED" ? last!.effectiveOn : null,
      closingReason: status === "CLOSED" ? last!.closingReason : null,
      createdAt: ctx.nextCreatedAt(),
    });
    for (const e of [
      { status: "ACTIVE" as const, effectiveOn: k.firstAbsenceDay, hoursPerWeek: null, closingReason: null },
      ...k.statusEvents,
    ]) {
      batch.statusChanges.push({
        caseId,
        status: e.status,
        effectiveOn: e.effectiveOn,
        hoursPerWeek: e.hoursPerWeek,
        closingReason: e.closingReason,
        changedById: caseworkerId,
        createdAt: ctx.nextCreatedAt(),
      });
    }
    for (const f of k.followUps) {
      batch.followUps.push({
        caseId,
        dueOn: f.dueOn,
        scheduledAt: f.scheduledAt,
        heldAt: f.heldAt,
        mode: f.mode,
        participants: f.status === "HELD" ? ["CITIZEN", "CASEWORKER"] : [],
        summary: f.summary,
        status: f.status,
        createdById: caseworkerId,
        createdAt: ctx.nextCreatedAt(),
      });
    }
    for (const r of k.referrals) {
      const referralId = randomUUID();
      referralIds.set(r.key, referralId);
      const referredById = ctx.staff.get(r.referredBy)!;
      const steps: Partial<Record<TimestampField, Date>> = {};
      r.events.forEach((e, i) => {
        if (e.status !== "SUBMITTED") steps[STATUS_TIMESTAMP[e.status]] = e.at;
        batch.referralEvents.push({
          referralId,
          fromStatus: i === 0 ? null : r.events[i - 1]!.status,
          toStatus: e.status,
          reason: e.reason,
          reasonCode: e.reasonCode,
          byId: e.by ? ctx.staff.get(e.by)! : referredById,
          at: e.at,
        });
      });
      const last = r.events.at(-1)!;
      batch.referrals.push({
        id: referralId,
        organisationId: ctx.organisationId,
        caseId,
        citizenId,
        programmeId: ctx.programmes.get(r.programme)!,
        referredById,
        reason: r.reason,
        answers: {},
        status: last.status,
        statusReason: last.reason,
        submittedAt: r.events[0]!.at,
        ...steps,
        version: r.events.length,
      });
    }
  }
  for (const p of c.rehabPlans) {
    const planId = randomUUID();
    batch.plans.push({
      id: planId,
      organisationId: ctx.organisationId,
      departmentId: ctx.departments.get(p.department)!,
      citizenId,
      referralId: p.referral ? referralIds.get(p.referral)! : null,
      therapistId: ctx.staff.get(p.therapist)!,
      condition: p.condition,
      bodyRegion: p.bodyRegion,
      startOn: p.startOn,
      endOn: p.endOn,
      createdAt: ctx.nextCreatedAt(),
    });
    p.goals.forEach((g, position) =>
      batch.goals.push({ planId, text: g.text, baseline: g.baseline, target: g.target, achievedOn: g.achievedOn, position }),
    );
    for (const n of p.progressNotes) {
      batch.notes.push({
        planId,
        authorId: ctx.staff.get(n.author)!,
        writtenOn: n.writtenOn,
        text: n.text,
        selfRatedHealth: n.selfRatedHealth,
        pain: n.pain,
        workAbility: n.workAbility,
        createdAt: ctx.nextCreatedAt(),
      });
    }
  }
}

/** Writes a batch of rows, parents before children (inside the caller's transaction). */
export async function writeBatch(tx: Prisma.TransactionClient, b: RowBatch): Promise<void> {
  if (b.citizens.length) await tx.citizen.createMany({ data: b.citizens });
  if (b.cases.length) await tx.sickLeaveCase.createMany({ data: b.cases });
  if (b.statusChanges.length) await tx.caseStatusChange.createMany({ data: b.statusChanges });
  if (b.followUps.length) await tx.followUp.createMany({ data: b.followUps });
  if (b.referrals.length) await tx.referral.createMany({ data: b.referrals });
  if (b.referralEvents.length) await tx.referralEvent.createMany({ data: b.referralEvents });
  if (b.plans.length) await tx.rehabPlan.createMany({ data: b.plans });
  if (b.goals.length) await tx.rehabGoal.createMany({ data: b.goals });
  if (b.notes.length) await tx.progressNote.createMany({ data: b.notes });
}
