// A caseworker refers the citizen of an OPEN case in their department to an active programme by
// answering its checklist. A required item answered NO blocks, unless an override justification
// is written (stored with the referral). The criterion texts are snapshotted into `answers`.
import type { Actor } from "@/lib/auth/policy";
import { can, caseScope, programmeScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { evaluateEligibility, MIN_OVERRIDE_LENGTH, snapshotAnswers } from "@/lib/referrals/eligibility";
import { defaultConditionTags } from "@/lib/referrals/match-therapists";
import { OPEN_STATUSES } from "@/lib/referrals/transitions";
import type { TCreateReferral } from "@/lib/validation/referrals";
import { REFERRAL_RECORD_TYPE } from "./shared";

export async function createReferral(actor: Actor, input: TCreateReferral, now = new Date()): Promise<{ id: string }> {
  if (!can(actor, "referral.create")) throw new NotFoundError("referral");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "write", now), { id: input.caseId }] },
      select: { id: true, status: true, citizenId: true, diagnosisDetail: true },
    });
    if (!c) throw new NotFoundError("case");
    if (c.status === "CLOSED") throw new DomainRuleError("referrals.errors.caseClosed");

    const p = await tx.programme.findFirst({
      where: { AND: [programmeScope(actor, "read"), { id: input.programmeId }] },
      select: {
        id: true,
        active: true,
        conditionTags: true,
        criteria: {
          where: { removedAt: null },
          orderBy: { position: "asc" },
          select: { id: true, text: true, required: true, position: true },
        },
      },
    });
    if (!p) throw new NotFoundError("programme");
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

    const duplicate = await tx.referral.findFirst({
      where: { caseId: c.id, programmeId: p.id, status: { in: [...OPEN_STATUSES] } },
      select: { id: true },
    });
    if (duplicate) throw new DomainRuleError("referrals.errors.alreadyReferred", "programmeId");

    const r = await tx.referral.create({
      data: {
        organisationId: actor.organisationId,
        caseId: c.id,
        citizenId: c.citizenId,
        programmeId: p.id,
        referredById: actor.userId,
        reason: input.reason,
        answers: snapshotAnswers(p.criteria, input.answers) as Prisma.InputJsonValue,
        // Kept only when it lifted a blocking item; the minimum length is part of that rule.
        overrideJustification:
          verdict.overridden && (input.overrideJustification ?? "").length >= MIN_OVERRIDE_LENGTH ? input.overrideJustification : null,
        conditionTags: defaultConditionTags(p.conditionTags, c.diagnosisDetail),
        status: "SUBMITTED",
        submittedAt: now,
        events: { create: { fromStatus: null, toStatus: "SUBMITTED", byId: actor.userId, at: now } },
      },
      select: { id: true },
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: REFERRAL_RECORD_TYPE,
      recordId: r.id,
      citizenId: c.citizenId,
      details: { programmeId: p.id, caseId: c.id, outcome: verdict.outcome },
    });
    return { id: r.id };
  });
}
