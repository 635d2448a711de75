// The visitator assigns a therapist of the programme's health-center department to an open
// referral. Recorded as a correction (RecordVersion, recordType "Referral") and logged.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { can, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { OPEN_STATUSES } from "@/lib/referrals/transitions";
import type { TAssignTherapist } from "@/lib/validation/referrals";
import { REFERRAL_RECORD_TYPE } from "./shared";

export async function assignTherapist(actor: Actor, input: TAssignTherapist): Promise<{ id: string; version: number }> {
  if (!can(actor, "referral.triage")) throw new NotFoundError("referral");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const r = await tx.referral.findFirst({
      where: { AND: [referralScope(actor, "write"), { id: input.referralId }] },
      select: {
        id: true,
        status: true,
        version: true,
        citizenId: true,
        assignedTherapistId: true,
        programme: { select: { departmentId: true } },
      },
    });
    if (!r) throw new NotFoundError("referral");
    if (r.version !== input.version) throw new DomainRuleError("errors.conflict");
    if (!OPEN_STATUSES.includes(r.status)) throw new DomainRuleError("referrals.errors.referralClosed");
    const therapist = await tx.user.findFirst({
      where: {
        id: input.therapistId,
        organisationId: actor.organisationId,
        departmentId: r.programme.departmentId,
        role: "THERAPIST",
        active: true,
      },
      select: { id: true },
    });
    if (!therapist) throw new DomainRuleError("referrals.errors.therapistNotAvailable", "therapistId");
    if (r.assignedTherapistId === therapist.id) return { id: r.id, version: r.version };

    const updated = await tx.referral.updateMany({
      where: { id: r.id, version: r.version },
      data: { assignedTherapistId: therapist.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainRuleError("errors.conflict");
    await recordVersion(tx, actor, {
      recordType: "Referral",
      recordId: r.id,
      version: r.version + 1,
      action: "ASSIGN",
      changes: { assignedTherapistId: { from: r.assignedTherapistId, to: therapist.id } },
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: REFERRAL_RECORD_TYPE,
      recordId: r.id,
      citizenId: r.citizenId,
      details: { assignedTherapistId: therapist.id },
    });
    return { id: r.id, version: r.version + 1 };
  });
}
