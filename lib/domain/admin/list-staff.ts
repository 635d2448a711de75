// The administrator's list of the organisation's users (issue 13): who they are, role, department,
// competence tags, how they sign in and their state (active, disabled, locked, waiting for a
// password). No case content is involved. Replaces lib/domain/users/list-users.ts on the admin page.
import type { Role, SignInMethod } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";

export type StaffRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  departmentName: string | null;
  competenceTags: string[];
  signInMethod: SignInMethod;
  active: boolean;
  /** Locked by the soft lock right now. */
  locked: boolean;
  /** A password user without a password yet (waiting for the set-password link). */
  awaitingPassword: boolean;
  /** Signed in through SSO at least once (the IdP subject is stored). */
  ssoLinked: boolean;
};

/**
 * The organisation's users, active first, then by name.
 * @throws NotFoundError without user.manage.
 */
export const listStaff = defineUseCase({ capability: "user.manage", notFound: "user" }, async (ctx): Promise<StaffRow[]> => {
  const users = await ctx.write.user.findMany({
    orderBy: [{ active: "desc" }, { nameSortKey: "asc" }, { name: "asc" }], // Danish order, ADR 0019
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      competenceTags: true,
      signInMethod: true,
      active: true,
      lockedUntil: true,
      passwordHash: true,
      externalId: true,
      department: { select: { name: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    departmentName: u.department?.name ?? null,
    competenceTags: u.competenceTags,
    signInMethod: u.signInMethod,
    active: u.active,
    locked: !!u.lockedUntil && u.lockedUntil > ctx.now,
    awaitingPassword: u.signInMethod !== "SSO" && u.passwordHash === null,
    ssoLinked: u.externalId !== null,
  }));
});
