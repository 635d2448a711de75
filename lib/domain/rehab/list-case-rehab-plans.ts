// The case tab "Genoptræning": the citizen's rehab plans, read-only, goals and progress only.
// For jobcenter staff this is a cross-department read: it needs the citizen's active
// HEALTH_TO_JOBCENTER consent (policy rehabPlanScope) and every plan read is logged with it.
// Without consent nothing of the health center is read and the page says that consent is missing.
import { isCrossDepartment } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { adherenceSummary } from "@/lib/rehab/adherence";
import { activeGoalsSelect, activeNotesOldestFirst, planFacts, planFactsSelect } from "./read-only-plans";
import { staffNames } from "@/lib/domain/users/staff-names";

export type CaseRehabPlan = {
  id: string;
  condition: string;
  bodyRegion: string;
  standardPackage: string | null;
  startOn: Date;
  endOn: Date | null;
  therapistName: string;
  goals: { id: string; text: string; baseline: string; target: string; achievedOn: Date | null }[];
  progress: { id: string; writtenOn: Date; selfRatedHealth: number; pain: number; workAbility: number }[];
  adherenceRate: number | null;
};

export type CaseRehabView =
  { consentMissing: true; plans: [] } | { consentMissing: false; crossDepartment: boolean; plans: CaseRehabPlan[] };

/**
 * The rehab plans of the case's citizen: facts, goals, progress scores (no note texts, no guide)
 * and the adherence rate since the start on Danish today. Each plan read is logged; for the
 * jobcenter as a cross-department read with the consent.
 * @returns consentMissing when a cross-department reader has no active consent (nothing read or logged).
 * @throws NotFoundError when the case is missing or outside the actor's read scope.
 */
export const listCaseRehabPlans = defineUseCase({}, async (ctx, caseId: string): Promise<CaseRehabView> => {
  const c = await ctx.read.sickLeaveCase.get({ where: { id: caseId }, select: { id: true, citizenId: true } });
  const cross = isCrossDepartment(ctx.actor, "HEALTH_CENTER");
  if (cross && (await ctx.audit.consentFor(c.citizenId)) === null) return { consentMissing: true, plans: [] };
  const plans = await ctx.read.rehabPlan.findMany({
    where: { citizenId: c.citizenId },
    orderBy: { startOn: "desc" },
    select: {
      ...planFactsSelect,
      goals: activeGoalsSelect,
      progressNotes: {
        ...activeNotesOldestFirst,
        select: { id: true, writtenOn: true, selfRatedHealth: true, pain: true, workAbility: true },
      },
      adherence: { select: { date: true, done: true } },
    },
  });
  const names = await staffNames(
    ctx,
    plans.map((p) => p.therapistId),
  );
  await ctx.audit.viewed(
    plans.map((p) => ({
      recordType: "RehabPlan",
      recordId: p.id,
      citizenId: c.citizenId,
      owner: "HEALTH_CENTER" as const,
      details: { view: "case-tab", caseId: c.id },
    })),
  );
  return {
    consentMissing: false,
    crossDepartment: cross,
    plans: plans.map((p) => ({
      ...planFacts(p, (id) => names.get(id) ?? "—"),
      goals: p.goals,
      progress: p.progressNotes,
      adherenceRate: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: ctx.today }).rate,
    })),
  };
});
