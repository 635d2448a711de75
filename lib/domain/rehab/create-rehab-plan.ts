// A therapist creates a rehab plan (genoptræningsforløb), either for a started referral or for a
// hospital rehab plan (genoptræningsplan) received on a date. In the latter case the citizen is
// found by CPR number among the citizens the health center works with (policy citizenScope).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { cprBlindIndex } from "@/lib/crypto/cpr";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import type { TCreateRehabPlan } from "@/lib/validation/rehab";

/**
 * Creates a plan in the therapist's department with the therapist as its therapist; history "CREATE".
 * One plan per referral: referrals are locked while checked.
 * @throws NotFoundError when the referral is missing or outside the actor's scope (or the actor is no therapist).
 * @throws DomainRuleError "rehab.errors.referralNotStarted" | "rehab.errors.planExistsForReferral" (field referralId),
 *   "errors.dateInFuture" (hospitalPlanReceivedOn), "rehab.errors.citizenNotFound" (cpr).
 */
export const createRehabPlan = defineUseCase({ capability: "rehab.edit", notFound: "rehabPlan" }, async (ctx, input: TCreateRehabPlan) => {
  let citizenId: string;
  let referralId: string | null = null;
  if (input.source === "REFERRAL") {
    const referral = await ctx.read.referral.get({
      where: { id: input.referralId ?? "" },
      select: { id: true, status: true, citizenId: true },
    });
    await ctx.lock("referral-plan", referral.id);
    if (referral.status !== "STARTED") throw new DomainRuleError("rehab.errors.referralNotStarted", "referralId");
    // One plan per referral, whoever's: checked on the referral (loaded through the scope above).
    const existing = await ctx.tx.rehabPlan.findFirst({ where: { referralId: referral.id, voidedAt: null }, select: { id: true } });
    if (existing) throw new DomainRuleError("rehab.errors.planExistsForReferral", "referralId");
    citizenId = referral.citizenId;
    referralId = referral.id;
  } else {
    if (input.hospitalPlanReceivedOn && input.hospitalPlanReceivedOn.getTime() > ctx.today.getTime()) {
      throw new DomainRuleError("errors.dateInFuture", "hospitalPlanReceivedOn");
    }
    const citizen = await ctx.read.citizen.findFirst({ where: { cprIndex: cprBlindIndex(input.cpr ?? "") }, select: { id: true } });
    if (!citizen) throw new DomainRuleError("rehab.errors.citizenNotFound", "cpr");
    citizenId = citizen.id;
  }
  const plan = await ctx.tx.rehabPlan.create({
    data: {
      organisationId: ctx.actor.organisationId,
      departmentId: ctx.actor.departmentId!,
      citizenId,
      referralId,
      therapistId: ctx.actor.userId,
      condition: input.condition,
      bodyRegion: input.bodyRegion,
      standardPackage: input.standardPackage,
      hospitalPlanReceivedOn: input.source === "HOSPITAL_PLAN" ? input.hospitalPlanReceivedOn : null,
      startOn: input.startOn,
      endOn: input.endOn,
    },
    select: { id: true },
  });
  await ctx.recordCreated("rehabPlan", plan, {
    values: {
      condition: input.condition,
      bodyRegion: input.bodyRegion,
      standardPackage: input.standardPackage,
      startOn: historyValue(input.startOn, "day"),
      endOn: historyValue(input.endOn, "day"),
      hospitalPlanReceivedOn: input.source === "HOSPITAL_PLAN" ? historyValue(input.hospitalPlanReceivedOn, "day") : null,
      referralId,
    },
    audit: { citizenId, details: { source: input.source } },
  });
  return plan;
});
