// The visitator assigns a therapist of the programme's health-center department to an open
// referral. Recorded as a correction (RecordVersion, recordType "Referral") and logged.
import { assignableTherapistScope } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { OPEN_STATUSES } from "@/lib/referrals/transitions";
import type { TAssignTherapist } from "@/lib/validation/referrals";
import { referralForWriteSelect } from "./referral-for-write";

/**
 * Assigns an active therapist of the programme's department (policy assignableTherapistScope);
 * history "ASSIGN". Assigning the therapist already assigned changes nothing.
 * @returns the referral id and its version afterwards.
 * @throws NotFoundError when the referral is missing or outside the actor's write scope.
 * @throws DomainRuleError "referrals.errors.referralClosed" | "referrals.errors.therapistNotAvailable" (field therapistId);
 *   ConflictError when the referral changed since the form was loaded.
 */
export const assignTherapist = defineUseCase(
  { capability: "referral.triage", notFound: "referral" },
  async (ctx, input: TAssignTherapist): Promise<{ id: string; version: number }> => {
    const r = await ctx.write.referral.get({ where: { id: input.referralId }, select: referralForWriteSelect });
    ctx.expectVersion(r, input.version);
    if (!OPEN_STATUSES.includes(r.status)) throw new DomainRuleError("referrals.errors.referralClosed");
    const therapist = await ctx.read.user.findFirst({
      where: { AND: [assignableTherapistScope(ctx.actor, r.programme.departmentId), { id: input.therapistId }] },
      select: { id: true },
    });
    if (!therapist) throw new DomainRuleError("referrals.errors.therapistNotAvailable", "therapistId");
    if (r.assignedTherapistId === therapist.id) return { id: r.id, version: r.version };
    return ctx.saveChange("referral", r, {
      version: input.version,
      data: { assignedTherapistId: therapist.id },
      history: { action: "ASSIGN", changes: { assignedTherapistId: { from: r.assignedTherapistId, to: therapist.id } } },
      audit: { citizenId: r.citizenId, details: { assignedTherapistId: therapist.id } },
    });
  },
);
