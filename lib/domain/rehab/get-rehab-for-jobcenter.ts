// The jobcenter's read-only view of the health center's work for the citizen of one case (SPEC §2,
// issue 9 "Read-only views"): rehab plans, goals with baseline/target/achieved, the home programme
// with its adherence rate, and progress notes with scores. A cross-department read: the policy's
// rehabPlanScope lets the jobcenter see plans only under the citizen's HEALTH_TO_JOBCENTER consent
// (and a live case in the reader's department, or a coordinator's meeting window); every plan shown
// is logged with that consent. Nothing here writes; the health center's write use cases refuse the
// jobcenter (rehabPlanScope "write" is empty for it).
import { isCrossDepartment } from "@/lib/auth/policy";
import { lastStopped } from "@/lib/consents/validity";
import type { Prisma } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { adherenceSummary } from "@/lib/rehab/adherence";
import { activeGoalsSelect, activeNotesOldestFirst, planFacts, planFactsSelect } from "./read-only-plans";
import { staffNames } from "@/lib/domain/users/staff-names";

const planSelect = {
  ...planFactsSelect,
  goals: activeGoalsSelect,
  exercises: {
    where: { removedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, description: true, repetitions: true, frequency: true },
  },
  adherence: { select: { date: true, done: true } },
  progressNotes: {
    ...activeNotesOldestFirst,
    select: { id: true, writtenOn: true, text: true, selfRatedHealth: true, pain: true, workAbility: true, authorId: true },
  },
} satisfies Prisma.RehabPlanSelect;

/**
 * The health center's plans for the citizen of `caseId`, read-only.
 * - `crossDepartment`: the reader is not health-center staff (then `consent` is the consent shown
 *   under, or null: "no consent registered", and `plans` is empty; `stopped` is then the
 *   HEALTH_TO_JOBCENTER consent that stopped last, revoked or ended, or null when there never was one).
 * - Each plan: period, therapist, goals, active home exercises, adherence since start (rate 0–1 or
 *   null before the start) and over the last 14 days, progress notes oldest first (scores: health
 *   1–5, pain 0–10, work ability 0–10) with authors.
 * @throws NotFoundError when the case is missing or outside the actor's read scope.
 */
export const getRehabForJobcenter = defineUseCase({}, async (ctx, caseId: string) => {
  const c = await ctx.read.sickLeaveCase.get({ where: { id: caseId }, select: { id: true, citizenId: true } });
  const crossDepartment = isCrossDepartment(ctx.actor, "HEALTH_CENTER");
  const consent = crossDepartment ? await ctx.audit.shownUnder(c.citizenId) : null;
  if (crossDepartment && !consent) {
    // No consent in force: a revoked (or ended) one is said so, with when (fix16 item 3). The consent
    // is the citizen's record, readable by both departments (as on the consent page); its read is logged.
    const earlier = await ctx.read.consent.findMany({
      where: { citizenId: c.citizenId, healthToJobcenter: true },
      select: { id: true, validFrom: true, validUntil: true, revokedAt: true },
    });
    const stopped = lastStopped(earlier, ctx.now);
    if (stopped) await ctx.audit.viewed({ recordType: "Consent", recordId: stopped.consentId, citizenId: c.citizenId });
    return { caseId: c.id, crossDepartment, consent: null, stopped, plans: [] };
  }
  const plans = await ctx.read.rehabPlan.findMany({ where: { citizenId: c.citizenId }, orderBy: { startOn: "desc" }, select: planSelect });
  const names = await staffNames(
    ctx,
    plans.flatMap((p) => [p.therapistId, ...p.progressNotes.map((n) => n.authorId)]),
  );
  const name = (id: string) => names.get(id) ?? "—";
  const details = { view: "read-only", caseId: c.id };
  await (plans.length
    ? ctx.audit.viewed(
        plans.map((p) => ({ recordType: "RehabPlan", recordId: p.id, citizenId: c.citizenId, owner: "HEALTH_CENTER", details })),
      )
    : ctx.audit.viewed({ recordType: "RehabPlanList", citizenId: c.citizenId, owner: "HEALTH_CENTER", details: { ...details, count: 0 } }));
  return {
    caseId: c.id,
    crossDepartment,
    consent,
    stopped: null,
    plans: plans.map((p) => {
      const window = { startOn: p.startOn, endOn: p.endOn, today: ctx.today };
      return {
        ...planFacts(p, name),
        goals: p.goals,
        exercises: p.exercises,
        adherenceSinceStart: adherenceSummary(p.adherence, window),
        adherenceLast14: adherenceSummary(p.adherence, { ...window, lastNDays: 14 }),
        progressNotes: p.progressNotes.map(({ authorId, ...n }) => ({ ...n, authorName: name(authorId) })),
      };
    }),
  };
});

export type RehabForJobcenter = Awaited<ReturnType<typeof getRehabForJobcenter>>;
