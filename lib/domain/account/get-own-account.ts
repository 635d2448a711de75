// The signed-in user's own account page: who they are and whether they have a password to change.
import type { SignInMethod } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";

/** The actor's name, email, sign-in method and when the password was last set. @throws NotFoundError for a vanished user. */
export const getOwnAccount = defineUseCase(
  {},
  async (ctx): Promise<{ name: string; email: string; signInMethod: SignInMethod; passwordChangedAt: Date | null }> =>
    ctx.read.user.get({
      where: { id: ctx.actor.userId },
      select: { name: true, email: true, signInMethod: true, passwordChangedAt: true },
    }),
);
