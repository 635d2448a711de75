// One rehab plan with goals, guide, home programme, adherence and progress notes, for the
// health center. The jobcenter reads rehab plans through the case tab only (goals and progress,
// list-case-rehab-plans.ts), so a cross-department actor does not find the full plan here.
import { can, isCrossDepartment } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { NotFoundError } from "@/lib/domain/errors";
import { adherenceSummary } from "@/lib/rehab/adherence";
import { readFirstConversation } from "@/lib/rehab/catalogue";
import { MAX_ACTIVE_EXERCISES } from "@/lib/rehab/home-programme";
import { staffNames } from "@/lib/domain/users/staff-names";

/**
 * The plan page's data: facts, goals, guide, active and removed exercises (with versions for the
 * forms), adherence (entries and rates over the last 14 days and since the start, on Danish today),
 * progress notes with authors. Occupation and employer come from the jobcenter's register and are
 * returned (and logged as a cross-department read with the consent) only while the citizen's
 * JOBCENTER_TO_HEALTH consent is active.
 * @throws NotFoundError when the plan is missing, voided or outside the actor's read scope, or the actor is not in a health center.
 */
export const getRehabPlan = defineUseCase({}, async (ctx, planId: string) => {
  if (isCrossDepartment(ctx.actor, "HEALTH_CENTER")) throw new NotFoundError("rehabPlan");
  const day = ctx.today;
  const p = await ctx.read.rehabPlan.get({
    where: { id: planId },
    select: {
      id: true,
      citizenId: true,
      therapistId: true,
      condition: true,
      bodyRegion: true,
      standardPackage: true,
      hospitalPlanReceivedOn: true,
      startOn: true,
      endOn: true,
      firstConversation: true,
      version: true,
      citizen: { select: { firstName: true, lastName: true, occupation: true, employerName: true } },
      referral: { select: { id: true, caseId: true, programme: { select: { name: true } }, case: { select: { status: true } } } },
      goals: {
        where: { voidedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, text: true, baseline: true, target: true, achievedOn: true, version: true },
      },
      exercises: {
        orderBy: { position: "asc" },
        select: { id: true, description: true, repetitions: true, frequency: true, removedAt: true, version: true },
      },
      adherence: { orderBy: { date: "desc" }, select: { id: true, date: true, done: true, note: true, version: true } },
      progressNotes: {
        where: { voidedAt: null },
        orderBy: [{ writtenOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          writtenOn: true,
          text: true,
          selfRatedHealth: true,
          pain: true,
          workAbility: true,
          authorId: true,
          version: true,
        },
      },
    },
  });
  const names = await staffNames(ctx, [p.therapistId, ...p.progressNotes.map((n) => n.authorId)]);
  const consented = (await ctx.audit.consentFor(p.citizenId)) !== null;
  await ctx.audit.viewed([
    { recordType: "RehabPlan", recordId: p.id, citizenId: p.citizenId },
    ...(consented
      ? [
          {
            recordType: "Citizen",
            recordId: p.citizenId,
            citizenId: p.citizenId,
            owner: "JOBCENTER" as const,
            details: { fields: ["occupation", "employerName"] },
          },
        ]
      : []),
  ]);
  const active = p.exercises.filter((e) => e.removedAt === null);
  return {
    id: p.id,
    version: p.version,
    citizenName: `${p.citizen.firstName} ${p.citizen.lastName}`,
    occupation: consented ? p.citizen.occupation : null,
    employerName: consented ? p.citizen.employerName : null,
    therapistName: names.get(p.therapistId) ?? "—",
    condition: p.condition,
    bodyRegion: p.bodyRegion,
    standardPackage: p.standardPackage,
    hospitalPlanReceivedOn: p.hospitalPlanReceivedOn,
    startOn: p.startOn,
    endOn: p.endOn,
    referral: p.referral
      ? {
          id: p.referral.id,
          caseId: p.referral.caseId,
          programmeName: p.referral.programme.name,
          /** The jobcenter closed the referring case (issue 8 item 6). */
          caseClosed: p.referral.case.status === "CLOSED",
        }
      : null,
    firstConversation: readFirstConversation(p.firstConversation),
    goals: p.goals,
    exercises: active,
    removedExercises: p.exercises.filter((e) => e.removedAt !== null),
    maxExercises: MAX_ACTIVE_EXERCISES,
    adherence: p.adherence,
    adherenceLast14: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: day, lastNDays: 14 }),
    adherenceSinceStart: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: day }),
    progressNotes: p.progressNotes.map((n) => ({ ...n, authorName: names.get(n.authorId) ?? "—" })),
    canEdit: can(ctx.actor, "rehab.edit"),
  };
});

export type RehabPlanDetail = Awaited<ReturnType<typeof getRehabPlan>>;
