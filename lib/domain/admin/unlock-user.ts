// An administrator unlocks an account that the soft lock closed after repeated failed sign-ins
// (ADR 0004), e.g. when the user calls because they cannot wait for the lock to run out.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TUnlockUser } from "@/lib/validation/admin";

/**
 * Clears the lock and the failure count of a user of the admin's organisation.
 * @throws NotFoundError when the user is missing or in another organisation (or without user.manage).
 * @throws DomainRuleError "admin.users.errors.notLocked" when the account is not locked now; ConflictError on a stale version.
 */
export const unlockUser = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TUnlockUser): Promise<{ version: number }> => {
    const u = await ctx.write.user.get({ where: { id: input.userId }, select: { id: true, lockedUntil: true } });
    if (!u.lockedUntil || u.lockedUntil <= ctx.now) throw new DomainRuleError("admin.users.errors.notLocked");
    const { version } = await ctx.saveChange("user", u, {
      version: input.version,
      data: { failedLoginCount: 0, lockedUntil: null },
      history: { action: "UNLOCK", changes: { lockedUntil: { from: u.lockedUntil.toISOString(), to: null } } },
      audit: { citizenId: null, details: { unlocked: true } },
    });
    return { version };
  },
);
