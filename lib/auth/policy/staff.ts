// Rules about staff accounts that an administrator manages (issue 13): which department a user of
// each role belongs to, and who counts as an administrator (the last one must stay). They live in
// the policy because they are about roles and departments; the admin use cases ask, never compare.
import type { DepartmentKind, Role } from "@/lib/db/generated/client";
import { CAPABILITIES } from "./capabilities";
import type { Actor } from "./actor";

const BOTH: readonly DepartmentKind[] = ["JOBCENTER", "HEALTH_CENTER"];

/**
 * Where a user of each role works (SPEC §2). `required`: the role needs a department (its scopes are
 * departmental); `kinds`: the department kinds that make sense for it. Caseworkers are jobcenter staff,
 * therapists and visitators health-center staff; coordinators and managers exist on both sides; an
 * administrator needs no department.
 */
export const ROLE_DEPARTMENTS: Readonly<Record<Role, { required: boolean; kinds: readonly DepartmentKind[] }>> = {
  CASEWORKER: { required: true, kinds: ["JOBCENTER"] },
  THERAPIST: { required: true, kinds: ["HEALTH_CENTER"] },
  VISITATOR: { required: true, kinds: ["HEALTH_CENTER"] },
  COORDINATOR: { required: true, kinds: BOTH },
  MANAGER: { required: true, kinds: BOTH },
  ADMIN: { required: false, kinds: BOTH },
};

/** The roles an administrator can give, in the order forms list them. */
export const ASSIGNABLE_ROLES = [
  "CASEWORKER",
  "THERAPIST",
  "VISITATOR",
  "COORDINATOR",
  "MANAGER",
  "ADMIN",
] as const satisfies readonly Role[];

/**
 * Whether a user of `role` may belong to a department of `kind` (null: no department).
 * @returns "ok", "departmentRequired" or "departmentMismatch" (the translation key's last part).
 */
export function departmentFitForRole(role: Role, kind: DepartmentKind | null): "ok" | "departmentRequired" | "departmentMismatch" {
  const rule = ROLE_DEPARTMENTS[role];
  if (kind === null) return rule.required ? "departmentRequired" : "ok";
  return rule.kinds.includes(kind) ? "ok" : "departmentMismatch";
}

/** Roles whose holders administer users: an organisation must keep at least one active user with one of them. */
export const USER_ADMIN_ROLES: readonly Role[] = CAPABILITIES["user.manage"].roles;

/** True when a user of `role` administers users (so disabling or demoting the last one is refused). */
export function administersUsers(role: Role): boolean {
  return USER_ADMIN_ROLES.includes(role);
}

/**
 * What changing `user`'s role to `to` means for the administrator `actor` (issue 13):
 * "unchanged"; "ownRole" (refused: nobody changes their own role); "leavesAdministration" (an
 * active user administrator becomes something else: allowed only while another active one remains,
 * which the use case counts); or "allowed".
 */
export function roleChange(
  actor: Pick<Actor, "userId">,
  user: { id: string; role: Role; active: boolean },
  to: Role,
): "unchanged" | "ownRole" | "leavesAdministration" | "allowed" {
  if (user.role === to) return "unchanged";
  if (user.id === actor.userId) return "ownRole";
  return user.active && administersUsers(user.role) && !administersUsers(to) ? "leavesAdministration" : "allowed";
}
