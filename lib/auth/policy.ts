// THE access policy (SPEC §2). The only module that reads roles, departments and consent to decide
// access. Domain functions load records through the scope filters returned here, so a record
// outside the actor's scope is simply not found (404), exactly like a missing one.
//
// Invariants:
// - Nothing is visible across organisations.
// - MANAGER and ADMIN get no person-level scope at all (aggregates / administration only).
// - A cross-department read needs an active consent in that direction, and is logged with it.
// - Writes are only ever allowed inside the actor's own department kind.
import type { Prisma, Role, DepartmentKind, ConsentScope } from "@/lib/db/generated/client";

export type Actor = {
  userId: string;
  organisationId: string;
  role: Role;
  departmentId: string | null;
  departmentKind: DepartmentKind | null;
  name: string;
  sessionId: string;
};

export type Purpose = "read" | "write";

/** Consent that lets `reader`'s department see the other department's records. */
export function consentScopeFor(readerKind: DepartmentKind): ConsentScope {
  return readerKind === "HEALTH_CENTER" ? "JOBCENTER_TO_HEALTH" : "HEALTH_TO_JOBCENTER";
}

const CONSENT_FLAG = {
  HEALTH_TO_JOBCENTER: "healthToJobcenter",
  JOBCENTER_TO_HEALTH: "jobcenterToHealth",
  SHARE_WITH_EMPLOYER: "shareWithEmployer",
} as const satisfies Record<ConsentScope, string>;

export function activeConsentWhere(scope: ConsentScope, now: Date): Prisma.ConsentWhereInput {
  return {
    [CONSENT_FLAG[scope]]: true,
    revokedAt: null,
    validFrom: { lte: now },
    OR: [{ validUntil: null }, { validUntil: { gt: now } }],
  };
}

/** Roles that may see person-level records at all. */
const PERSON_LEVEL_ROLES: ReadonlySet<Role> = new Set(["CASEWORKER", "THERAPIST", "VISITATOR", "COORDINATOR"]);

export function seesPersons(actor: Actor): boolean {
  return PERSON_LEVEL_ROLES.has(actor.role) && actor.departmentKind !== null;
}

/** A `where` that never matches: used when the actor has no scope, so queries return nothing. */
const NOTHING = { id: { in: [] as string[] } };

/**
 * Scope of sick-leave cases (jobcenter records).
 * - Jobcenter caseworkers: read and write the cases of their own jobcenter department.
 * - Jobcenter coordinators: read them.
 * - Health-center staff: read case facts only while the citizen's JOBCENTER_TO_HEALTH consent is
 *   active AND their own department works with the citizen (a referral to one of its programmes,
 *   or a rehab plan of the department). Consent alone does not open every case to every therapist.
 */
export function caseScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.SickLeaveCaseWhereInput {
  const base = { organisationId: actor.organisationId, voidedAt: null };
  if (!seesPersons(actor)) return NOTHING;
  if (actor.departmentKind === "JOBCENTER") {
    if (purpose === "write" && actor.role !== "CASEWORKER") return NOTHING;
    return { ...base, departmentId: actor.departmentId! };
  }
  if (purpose === "write") return NOTHING;
  return {
    ...base,
    citizen: { consents: { some: activeConsentWhere(consentScopeFor(actor.departmentKind!), now) } },
    OR: [
      { referrals: { some: { programme: { departmentId: actor.departmentId! } } } },
      { citizen: { rehabPlans: { some: { departmentId: actor.departmentId!, voidedAt: null } } } },
    ],
  };
}

/** Scope of citizens: the jobcenter registers citizens; health staff see those they work with. */
export function citizenScope(actor: Actor, purpose: Purpose): Prisma.CitizenWhereInput {
  const base = { organisationId: actor.organisationId, voidedAt: null };
  if (!seesPersons(actor)) return NOTHING;
  if (actor.departmentKind === "JOBCENTER") {
    if (purpose === "write" && actor.role !== "CASEWORKER") return NOTHING;
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
 * read, logged with the consent).
 */
export function rehabPlanScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.RehabPlanWhereInput {
  if (!seesPersons(actor)) return NOTHING;
  const base = { organisationId: actor.organisationId, voidedAt: null };
  if (actor.departmentKind === "HEALTH_CENTER") {
    if (purpose === "write" && !can(actor, "rehab.edit")) return NOTHING;
    return { ...base, departmentId: actor.departmentId! };
  }
  if (purpose === "write") return NOTHING;
  // The jobcenter side must also work with the citizen: a live case in the actor's department.
  return {
    ...base,
    citizen: {
      consents: { some: activeConsentWhere(consentScopeFor(actor.departmentKind!), now) },
      cases: { some: { departmentId: actor.departmentId!, voidedAt: null } },
    },
  };
}

/** Return-to-work plans and workplace aids belong to the jobcenter case. */
export function rtwPlanScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.ReturnToWorkPlanWhereInput {
  return { case: caseScope(actor, purpose, now) };
}

/** True when `actor` reading a record owned by `ownerKind` crosses departments (must be logged with consent). */
export function isCrossDepartment(actor: Actor, ownerKind: DepartmentKind): boolean {
  return actor.departmentKind !== ownerKind;
}

export type Capability =
  | "case.create"
  | "case.edit"
  | "citizen.create"
  | "citizen.edit"
  | "followup.record"
  | "referral.create"
  | "referral.triage"
  | "programme.manage"
  | "rehab.edit"
  | "rtw.edit"
  | "rtw.propose"
  | "aid.approveAboveMandate"
  | "kpi.view"
  | "admin.manage"
  | "meeting.run";

/** Role × department capabilities (what kind of action, independent of a particular record). */
export function can(actor: Actor, capability: Capability): boolean {
  const jc = actor.departmentKind === "JOBCENTER";
  const hc = actor.departmentKind === "HEALTH_CENTER";
  switch (capability) {
    case "case.create":
    case "case.edit":
    case "citizen.create":
    case "citizen.edit":
    case "followup.record":
    case "referral.create":
    case "rtw.edit":
      return jc && actor.role === "CASEWORKER";
    case "referral.triage":
      return hc && (actor.role === "VISITATOR" || actor.role === "THERAPIST");
    case "programme.manage":
      return hc && (actor.role === "VISITATOR" || actor.role === "THERAPIST");
    case "rehab.edit":
    case "rtw.propose":
      return hc && actor.role === "THERAPIST";
    case "aid.approveAboveMandate":
      return jc && actor.role === "MANAGER";
    case "kpi.view":
      return actor.role === "MANAGER";
    case "admin.manage":
      return actor.role === "ADMIN";
    case "meeting.run":
      return actor.role === "COORDINATOR";
  }
}

/** Where each role lands after signing in. */
export function homePathFor(actor: Pick<Actor, "role">): string {
  switch (actor.role) {
    case "CASEWORKER":
      return "/cases";
    case "THERAPIST":
    case "VISITATOR":
      return "/health";
    case "COORDINATOR":
      return "/coordination";
    case "MANAGER":
      return "/dashboard";
    case "ADMIN":
      return "/admin";
  }
}
