// Who is asking: the signed-in user as the policy sees them (lib/auth/session.ts builds it on
// every request from the server-side session, so role and department changes apply at once).
import type { DepartmentKind, Role } from "@/lib/db/generated/client";

export type Actor = {
  userId: string;
  organisationId: string;
  role: Role;
  departmentId: string | null;
  departmentKind: DepartmentKind | null;
  name: string;
  sessionId: string;
};

/**
 * The actor of a stored user (with their department) acting under `sessionId` (a session's id, or a
 * marker such as "set-password-link" for a step taken without a session).
 */
export function actorOfUser(
  u: {
    id: string;
    organisationId: string;
    role: Role;
    departmentId: string | null;
    name: string;
    department: { kind: DepartmentKind } | null;
  },
  sessionId: string,
): Actor {
  return {
    userId: u.id,
    organisationId: u.organisationId,
    role: u.role,
    departmentId: u.departmentId,
    departmentKind: u.department?.kind ?? null,
    name: u.name,
    sessionId,
  };
}

/**
 * Reading a record, or changing it. Scopes differ: e.g. a coordinator reads cases but never writes them.
 * "history" is reading a record's correction history: like "read", except that the owning department
 * still finds its voided records (they disappear from lists, not from history).
 */
export type Purpose = "read" | "write" | "history";

/** Roles that may see person-level records at all (SPEC §2: managers and admins never do). */
const PERSON_LEVEL_ROLES: ReadonlySet<Role> = new Set(["CASEWORKER", "THERAPIST", "VISITATOR", "COORDINATOR"]);

/** The person-level roles (PERSON_LEVEL_ROLES), for a query. */
export function personLevelRoles(): Role[] {
  return [...PERSON_LEVEL_ROLES];
}

/** True when the actor may see person-level records at all (a person-level role in a department). */
export function seesPersons(actor: Actor): boolean {
  return PERSON_LEVEL_ROLES.has(actor.role) && actor.departmentKind !== null;
}

/** True when `actor` reading a record owned by a department of `ownerKind` crosses departments (needs consent, logged with it). */
export function isCrossDepartment(actor: Actor, ownerKind: DepartmentKind): boolean {
  return actor.departmentKind !== ownerKind;
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

/** A `where` that never matches: used when the actor has no scope, so queries return nothing. */
export const NOTHING = { id: { in: [] as string[] } };
