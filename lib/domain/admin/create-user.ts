// An administrator creates a user of the organisation (issue 13): name, email, role, department,
// competence tags and how they sign in. A password user gets a one-time set-password link, which
// is returned once so the admin can hand it over (no e-mail server is assumed).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { refuseUniqueViolation } from "@/lib/domain/unique-violation";
import { creationValues } from "@/lib/domain/history/diff";
import type { TCreateUser } from "@/lib/validation/admin";
import { assertTagsKnown, departmentForRole, issueLinkFor, userFormColumns, userHistoryValues } from "./staff-helpers";

export type CreateUserResult = { id: string; link: { token: string; expiresAt: Date } | null };

/**
 * Creates a user in the admin's organisation. SSO-only users get no password and no link; they
 * are matched at their first SSO sign-in by verified email (lib/auth/sso.ts).
 * @returns the new user's id and, for password users, the set-password token (shown once).
 * @throws NotFoundError without user.manage; DomainRuleError on the field at fault:
 *   "admin.users.errors.emailTaken" (email), "…departmentRequired" | "…departmentMismatch" (departmentId),
 *   "…unknownTag" (competenceTags).
 */
export const createUser = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TCreateUser): Promise<CreateUserResult> => {
    const dept = await departmentForRole(ctx, input.role, input.departmentId);
    await assertTagsKnown(ctx, input.competenceTags);
    // Email addresses are unique across the installation (they are the sign-in name).
    const { id } = await refuseUniqueViolation(
      ctx.tx.user.create({
        data: { organisationId: ctx.actor.organisationId, ...userFormColumns(input, dept?.id ?? null) },
        select: { id: true },
      }),
      "admin.users.errors.emailTaken",
      "email",
    );
    await ctx.history.record({
      recordType: "User",
      recordId: id,
      version: 1,
      action: "CREATE",
      changes: creationValues(userHistoryValues({ ...input, departmentName: dept?.name ?? null })),
    });
    await ctx.audit.created({ recordType: "User", recordId: id, details: { role: input.role, signInMethod: input.signInMethod } });
    const link = input.signInMethod === "SSO" ? null : await issueLinkFor(ctx, id);
    return { id, link };
  },
);
