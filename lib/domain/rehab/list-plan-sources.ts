// Started referrals of the therapist's department that have no rehab plan yet: the sources a new
// plan can be created from (besides a hospital rehab plan). Referrals assigned to the actor first.
import { defineUseCase } from "@/lib/domain/run-use-case";

export type StartedReferralOption = {
  id: string;
  citizenName: string;
  programmeName: string;
  startedAt: Date | null;
  assignedToMe: boolean;
  conditionTags: string[];
};

/**
 * Started referrals (at most 200) to the therapist's department's programmes without a live rehab
 * plan, newest start first, the actor's own assignments first. One VIEW row per referral listed.
 * @throws NotFoundError when the actor is not a therapist (capability rehab.edit).
 */
export const listStartedReferralsWithoutPlan = defineUseCase(
  { capability: "rehab.edit", notFound: "referral" },
  async (ctx): Promise<StartedReferralOption[]> => {
    const rows = await ctx.read.referral.findMany({
      where: { status: "STARTED", rehabPlans: { none: { voidedAt: null } } },
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
    await ctx.audit.viewed(
      rows.map((r) => ({ recordType: "Referral", recordId: r.id, citizenId: r.citizenId, details: { view: "rehab-plan-sources" } })),
    );
    return rows
      .map((r) => ({
        id: r.id,
        citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
        programmeName: r.programme.name,
        startedAt: r.startedAt,
        assignedToMe: r.assignedTherapistId === ctx.actor.userId,
        conditionTags: r.conditionTags,
      }))
      .sort((a, b) => Number(b.assignedToMe) - Number(a.assignedToMe));
  },
);
