// Record scopes (ARCHITECTURE "path of a request"): for each kind of record, a Prisma `where` that
// selects exactly the records the actor may read or write. The use-case runner
// (lib/domain/run-use-case.ts) adds them to every query through SCOPES, so a record outside the
// scope is simply not found (404), exactly like a missing one.
//
// Invariants:
// - Nothing is visible across organisations.
// - MANAGER and ADMIN get no person-level scope at all (aggregates / administration only).
// - A cross-department read needs an active consent in that direction AND a relationship
//   (ADR 0007), and is logged with the consent.
// - Writes are only ever allowed inside the actor's own department kind.
import type { Prisma } from "@/lib/db/generated/client";
import { NOTHING, seesPersons, type Actor, type Purpose } from "./actor";
import { can } from "./capabilities";
import { activeConsentWhere, consentScopeFor } from "./consent";
import { coordinatorWindowWhere, readsOtherSideThroughMeetings } from "./coordinator";
import { otherSideReadableWhere } from "./other-side";
import { kpiCellScope, kpiRefreshScope, kpiTargetScope } from "./key-figure-scopes";
import { conferenceFlagScope, meetingAgendaItemScope, meetingParticipantScope, meetingScope, meetingTaskScope } from "./meeting-scopes";
import { effectStudyScope, studyAllocationScope } from "./study-scopes";

/**
 * Scope of sick-leave cases (jobcenter records).
 * - Jobcenter caseworkers: read and write the cases of their own jobcenter department.
 * - Jobcenter coordinators: read them.
 * - Health-center staff: read case facts only while the citizen's JOBCENTER_TO_HEALTH consent is
 *   active AND their own department works with the citizen (a referral to one of its programmes,
 *   or a rehab plan of the department). Consent alone does not open every case to every therapist.
 * - Health-center coordinators: read them only inside the meeting window (coordinator.ts).
 */
export function caseScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.SickLeaveCaseWhereInput {
  const base = { organisationId: actor.organisationId, voidedAt: null };
  if (!seesPersons(actor)) return NOTHING;
  if (actor.departmentKind === "JOBCENTER") {
    if (purpose === "write" && actor.role !== "CASEWORKER") return NOTHING;
    // The owning department reads the history of its voided cases too.
    if (purpose === "history") return { organisationId: actor.organisationId, departmentId: actor.departmentId! };
    return { ...base, departmentId: actor.departmentId! };
  }
  if (purpose === "write") return NOTHING;
  if (readsOtherSideThroughMeetings(actor)) return { ...base, citizen: coordinatorWindowWhere(actor, now) };
  return {
    ...base,
    citizen: { consents: { some: activeConsentWhere(consentScopeFor(actor.departmentKind!), now) } },
    OR: [
      { referrals: { some: { programme: { departmentId: actor.departmentId! } } } },
      { citizen: { rehabPlans: { some: { departmentId: actor.departmentId!, voidedAt: null } } } },
    ],
  };
}

/**
 * Scope of citizens: the jobcenter registers citizens; health staff see those they work with, and a
 * health-center coordinator also those inside the meeting window (coordinator.ts).
 */
export function citizenScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.CitizenWhereInput {
  const base = { organisationId: actor.organisationId, voidedAt: null };
  if (!seesPersons(actor)) return NOTHING;
  if (actor.departmentKind === "JOBCENTER") {
    if (purpose === "write" && actor.role !== "CASEWORKER") return NOTHING;
    // The jobcenter's register keeps the history of voided citizens readable.
    if (purpose === "history") return { organisationId: actor.organisationId };
    return base;
  }
  if (purpose === "write") return NOTHING;
  // Health-center staff see a citizen's identity when their department works with the citizen:
  // a referral (on a live case) to one of its programmes, or one of its rehab plans.
  return {
    ...base,
    OR: [
      { cases: { some: { voidedAt: null, referrals: { some: { programme: { departmentId: actor.departmentId! } } } } } },
      { rehabPlans: { some: { departmentId: actor.departmentId!, voidedAt: null } } },
      ...(readsOtherSideThroughMeetings(actor) ? [coordinatorWindowWhere(actor, now)] : []),
    ],
  };
}

/** Programme catalogue: not person data; everyone in the organisation may read, health-center staff maintain it. */
export function programmeScope(actor: Actor, purpose: Purpose): Prisma.ProgrammeWhereInput {
  if (purpose === "write") {
    return can(actor, "programme.manage") ? { organisationId: actor.organisationId, departmentId: actor.departmentId! } : NOTHING;
  }
  return { organisationId: actor.organisationId };
}

/**
 * Referrals are shared by nature: the referring jobcenter department and the receiving
 * health-center department both see them (SPEC §2: "each side sees its own records plus the referral").
 * - Jobcenter caseworkers write (create, withdraw) referrals on cases in their department.
 * - Health-center visitators/therapists write (triage, start, complete…) referrals to their department's programmes.
 */
export function referralScope(actor: Actor, purpose: Purpose): Prisma.ReferralWhereInput {
  if (!seesPersons(actor)) return NOTHING;
  const base = { organisationId: actor.organisationId };
  if (actor.departmentKind === "JOBCENTER") {
    if (purpose === "write" && actor.role !== "CASEWORKER") return NOTHING;
    return { ...base, case: { departmentId: actor.departmentId!, voidedAt: null } };
  }
  if (purpose === "write" && !can(actor, "referral.triage")) return NOTHING;
  // A voided case takes its referrals with it: the health center no longer sees the person.
  return { ...base, case: { voidedAt: null }, programme: { departmentId: actor.departmentId! } };
}

/**
 * Rehab plans are health-center records. Health-center staff of the department read them;
 * therapists write them. The jobcenter reads them only while the citizen's HEALTH_TO_JOBCENTER
 * consent is active AND the citizen has a live case in the reader's department (cross-department
 * read, logged with the consent); a jobcenter coordinator only inside the meeting window.
 */
export function rehabPlanScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.RehabPlanWhereInput {
  if (!seesPersons(actor)) return NOTHING;
  const base = { organisationId: actor.organisationId, voidedAt: null };
  if (actor.departmentKind === "HEALTH_CENTER") {
    if (purpose === "write" && !can(actor, "rehab.edit")) return NOTHING;
    return { ...base, departmentId: actor.departmentId! };
  }
  if (purpose === "write") return NOTHING;
  // Consent and a live case in the actor's department, or a coordinator's meeting window (other-side.ts).
  return { ...base, citizen: otherSideReadableWhere(actor, now) };
}

/** Return-to-work plans and workplace aids belong to the jobcenter case. */
export function rtwPlanScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.ReturnToWorkPlanWhereInput {
  return { case: caseScope(actor, purpose, now) };
}

/** Records that belong to a case (follow-ups, exemptions, status changes, workplace aids): the case's scope. */
export function caseChildScope(actor: Actor, purpose: Purpose, now: Date = new Date()) {
  return { case: caseScope(actor, purpose, now) };
}

/**
 * Workplace aids belong to the case (caseChildScope). Besides, a jobcenter manager who approves
 * aids above the caseworkers' mandate reads and decides the aids of cases in their own department;
 * the use case shows them item, amount, date and caseworker only, never the person (SPEC §2).
 */
export function workplaceAidScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.WorkplaceAidWhereInput {
  if (can(actor, "aid.approveAboveMandate") && actor.departmentId) {
    return { organisationId: actor.organisationId, case: { departmentId: actor.departmentId, voidedAt: null } };
  }
  return caseChildScope(actor, purpose, now);
}

/** Records that belong to a rehab plan (goals, exercises, adherence, progress notes): the plan's scope. */
export function rehabChildScope(actor: Actor, purpose: Purpose, now: Date = new Date()) {
  return { plan: rehabPlanScope(actor, purpose, now) };
}

/** Weeks and therapist proposals of a return-to-work plan: the plan's scope. */
export function rtwChildScope(actor: Actor, purpose: Purpose, now: Date = new Date()) {
  return { plan: rtwPlanScope(actor, purpose, now) };
}

/** A referral's transition history: the referral's scope. */
export function referralEventScope(actor: Actor, purpose: Purpose): Prisma.ReferralEventWhereInput {
  return { referral: referralScope(actor, purpose) };
}

/** A programme's checklist: the programme's scope. */
export function programmeCriterionScope(actor: Actor, purpose: Purpose): Prisma.ProgrammeCriterionWhereInput {
  return { programme: programmeScope(actor, purpose) };
}

/**
 * Staff of the organisation. Names and roles are not person data of citizens: everyone in the
 * organisation may read them (for "by whom" columns and assignment); only an admin changes users.
 */
export function userScope(actor: Actor, purpose: Purpose): Prisma.UserWhereInput {
  if (purpose === "write") return can(actor, "user.manage") ? { organisationId: actor.organisationId } : NOTHING;
  return { organisationId: actor.organisationId };
}

/** The actor's own organisation: everyone reads it (name, aid mandate); an admin changes its settings. */
export function organisationScope(actor: Actor, purpose: Purpose): Prisma.OrganisationWhereInput {
  if (purpose === "write") return can(actor, "organisation.manage") ? { id: actor.organisationId } : NOTHING;
  return { id: actor.organisationId };
}

/** Departments of the organisation: everyone reads them; they are not changed through the app. */
export function departmentScope(actor: Actor, purpose: Purpose): Prisma.DepartmentWhereInput {
  return purpose === "write" ? NOTHING : { organisationId: actor.organisationId };
}

/** Thresholds and other settings of the organisation: features read them, an admin changes them. */
export function organisationSettingScope(actor: Actor, purpose: Purpose): Prisma.OrganisationSettingWhereInput {
  if (purpose === "write") return can(actor, "organisation.manage") ? { organisationId: actor.organisationId } : NOTHING;
  return { organisationId: actor.organisationId };
}

/** The organisation's own competence tags (added to the built-in list): everyone reads, an admin adds. */
export function competenceTagScope(actor: Actor, purpose: Purpose): Prisma.CompetenceTagWhereInput {
  if (purpose === "write") return can(actor, "user.manage") ? { organisationId: actor.organisationId } : NOTHING;
  return { organisationId: actor.organisationId };
}

/** Active caseworkers a case may be assigned to: the actor's own jobcenter department (cases stay within it). */
export function assignableCaseworkerScope(actor: Actor): Prisma.UserWhereInput {
  if (!can(actor, "case.edit") || !actor.departmentId) return NOTHING;
  return { organisationId: actor.organisationId, departmentId: actor.departmentId, role: "CASEWORKER", active: true };
}

/** Active therapists of a programme's health-center department, to whom a visitator may assign a referral. */
export function assignableTherapistScope(actor: Actor, programmeDepartmentId: string): Prisma.UserWhereInput {
  if (!can(actor, "referral.triage") || actor.departmentId !== programmeDepartmentId) return NOTHING;
  return { organisationId: actor.organisationId, departmentId: programmeDepartmentId, role: "THERAPIST", active: true };
}

/** The deadline rule parameters: everyone in the organisation reads them (deadlines), an admin changes them. */
export function ruleSetScope(actor: Actor, purpose: Purpose): Prisma.RuleSetWhereInput {
  if (purpose === "write") return can(actor, "admin.manage") ? { organisationId: actor.organisationId } : NOTHING;
  return { organisationId: actor.organisationId };
}

/**
 * The correction history of the organisation. A use case reads the history of a record only after
 * loading the record itself through its own scope, so this scope only fences the organisation.
 * History is written by the runner (ctx.history), never updated.
 */
export function recordVersionScope(actor: Actor, purpose: Purpose): Prisma.RecordVersionWhereInput {
  return purpose === "write" ? NOTHING : { organisationId: actor.organisationId };
}

/**
 * Consents of citizens the actor may see (SPEC §2–3, issue 9). A consent is the citizen's, not a
 * department's: staff of either department who see the citizen read it, and those with
 * "consent.record" (caseworkers, therapists, visitators) record and revoke it.
 */
export function consentRecordScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.ConsentWhereInput {
  if (purpose === "write" && !can(actor, "consent.record")) return NOTHING;
  return { organisationId: actor.organisationId, citizen: citizenScope(actor, "read", now) };
}

/**
 * The scope of every record kind, by Prisma model (delegate) name. The runner binds these to the
 * actor for each use case: `ctx.read.followUp.findMany(...)` is `tx.followUp.findMany(...)` with
 * `followUpScope` added to its `where`. A model missing here cannot be read through the runner's
 * finders at all.
 */
export const SCOPES = {
  sickLeaveCase: caseScope,
  caseStatusChange: caseChildScope,
  caseExemption: caseChildScope,
  caseVisitation: caseChildScope,
  earlyFollowUpRequest: caseChildScope,
  rehabilitationTeamPresentation: caseChildScope,
  caseReassessment: caseChildScope,
  followUp: caseChildScope,
  workplaceAid: workplaceAidScope,
  citizen: citizenScope,
  consent: consentRecordScope,
  programme: programmeScope,
  programmeCriterion: programmeCriterionScope,
  referral: referralScope,
  referralEvent: referralEventScope,
  rehabPlan: rehabPlanScope,
  rehabGoal: rehabChildScope,
  homeExercise: rehabChildScope,
  adherenceEntry: rehabChildScope,
  progressNote: rehabChildScope,
  returnToWorkPlan: rtwPlanScope,
  rtwWeek: rtwChildScope,
  rtwProposal: rtwChildScope,
  user: userScope,
  organisation: organisationScope,
  department: departmentScope,
  organisationSetting: organisationSettingScope,
  competenceTag: competenceTagScope,
  ruleSet: ruleSetScope,
  recordVersion: recordVersionScope,
  kpiCell: kpiCellScope,
  kpiRefresh: kpiRefreshScope,
  kpiTarget: kpiTargetScope,
  meeting: meetingScope,
  meetingAgendaItem: meetingAgendaItemScope,
  meetingTask: meetingTaskScope,
  meetingParticipant: meetingParticipantScope,
  conferenceFlag: conferenceFlagScope,
  effectStudy: effectStudyScope,
  studyAllocation: studyAllocationScope,
} as const;

export type ScopedModel = keyof typeof SCOPES;
