// An administrator edits a user (issue 13): name, email, role, department, competence tags and sign-in
// method, on the version the form was loaded with. Role and department changes keep history (who,
// when, old → new) and apply on the user's next request: the actor is rebuilt from the database on
// every request (lib/auth/session.ts), so no session needs touching.
import { roleChange } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import { refuseUniqueViolation } from "@/lib/domain/unique-violation";
import type { TUpdateUser } from "@/lib/validation/admin";
import {
  assertAnotherActiveAdmin,
  assertTagsKnown,
  departmentForRole,
  issueLinkFor,
  revokeOpenLinks,
  userFormColumns,
  userHistoryValues,
} from "./staff-helpers";

export type UpdateUserResult = { version: number; link: { token: string; expiresAt: Date } | null };

/**
 * Corrects a user. Switching to SSO only removes the password and ends open set-password links;
 * switching an SSO-only user without a password to password sign-in issues a link (returned once).
 * @throws NotFoundError when the user is missing or in another organisation (or without user.manage).
 * @throws DomainRuleError "admin.users.errors.ownRole" (role: nobody changes their own role),
 *   "…lastAdmin" (role: the last active administrator cannot be demoted), "…emailTaken",
 *   "…departmentRequired" | "…departmentMismatch", "…unknownTag", "…noChange"; ConflictError on a stale version.
 */
export const updateUser = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TUpdateUser): Promise<UpdateUserResult> => {
    const u = await ctx.write.user.get({
      where: { id: input.userId },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        signInMethod: true,
        competenceTags: true,
        passwordHash: true,
        department: { select: { name: true } },
      },
    });
    const change = roleChange(ctx.actor, u, input.role);
    if (change === "ownRole") throw new DomainRuleError("admin.users.errors.ownRole", "role");
    if (change === "leavesAdministration") await assertAnotherActiveAdmin(ctx, u.id, "role");
    const dept = await departmentForRole(ctx, input.role, input.departmentId);
    await assertTagsKnown(ctx, input.competenceTags);
    const changes = diffValues(
      userHistoryValues({ ...u, departmentName: u.department?.name ?? null }),
      userHistoryValues({ ...input, departmentName: dept?.name ?? null }),
    );
    if (Object.keys(changes).length === 0) throw new DomainRuleError("admin.users.errors.noChange");
    const ssoOnly = input.signInMethod === "SSO";
    const version = await refuseUniqueViolation(
      ctx.updateVersioned("user", u.id, input.version, {
        ...userFormColumns(input, dept?.id ?? null),
        ...(ssoOnly ? { passwordHash: null } : {}),
      }),
      "admin.users.errors.emailTaken",
      "email",
    );
    if (ssoOnly) await revokeOpenLinks(ctx, u.id);
    await ctx.history.record({ recordType: "User", recordId: u.id, action: "CORRECT", changes });
    await ctx.audit.updated({ recordType: "User", recordId: u.id, details: { fields: Object.keys(changes) } });
    // A user who gains password sign-in without having a password gets a link; other edits leave open links alone.
    const needsLink = !ssoOnly && u.signInMethod === "SSO" && u.passwordHash === null && u.active;
    return { version, link: needsLink ? await issueLinkFor(ctx, u.id) : null };
  },
);
