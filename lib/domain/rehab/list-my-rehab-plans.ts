// The therapist's own rehab plans (not voided), newest start first. Each listed citizen is logged.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { addDays } from "@/lib/time";
import { adherenceSummary } from "@/lib/rehab/adherence";

export type MyRehabPlanRow = {
  id: string;
  citizenName: string;
  condition: string;
  bodyRegion: string;
  standardPackage: string | null;
  startOn: Date;
  endOn: Date | null;
  fromReferral: boolean;
  goals: number;
  goalsAchieved: number;
  activeExercises: number;
  adherenceRate: number | null;
  lastNoteOn: Date | null;
};

/**
 * The therapist's own plans (at most 300): facts, goal counts, active exercises, adherence over the
 * last 14 days on Danish today, the last note's day. One VIEW row per plan listed.
 * @throws NotFoundError when the actor is not a therapist (capability rehab.edit).
 */
export const listMyRehabPlans = defineUseCase(
  { capability: "rehab.edit", notFound: "rehabPlan" },
  async (ctx): Promise<MyRehabPlanRow[]> => {
    const day = ctx.today;
    const plans = await ctx.read.rehabPlan.findMany({
      where: { therapistId: ctx.actor.userId },
      orderBy: [{ startOn: "desc" }, { createdAt: "desc" }],
      take: 300,
      select: {
        id: true,
        citizenId: true,
        condition: true,
        bodyRegion: true,
        standardPackage: true,
        startOn: true,
        endOn: true,
        referralId: true,
        citizen: { select: { firstName: true, lastName: true } },
        goals: { where: { voidedAt: null }, select: { achievedOn: true } },
        exercises: { where: { removedAt: null }, select: { id: true } },
        adherence: { where: { date: { gte: addDays(day, -13) } }, select: { date: true, done: true } },
        progressNotes: { where: { voidedAt: null }, orderBy: { writtenOn: "desc" }, take: 1, select: { writtenOn: true } },
      },
    });
    await ctx.audit.viewed(
      plans.map((p) => ({ recordType: "RehabPlan", recordId: p.id, citizenId: p.citizenId, details: { view: "list" } })),
    );
    return plans.map((p) => ({
      id: p.id,
      citizenName: `${p.citizen.firstName} ${p.citizen.lastName}`,
      condition: p.condition,
      bodyRegion: p.bodyRegion,
      standardPackage: p.standardPackage,
      startOn: p.startOn,
      endOn: p.endOn,
      fromReferral: p.referralId !== null,
      goals: p.goals.length,
      goalsAchieved: p.goals.filter((g) => g.achievedOn).length,
      activeExercises: p.exercises.length,
      adherenceRate: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: day, lastNDays: 14 }).rate,
      lastNoteOn: p.progressNotes[0]?.writtenOn ?? null,
    }));
  },
);
