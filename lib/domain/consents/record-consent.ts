// Records a citizen's consent to share records between the departments (SPEC §2–3, issue 9).
// Either department records it for a citizen it may see; it is in force from 00:00 Danish time on
// its first day until 00:00 the day after its last day, or — with no last day — until the citizen's
// last open case closes or is voided (end-consents-with-last-case.ts sets the end then). docs/decisions/0010.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import { flagsFor, validFromInstant, validUntilInstant } from "@/lib/consents/validity";
import type { TRecordConsent } from "@/lib/validation/consents";

/**
 * Records a consent for `citizenId` with the actor as recorder.
 * Input: directions (≥ 1; SHARE_WITH_EMPLOYER with `employerDetails`), how it was given, purpose
 * (free text shown wherever the consent is used), first day and optional last day (Danish days).
 * @returns the new consent's id.
 * @throws NotFoundError when the actor may not record consent, or the citizen is missing or outside scope.
 * @throws DomainRuleError "consents.errors.untilInPast" (last day before Danish today) and
 *   "consents.errors.untilRequired" (no last day while the citizen has no open case), both on "validUntil".
 */
export const recordConsent = defineUseCase(
  { capability: "consent.record", notFound: "citizen" },
  async (ctx, data: TRecordConsent): Promise<{ id: string }> => {
    const citizen = await ctx.read.citizen.get({ where: { id: data.citizenId }, select: { id: true } });
    if (data.validUntil && data.validUntil.getTime() < ctx.today.getTime())
      throw new DomainRuleError("consents.errors.untilInPast", "validUntil");
    if (!data.validUntil) {
      // "Until the case ends" needs an open case. The case itself may be outside the actor's scope
      // (a therapist before any consent), so only its existence is read, through the citizen loaded above.
      const openCases = await ctx.tx.sickLeaveCase.count({ where: { citizenId: citizen.id, voidedAt: null, status: { not: "CLOSED" } } });
      if (openCases === 0) throw new DomainRuleError("consents.errors.untilRequired", "validUntil");
    }
    // Serialised with closing the citizen's last case, so a consent recorded meanwhile cannot escape its end.
    await ctx.lock("consent", citizen.id);
    const consent = await ctx.tx.consent.create({
      data: {
        organisationId: ctx.actor.organisationId,
        citizenId: citizen.id,
        ...flagsFor(data.directions),
        employerDetails: data.employerDetails,
        purpose: data.purpose,
        method: data.method,
        recordedById: ctx.actor.userId,
        validFrom: validFromInstant(data.validFrom),
        validUntil: data.validUntil ? validUntilInstant(data.validUntil) : null,
      },
      select: { id: true },
    });
    await ctx.history.record({
      recordType: "Consent",
      recordId: consent.id,
      version: 1,
      action: "CREATE",
      changes: creationValues({
        directions: [...data.directions],
        method: data.method,
        purpose: data.purpose,
        employerDetails: data.employerDetails,
        validFromDay: historyValue(data.validFrom, "day"),
        validThroughDay: historyValue(data.validUntil, "day"),
      }),
    });
    await ctx.audit.created({
      recordType: "Consent",
      recordId: consent.id,
      citizenId: citizen.id,
      details: { directions: data.directions },
    });
    return consent;
  },
);
