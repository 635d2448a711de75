// The consent under which a cross-department view is shown (issue 9: "each view is marked as the
// other department's record, with the consent it is shown under"). The runner's access log picks
// the same consent (the newest in force in the reader's direction), so page and log agree.
import { readConsentWhere } from "@/lib/auth/policy";
import type { UseCaseContext } from "@/lib/domain/run-use-case";

export type ShownUnder = { id: string; purpose: string | null; validFrom: Date; validUntil: Date | null };

/**
 * The consent in force at `ctx.now` that lets `ctx.actor` read the other department's records of
 * `citizenId`, or null (then the other side's records are out of scope: "no consent registered").
 */
export async function consentShownUnder(ctx: UseCaseContext, citizenId: string): Promise<ShownUnder | null> {
  const where = readConsentWhere(ctx.actor, [citizenId], ctx.now);
  if (!where) return null;
  return ctx.read.consent.findFirst({
    where,
    orderBy: { validFrom: "desc" },
    select: { id: true, purpose: true, validFrom: true, validUntil: true },
  });
}
