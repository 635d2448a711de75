// Factories for the consent tests: a citizen both departments work with (a jobcenter case with a
// started referral to the health center and a rehab plan), consent rows in each state, form-shaped
// consent input, and meetings with agenda items for the coordinator's window.
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { MeetingKind } from "@/lib/db/generated/client";
import { addDays, isoDay, todayInDenmark } from "@/lib/time";
import { validFromInstant, validUntilInstant, type ConsentDirection } from "@/lib/consents/validity";
import type { OrgFixture } from "./core";
import { createProgressNoteRow, createReferral, createRehabPlanRow, createRtwPlanRow } from "./rehab";

const HOUR = 3_600_000;

/** Today's Danish calendar day (UTC midnight) and "YYYY-MM-DD" of a day `n` days from it. */
export const danishToday = () => todayInDenmark();
export const dayFromToday = (n: number) => isoDay(addDays(todayInDenmark(), n));

/**
 * A citizen shared by both departments: an open jobcenter case (the fixture's caseworker), a
 * started referral to a health-center programme (the fixture's therapist assigned), a rehab plan
 * of the health center with one goal and one progress note, and an active return-to-work plan.
 */
export async function sharedCitizen(db: Db, f: OrgFixture) {
  const referral = await createReferral(db, f);
  const plan = await createRehabPlanRow(db, f, {
    citizenId: referral.citizenId,
    referralId: referral.id,
    startOn: addDays(danishToday(), -20),
  });
  await db.rehabGoal.create({ data: { planId: plan.id, text: "Gå 1 km uden smerter", baseline: "300 m", target: "1 km", position: 0 } });
  await createProgressNoteRow(db, f, { planId: plan.id, writtenOn: addDays(danishToday(), -3), text: "Går nu 600 m; smerter 4/10." });
  await db.homeExercise.create({
    data: { planId: plan.id, description: "Bækkenvip", repetitions: "3 × 10", frequency: "Dagligt", position: 0 },
  });
  const rtw = await createRtwPlanRow(db, f, { caseId: referral.caseId });
  return { citizenId: referral.citizenId, caseId: referral.caseId, referralId: referral.id, planId: plan.id, rtwPlanId: rtw.id };
}

export type ConsentStateName = "none" | "active" | "revoked" | "expired" | "pending" | "endedWithCase";

/**
 * A consent row for `citizenId` in `state`, covering `directions` (written directly: the states
 * that time produces — expired, pending — cannot be made through the use cases today).
 */
export async function consentInState(db: Db, f: OrgFixture, citizenId: string, state: ConsentStateName, directions: ConsentDirection[]) {
  if (state === "none") return null;
  const now = Date.now();
  const base = {
    organisationId: f.org.id,
    citizenId,
    healthToJobcenter: directions.includes("HEALTH_TO_JOBCENTER"),
    jobcenterToHealth: directions.includes("JOBCENTER_TO_HEALTH"),
    shareWithEmployer: directions.includes("SHARE_WITH_EMPLOYER"),
    employerDetails: directions.includes("SHARE_WITH_EMPLOYER") ? "Arbejdstider og skånehensyn" : null,
    purpose: "Samarbejde om tilbagevenden til arbejdet",
    method: "WRITTEN" as const,
    recordedById: f.actors.caseworker.userId,
    validFrom: validFromInstant(addDays(danishToday(), -10)),
  };
  const data = {
    active: {},
    revoked: { revokedAt: new Date(now - HOUR), revokedById: f.actors.caseworker.userId, revokeReason: "Borgeren ønsker det ikke længere" },
    expired: { validUntil: validUntilInstant(addDays(danishToday(), -1)) },
    pending: { validFrom: validFromInstant(addDays(danishToday(), 2)) },
    endedWithCase: { validUntil: new Date(now - HOUR), endedWithCaseId: null as string | null },
  }[state];
  return db.consent.create({ data: { ...base, ...data } });
}

/** A consent form as the browser sends it (strings; checked directions as a list). */
export function consentForm(citizenId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    citizenId,
    directions: ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"],
    employerDetails: "",
    method: "WRITTEN",
    purpose: "Koordineret indsats for tilbagevenden til arbejdet",
    validFrom: dayFromToday(0),
    validUntil: "",
    ...over,
  };
}

/** A meeting of `kind` coordinated by `coordinator`, starting `startsInHours` from now; minutes closed when asked. */
export async function createMeeting(
  db: Db,
  coordinator: Actor,
  over: { kind?: MeetingKind; startsInHours?: number; minutesClosed?: boolean; organisationId?: string } = {},
) {
  return db.meeting.create({
    data: {
      organisationId: over.organisationId ?? coordinator.organisationId,
      kind: over.kind ?? "WEEKLY_CASE_CONFERENCE",
      startsAt: new Date(Date.now() + (over.startsInHours ?? 48) * HOUR),
      minutesClosedAt: over.minutesClosed ? new Date() : null,
      coordinatorId: coordinator.userId,
      createdById: coordinator.userId,
    },
  });
}

/** Puts `citizenId` on the meeting's agenda (as the next item). */
export async function addToAgenda(db: Db, meetingId: string, citizenId: string | null) {
  const position = await db.meetingAgendaItem.count({ where: { meetingId } });
  return db.meetingAgendaItem.create({ data: { meetingId, citizenId, position } });
}

/**
 * A staff task from a meeting's agenda item, assigned to `assignee`, due `dueOn`, created by the
 * meeting's coordinator (written directly: the use case refuses a due day in the past).
 */
export async function createMeetingTask(
  db: Db,
  item: { id: string; citizenId: string | null },
  people: { organisationId: string; assigneeId: string; createdById: string },
  over: { description?: string; dueOn?: Date; completed?: boolean } = {},
) {
  return db.meetingTask.create({
    data: {
      organisationId: people.organisationId,
      agendaItemId: item.id,
      citizenId: item.citizenId,
      party: "STAFF",
      assigneeId: people.assigneeId,
      description: over.description ?? "Opgave fra mødet",
      dueOn: over.dueOn ?? new Date(),
      createdById: people.createdById,
      ...(over.completed ? { completedAt: new Date(), completedById: people.assigneeId, version: 2 } : {}),
    },
  });
}
