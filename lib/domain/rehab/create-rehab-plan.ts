// A therapist creates a rehab plan (genoptræningsforløb), either for a started referral or for a
// hospital rehab plan (genoptræningsplan) received on a date. In the latter case the citizen is
// found by CPR number among the citizens the health center works with (policy citizenScope).
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { can, citizenScope, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { cprBlindIndex } from "@/lib/crypto/cpr";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import type { TCreateRehabPlan } from "@/lib/validation/rehab";
import { lockRecord } from "./shared";

export async function createRehabPlan(actor: Actor, input: TCreateRehabPlan, now = new Date()): Promise<{ id: string }> {
  if (!can(actor, "rehab.edit") || !actor.departmentId) throw new NotFoundError("rehabPlan");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let citizenId: string;
    let referralId: string | null = null;
    if (input.source === "REFERRAL") {
      const referral = await tx.referral.findFirst({
        where: { AND: [referralScope(actor, "read"), { id: input.referralId ?? "" }] },
        select: { id: true, status: true, citizenId: true },
      });
      if (!referral) throw new NotFoundError("referral");
      await lockRecord(tx, "referral-plan", referral.id);
      if (referral.status !== "STARTED") throw new DomainRuleError("rehab.errors.referralNotStarted", "referralId");
      const existing = await tx.rehabPlan.findFirst({ where: { referralId: referral.id, voidedAt: null }, select: { id: true } });
      if (existing) throw new DomainRuleError("rehab.errors.planExistsForReferral", "referralId");
      citizenId = referral.citizenId;
      referralId = referral.id;
    } else {
      if (input.hospitalPlanReceivedOn && input.hospitalPlanReceivedOn.getTime() > today(now).getTime()) {
        throw new DomainRuleError("errors.dateInFuture", "hospitalPlanReceivedOn");
      }
      const citizen = await tx.citizen.findFirst({
        where: { AND: [citizenScope(actor, "read"), { cprIndex: cprBlindIndex(input.cpr ?? "") }] },
        select: { id: true },
      });
      if (!citizen) throw new DomainRuleError("rehab.errors.citizenNotFound", "cpr");
      citizenId = citizen.id;
    }
    const plan = await tx.rehabPlan.create({
      data: {
        organisationId: actor.organisationId,
        departmentId: actor.departmentId!,
        citizenId,
        referralId,
        therapistId: actor.userId,
        condition: input.condition,
        bodyRegion: input.bodyRegion,
        standardPackage: input.standardPackage,
        hospitalPlanReceivedOn: input.source === "HOSPITAL_PLAN" ? input.hospitalPlanReceivedOn : null,
        startOn: input.startOn,
        endOn: input.endOn,
      },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "RehabPlan",
      recordId: plan.id,
      version: 1,
      action: "CREATE",
      changes: creationValues({
        condition: input.condition,
        bodyRegion: input.bodyRegion,
        standardPackage: input.standardPackage,
        startOn: historyValue(input.startOn, "day"),
        endOn: historyValue(input.endOn, "day"),
        hospitalPlanReceivedOn: input.source === "HOSPITAL_PLAN" ? historyValue(input.hospitalPlanReceivedOn, "day") : null,
        referralId,
      }),
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "RehabPlan",
      recordId: plan.id,
      citizenId,
      details: { source: input.source },
    });
    return plan;
  });
}
