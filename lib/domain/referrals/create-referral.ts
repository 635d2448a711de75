// A caseworker refers the citizen of an OPEN case in their department to an active programme by
// answering its checklist. A required item answered NO blocks, unless an override justification
// is written (stored with the referral). The criterion texts are snapshotted into `answers`.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainRuleError, ValidationError } from "@/lib/domain/errors";
import { evaluateEligibility, MIN_OVERRIDE_LENGTH, snapshotAnswers } from "@/lib/referrals/eligibility";
import { defaultConditionTags } from "@/lib/referrals/match-therapists";
import { OPEN_STATUSES } from "@/lib/referrals/transitions";
import type { TCreateReferral } from "@/lib/validation/referrals";
import { currentCriteriaSelect } from "@/lib/domain/programmes/history";

/**
 * Creates a SUBMITTED referral with its first event; the checklist answers are judged by
 * evaluateEligibility (SPEC journey 1, referral). One open referral per case and programme.
 * @throws NotFoundError when the case or programme is missing or outside the caseworker's scope.
 * @throws DomainRuleError "referrals.errors.caseClosed" | "referrals.errors.programmeInactive" |
 *   "referrals.errors.checklistChanged" | "referrals.errors.alreadyReferred"; ValidationError per unanswered or blocking item.
 */
export const createReferral = defineUseCase(
  { capability: "referral.create", notFound: "referral" },
  async (ctx, input: TCreateReferral) => {
    const c = await ctx.write.sickLeaveCase.get({
      where: { id: input.caseId },
      select: { id: true, status: true, citizenId: true, diagnosisDetail: true },
    });
    if (c.status === "CLOSED") throw new DomainRuleError("referrals.errors.caseClosed");
    const p = await ctx.read.programme.get({
      where: { id: input.programmeId },
      select: {
        id: true,
        active: true,
        conditionTags: true,
        criteria: currentCriteriaSelect,
      },
    });
    if (!p.active) throw new DomainRuleError("referrals.errors.programmeInactive", "programmeId");

    // The answered checklist must be the programme's current one (it may have changed since the form loaded).
    const current = new Set(p.criteria.map((x) => x.id));
    if (input.criterionIds.length !== current.size || input.criterionIds.some((id) => !current.has(id))) {
      throw new DomainRuleError("referrals.errors.checklistChanged");
    }
    const verdict = evaluateEligibility(p.criteria, input.answers, input.overrideJustification);
    if (!verdict.canSubmit) {
      const fieldErrors: Record<string, string[]> = {};
      for (const id of verdict.unanswered) fieldErrors[`answers.${id}`] = ["referrals.errors.answerRequired"];
      for (const id of verdict.blocking) fieldErrors[`answers.${id}`] = ["referrals.errors.requiredNo"];
      if (verdict.blocking.length) {
        fieldErrors.overrideJustification = [
          input.overrideJustification ? "referrals.errors.overrideTooShort" : "referrals.errors.overrideNeeded",
        ];
      }
      throw new ValidationError(fieldErrors);
    }

    // Serialise referrals of one case, so that two submissions cannot both pass the duplicate check.
    await ctx.lock("referral-case", c.id);
    const duplicate = await ctx.read.referral.findFirst({
      where: { caseId: c.id, programmeId: p.id, status: { in: [...OPEN_STATUSES] } },
      select: { id: true },
    });
    if (duplicate) throw new DomainRuleError("referrals.errors.alreadyReferred", "programmeId");
    const r = await ctx.tx.referral.create({
      data: {
        organisationId: ctx.actor.organisationId,
        caseId: c.id,
        citizenId: c.citizenId,
        programmeId: p.id,
        referredById: ctx.actor.userId,
        reason: input.reason,
        answers: snapshotAnswers(p.criteria, input.answers) as Prisma.InputJsonValue,
        // Kept only when it lifted a blocking item; the minimum length is part of that rule.
        overrideJustification:
          verdict.overridden && (input.overrideJustification ?? "").length >= MIN_OVERRIDE_LENGTH ? input.overrideJustification : null,
        conditionTags: defaultConditionTags(p.conditionTags, c.diagnosisDetail),
        status: "SUBMITTED",
        submittedAt: ctx.now,
        events: { create: { fromStatus: null, toStatus: "SUBMITTED", byId: ctx.actor.userId, at: ctx.now } },
      },
      select: { id: true },
    });
    await ctx.audit.created({
      recordType: "Referral",
      recordId: r.id,
      citizenId: c.citizenId,
      details: { programmeId: p.id, caseId: c.id, outcome: verdict.outcome },
    });
    return { id: r.id };
  },
);
