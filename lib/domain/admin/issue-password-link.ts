// An administrator issues a new one-time set-password link (issue 13, ADR 0013): for a new user whose
// first link ran out, or a user who forgot their password. Older links of the user stop working.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TIssuePasswordLink } from "@/lib/validation/admin";
import { issueLinkFor } from "./staff-helpers";

/**
 * Issues a set-password link for an active password (or password-and-SSO) user.
 * @returns the token (shown once to the admin) and when it expires (24 hours).
 * @throws NotFoundError when the user is missing or in another organisation (or without user.manage).
 * @throws DomainRuleError "admin.users.errors.linkNotPossible" for a disabled or SSO-only user.
 */
export const issuePasswordLink = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TIssuePasswordLink): Promise<{ token: string; expiresAt: Date }> => {
    const u = await ctx.write.user.get({ where: { id: input.userId }, select: { id: true, active: true, signInMethod: true } });
    if (!u.active || u.signInMethod === "SSO") throw new DomainRuleError("admin.users.errors.linkNotPossible");
    return issueLinkFor(ctx, u.id);
  },
);
