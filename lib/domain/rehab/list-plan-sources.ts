// Started referrals of the therapist's department that have no rehab plan yet: the sources a new
// plan can be created from (besides a hospital rehab plan). Referrals assigned to the actor first.
import type { Actor } from "@/lib/auth/policy";
import { can, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";

export type StartedReferralOption = {
  id: string;
  citizenName: string;
  programmeName: string;
  startedAt: Date | null;
  assignedToMe: boolean;
  conditionTags: string[];
};

export async function listStartedReferralsWithoutPlan(actor: Actor): Promise<StartedReferralOption[]> {
  if (!can(actor, "rehab.edit")) throw new NotFoundError("referral");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.referral.findMany({
      where: { AND: [referralScope(actor, "read"), { status: "STARTED", rehabPlans: { none: { voidedAt: null } } }] },
      orderBy: [{ startedAt: "desc" }],
      take: 200,
      select: {
        id: true,
        citizenId: true,
        startedAt: true,
        assignedTherapistId: true,
        conditionTags: true,
        citizen: { select: { firstName: true, lastName: true } },
        programme: { select: { name: true } },
      },
    });
    await logAccess(
      tx,
      actor,
      rows.map((r) => ({
        action: "VIEW" as const,
        recordType: "Referral",
        recordId: r.id,
        citizenId: r.citizenId,
        details: { view: "rehab-plan-sources" },
      })),
    );
    return rows
      .map((r) => ({
        id: r.id,
        citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
        programmeName: r.programme.name,
        startedAt: r.startedAt,
        assignedToMe: r.assignedTherapistId === actor.userId,
        conditionTags: r.conditionTags,
      }))
      .sort((a, b) => Number(b.assignedToMe) - Number(a.assignedToMe));
  });
}
