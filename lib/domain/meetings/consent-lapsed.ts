// A named item whose citizen's consent no longer covers both directions while the minutes are open
// (fix15 item 2, ADR 0017 addendum; policy namedItemConsentLapsed): nothing more is written under it
// (minutes, action items) — the coordinator takes it off the agenda.
import { namedItemConsentLapsed } from "@/lib/auth/policy";
import { DomainRuleError } from "@/lib/domain/errors";
import type { UseCaseContext } from "@/lib/domain/run-use-case";

/**
 * Refuses when the item names `citizenId` (not null), the minutes are open and the citizen's consent no
 * longer covers both directions at `ctx.now`. Needs "meeting.run" (reads the consents across departments).
 * @throws DomainRuleError "meetings.errors.consentLapsed".
 */
export async function refuseWhenConsentLapsed(ctx: UseCaseContext, citizenId: string | null, minutesClosedAt: Date | null): Promise<void> {
  if (!citizenId || minutesClosedAt) return;
  const consents = await ctx.system("meeting.run").read.consent.findMany({
    where: { citizenId },
    select: { healthToJobcenter: true, jobcenterToHealth: true, revokedAt: true, validFrom: true, validUntil: true },
  });
  if (namedItemConsentLapsed({ citizenId, minutesClosedAt }, consents, ctx.now)) throw new DomainRuleError("meetings.errors.consentLapsed");
}
