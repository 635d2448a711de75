// One referral for its detail page. Health-center staff see referrals to their department's
// programmes, the jobcenter sees referrals on its department's cases (referralScope). The health
// side gets only what the referral itself needs: the citizen's name and the case's diagnosis
// group — no other case facts. Triage-capable readers also get the therapist ranking.
import { assignableTherapistScope, can } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { freePlaces } from "@/lib/referrals/capacity";
import { readAnswerSnapshot } from "@/lib/referrals/eligibility";
import { rankTherapists, type TherapistMatch } from "@/lib/referrals/match-therapists";
import { allowedActions, OPEN_STATUSES } from "@/lib/referrals/transitions";
import { startedCount, waitlistPositionsFor } from "./queue";
import { staffNames } from "@/lib/domain/users/staff-names";

/**
 * The referral page's data: the referral with its answered checklist (snapshot), events with
 * names, places in use and free, queue position, the rehab plan, and for a triage-capable reader of
 * the receiving department the allowed actions and the therapists ranked by match and load.
 * @throws NotFoundError when the referral is missing or outside the actor's read scope.
 */
export const getReferral = defineUseCase({}, async (ctx, referralId: string) => {
  const r = await ctx.read.referral.get({
    where: { id: referralId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      version: true,
      reason: true,
      answers: true,
      overrideJustification: true,
      conditionTags: true,
      referredById: true,
      assignedTherapistId: true,
      caseId: true,
      citizenId: true,
      submittedAt: true,
      acceptedAt: true,
      waitlistedAt: true,
      rejectedAt: true,
      startedAt: true,
      completedAt: true,
      droppedAt: true,
      returnedAt: true,
      citizen: { select: { firstName: true, lastName: true } },
      case: { select: { diagnosisGroup: true, status: true } },
      programme: { select: { id: true, name: true, capacity: true, departmentId: true, format: true, weeks: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, reason: true, byId: true, at: true },
      },
      rehabPlans: { where: { voidedAt: null }, select: { id: true }, take: 1 },
    },
  });
  const canTriage = can(ctx.actor, "referral.triage") && (await ctx.write.referral.count({ where: { id: r.id } })) === 1;
  const started = await startedCount(ctx, r.programme.id);
  const position = r.status === "WAITLISTED" ? ((await waitlistPositionsFor(ctx, [r.programme.id])).get(r.id) ?? null) : null;

  let therapistMatches: TherapistMatch[] = [];
  if (canTriage && OPEN_STATUSES.includes(r.status)) {
    const therapists = await ctx.read.user.findMany({
      where: assignableTherapistScope(ctx.actor, r.programme.departmentId),
      select: { id: true, name: true, competenceTags: true },
      take: 200,
    });
    // Each therapist's load: open referrals assigned to them (counts only, no person data).
    const load = await ctx.tx.referral.groupBy({
      by: ["assignedTherapistId"],
      where: { assignedTherapistId: { in: therapists.map((t) => t.id) }, status: { in: [...OPEN_STATUSES] } },
      _count: { _all: true },
    });
    const loadBy = new Map(load.map((l) => [l.assignedTherapistId, l._count._all]));
    therapistMatches = rankTherapists(
      r.conditionTags,
      therapists.map((t) => ({ ...t, activeCount: loadBy.get(t.id) ?? 0 })),
    );
  }
  const names = await staffNames(ctx, [r.referredById, r.assignedTherapistId, ...r.events.map((e) => e.byId)]);
  await ctx.audit.viewed({ recordType: "Referral", recordId: r.id, citizenId: r.citizenId });

  const { citizen, case: kase, events, answers, referredById, assignedTherapistId, rehabPlans, ...rest } = r;
  return {
    ...rest,
    citizenName: `${citizen.firstName} ${citizen.lastName}`,
    diagnosisGroup: kase.diagnosisGroup,
    /** The jobcenter closed the case (issue 8 item 6): both sides see it on the referral. */
    caseClosed: kase.status === "CLOSED",
    answers: readAnswerSnapshot(answers),
    referredByName: names.get(referredById) ?? "—",
    assignedTherapistId,
    assignedTherapistName: assignedTherapistId ? (names.get(assignedTherapistId) ?? "—") : null,
    events: events.map((e) => ({ ...e, byName: names.get(e.byId) ?? "—" })),
    startedCount: started,
    freePlaces: freePlaces(r.programme.capacity, started),
    waitlistPosition: position,
    canTriage,
    /** The started referral's rehab plan, or whether the actor may create one now. */
    rehabPlanId: rehabPlans[0]?.id ?? null,
    canCreatePlan: r.status === "STARTED" && rehabPlans.length === 0 && can(ctx.actor, "rehab.edit"),
    allowedActions: canTriage ? allowedActions(r.status) : [],
    therapistMatches,
  };
});

export type ReferralDetail = Awaited<ReturnType<typeof getReferral>>;
