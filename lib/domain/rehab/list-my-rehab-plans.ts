// The therapist's own rehab plans (not voided), newest start first. Each listed citizen is logged.
import type { Actor } from "@/lib/auth/policy";
import { can, rehabPlanScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { NotFoundError } from "@/lib/domain/errors";
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

export async function listMyRehabPlans(actor: Actor, now = new Date()): Promise<MyRehabPlanRow[]> {
  if (!can(actor, "rehab.edit")) throw new NotFoundError("rehabPlan");
  const db = await getDb();
  const day = today(now);
  return db.$transaction(async (tx) => {
    const plans = await tx.rehabPlan.findMany({
      where: { AND: [rehabPlanScope(actor, "read", now), { therapistId: actor.userId }] },
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
        adherence: { where: { date: { gte: new Date(day.getTime() - 13 * 86_400_000) } }, select: { date: true, done: true } },
        progressNotes: { where: { voidedAt: null }, orderBy: { writtenOn: "desc" }, take: 1, select: { writtenOn: true } },
      },
    });
    await logAccess(
      tx,
      actor,
      plans.map((p) => ({
        action: "VIEW" as const,
        recordType: "RehabPlan",
        recordId: p.id,
        citizenId: p.citizenId,
        details: { view: "list" },
      })),
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
  });
}
