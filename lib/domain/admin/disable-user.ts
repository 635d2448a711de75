// An administrator disables a user (issue 13). The user's open sessions end at once (their next
// request finds no actor and goes to the login page), open set-password links stop working, and
// SSO refuses them too. Nothing is deleted: a disabled user can be re-enabled.
import { administersUsers } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TSetUserActive } from "@/lib/validation/admin";
import { assertAnotherActiveAdmin, revokeOpenLinks } from "./staff-helpers";

/**
 * Disables a user of the admin's organisation.
 * @throws NotFoundError when the user is missing or in another organisation (or without user.manage).
 * @throws DomainRuleError "admin.users.errors.disableSelf", "…alreadyDisabled", "…lastAdmin"; ConflictError on a stale version.
 */
export const disableUser = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TSetUserActive): Promise<{ version: number }> => {
    const u = await ctx.write.user.get({ where: { id: input.userId }, select: { id: true, role: true, active: true } });
    if (u.id === ctx.actor.userId) throw new DomainRuleError("admin.users.errors.disableSelf");
    if (!u.active) throw new DomainRuleError("admin.users.errors.alreadyDisabled");
    if (administersUsers(u.role)) await assertAnotherActiveAdmin(ctx, u.id, "userId");
    const { version } = await ctx.saveChange("user", u, {
      version: input.version,
      data: { active: false },
      // The user's sessions and open set-password links end with the user.
      childWrites: async () => {
        await ctx.tx.userSession.updateMany({ where: { userId: u.id, revokedAt: null }, data: { revokedAt: ctx.now } });
        await revokeOpenLinks(ctx, u.id);
      },
      history: { action: "DISABLE", changes: { active: { from: true, to: false } }, reason: input.note },
      audit: { citizenId: null, details: { active: false } },
    });
    return { version };
  },
);
