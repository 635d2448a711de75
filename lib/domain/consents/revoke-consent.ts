// Revokes a consent: one action from the same place it was given, with an optional reason
// (SPEC §2–3, issue 9). It takes effect on the other department's next request: access is decided
// in the query on every request, nothing caches a consent (docs/decisions/0010).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import { consentState } from "@/lib/consents/validity";
import type { TRevokeConsent } from "@/lib/validation/consents";

/**
 * Revokes the consent `consentId` of `citizenId`, based on the version the page showed.
 * @returns the consent's new version.
 * @throws NotFoundError when the actor may not record consent, or the consent is missing, of
 *   another citizen or outside the actor's scope (another organisation, a citizen they do not see).
 * @throws DomainRuleError "consents.errors.alreadyRevoked" | "consents.errors.alreadyEnded";
 *   ConflictError when the consent changed since the page was loaded (nothing is written).
 */
export const revokeConsent = defineUseCase(
  { capability: "consent.record", notFound: "consent" },
  async (ctx, data: TRevokeConsent): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.consent.get({
      where: { id: data.consentId, citizenId: data.citizenId },
      select: { id: true, citizenId: true, validFrom: true, validUntil: true, revokedAt: true },
    });
    await ctx.lock("consent", c.citizenId);
    const state = consentState(c, ctx.now);
    if (state === "REVOKED") throw new DomainRuleError("consents.errors.alreadyRevoked");
    if (state === "ENDED") throw new DomainRuleError("consents.errors.alreadyEnded");
    return ctx.saveChange("consent", c, {
      version: data.version,
      data: { revokedAt: ctx.now, revokedById: ctx.actor.userId, revokeReason: data.reason },
      history: { action: "REVOKE", changes: { revokedAt: { from: null, to: historyValue(ctx.now, "instant") } }, reason: data.reason },
      audit: { citizenId: c.citizenId, details: { revoked: true } },
    });
  },
);
