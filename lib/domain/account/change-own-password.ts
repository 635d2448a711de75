// A signed-in user changes their own password (issue 13): they confirm the current one, and the new one
// must meet the policy (lib/auth/password-policy.ts). Their other sessions end (a changed password is
// often a response to a suspicion); the session they are using stays.
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordPolicyProblem } from "@/lib/auth/password-policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TChangeOwnPassword } from "@/lib/validation/account";

/**
 * Changes the actor's own password. The actor's own user row is reached through the actor itself
 * (every user may change their own password; no one else's).
 * @throws DomainRuleError "account.errors.noPassword" for an SSO-only user, "account.errors.wrongCurrent"
 *   (currentPassword), "account.errors.passwordCommon" | "…passwordContainsEmail" (password).
 */
export const changeOwnPassword = defineUseCase({}, async (ctx, input: TChangeOwnPassword): Promise<void> => {
  const me = await ctx.read.user.get({
    where: { id: ctx.actor.userId, active: true },
    select: { id: true, email: true, passwordHash: true, signInMethod: true },
  });
  if (me.signInMethod === "SSO") throw new DomainRuleError("account.errors.noPassword");
  if (!(await verifyPassword(me.passwordHash, input.currentPassword)))
    throw new DomainRuleError("account.errors.wrongCurrent", "currentPassword");
  const problem = passwordPolicyProblem(input.password, me.email);
  if (problem) throw new DomainRuleError(problem, "password");
  await ctx.tx.user.update({
    where: { id: me.id },
    data: { passwordHash: await hashPassword(input.password), passwordChangedAt: ctx.now, version: { increment: 1 } },
    select: { id: true },
  });
  await ctx.tx.userSession.updateMany({
    where: { userId: me.id, revokedAt: null, id: { not: ctx.actor.sessionId } },
    data: { revokedAt: ctx.now },
  });
  await ctx.history.record({
    recordType: "User",
    recordId: me.id,
    action: "PASSWORD_SET",
    changes: { password: { from: null, to: "changed" } },
  });
  await ctx.audit.updated({ recordType: "User", recordId: me.id, details: { passwordChanged: true } });
});
