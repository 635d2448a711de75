// The consent under which a cross-department view is shown (issue 9: "each view is marked as the
// other department's record, with the consent it is shown under"). The runner's access log picks
// the same consent (the newest in force in the reader's direction), so page and log agree.
import { otherSideReadableWhere, readConsentWhere } from "@/lib/auth/policy";
import type { UseCaseContext } from "@/lib/domain/run-use-case";

export type ShownUnder = { id: string; purpose: string | null; validFrom: Date; validUntil: Date | null };

/**
 * The consent in force at `ctx.now` under which `ctx.actor` reads the other department's records of
 * `citizenId`, or null when the actor may not read them at all (no consent in that direction, no
 * working relationship, or for a coordinator no meeting window): the page then says only that no
 * consent is registered, and the records themselves are out of scope anyway.
 */
export async function consentShownUnder(ctx: UseCaseContext, citizenId: string): Promise<ShownUnder | null> {
  const where = readConsentWhere(ctx.actor, [citizenId], ctx.now);
  if (!where) return null;
  const readable = await ctx.read.citizen.count({ where: { AND: [{ id: citizenId }, otherSideReadableWhere(ctx.actor, ctx.now)] } });
  if (readable === 0) return null;
  return ctx.read.consent.findFirst({
    where,
    orderBy: { validFrom: "desc" },
    select: { id: true, purpose: true, validFrom: true, validUntil: true },
  });
}
