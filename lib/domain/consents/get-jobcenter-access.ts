// What the health center may open of the jobcenter's records from a rehab plan or a referral
// (issue 9 "Read-only views"): the consent it would read under, and the case to open. Used for the
// links on those pages; the case view itself is decided again by the policy in its own query.
import { lastStopped, type StoppedConsent } from "@/lib/consents/validity";
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { ShownUnder } from "@/lib/domain/audit-writer";

export type JobcenterAccessInput = { planId: string } | { referralId: string };

export type JobcenterAccess = { citizenId: string; caseId: string | null; consent: ShownUnder | null; stopped: StoppedConsent | null };

/**
 * From a rehab plan (its referral's case) or a referral (its case), loaded through the actor's
 * scope: the citizen, the case, and the consent the actor would read the jobcenter's case under
 * (null: "no consent registered"). With none in force, `stopped` is the JOBCENTER_TO_HEALTH consent that
 * stopped last (revoked or ended, with when; null when there never was one), so the page says
 * "Samtykket er tilbagekaldt <dato>" rather than "no consent registered" (walk10, as fix16 item 3 on the
 * jobcenter's side). Reading the consent shown is logged.
 * @throws NotFoundError when the plan or referral is missing or outside the actor's scope.
 */
export const getJobcenterAccess = defineUseCase({}, async (ctx, input: JobcenterAccessInput): Promise<JobcenterAccess> => {
  const source =
    "planId" in input
      ? await ctx.read.rehabPlan
          .get({ where: { id: input.planId }, select: { citizenId: true, referral: { select: { caseId: true } } } })
          .then((p) => ({ citizenId: p.citizenId, caseId: p.referral?.caseId ?? null }))
      : await ctx.read.referral.get({ where: { id: input.referralId }, select: { citizenId: true, caseId: true } });
  const consent = await ctx.audit.shownUnder(source.citizenId);
  if (consent) {
    await ctx.audit.viewed({ recordType: "Consent", recordId: consent.id, citizenId: source.citizenId });
    return { ...source, consent, stopped: null };
  }
  // The consent is the citizen's record, readable by both departments (as on the consent page).
  const earlier = await ctx.read.consent.findMany({
    where: { citizenId: source.citizenId, jobcenterToHealth: true },
    select: { id: true, validFrom: true, validUntil: true, revokedAt: true },
  });
  const stopped = lastStopped(earlier, ctx.now);
  if (stopped) await ctx.audit.viewed({ recordType: "Consent", recordId: stopped.consentId, citizenId: source.citizenId });
  return { ...source, consent: null, stopped };
});
