// An administrator re-enables a disabled user (issue 13). They sign in again as before (password or
// SSO); a password user whose password was never set needs a new set-password link.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TSetUserActive } from "@/lib/validation/admin";

/**
 * Re-enables a user of the admin's organisation.
 * @throws NotFoundError when the user is missing or in another organisation (or without user.manage).
 * @throws DomainRuleError "admin.users.errors.alreadyActive"; ConflictError on a stale version.
 */
export const enableUser = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TSetUserActive): Promise<{ version: number }> => {
    const u = await ctx.write.user.get({ where: { id: input.userId }, select: { id: true, active: true } });
    if (u.active) throw new DomainRuleError("admin.users.errors.alreadyActive");
    const { version } = await ctx.saveChange("user", u, {
      version: input.version,
      data: { active: true, failedLoginCount: 0, lockedUntil: null },
      history: { action: "ENABLE", changes: { active: { from: false, to: true } }, reason: input.note },
      audit: { citizenId: null, details: { active: true } },
    });
    return { version };
  },
);
