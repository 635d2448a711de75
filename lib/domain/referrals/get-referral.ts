// One referral for its detail page. Health-center staff see referrals to their department's
// programmes, the jobcenter sees referrals on its department's cases (referralScope). The health
// side gets only what the referral itself needs: the citizen's name and the case's diagnosis
// group — no other case facts. Triage-capable readers also get the therapist ranking.
import type { Actor } from "@/lib/auth/policy";
import { can, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import { freePlaces } from "@/lib/referrals/capacity";
import { readAnswerSnapshot } from "@/lib/referrals/eligibility";
import { rankTherapists, type TherapistMatch } from "@/lib/referrals/match-therapists";
import { allowedActions, OPEN_STATUSES } from "@/lib/referrals/transitions";
import { REFERRAL_RECORD_TYPE, staffNames, startedCount, waitlistPositionsFor } from "./shared";

export async function getReferral(actor: Actor, referralId: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const r = await tx.referral.findFirst({
      where: { AND: [referralScope(actor, "read"), { id: referralId }] },
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
        case: { select: { diagnosisGroup: true } },
        programme: { select: { id: true, name: true, capacity: true, departmentId: true, format: true, weeks: true } },
        events: {
          orderBy: [{ at: "asc" }, { id: "asc" }],
          select: { id: true, fromStatus: true, toStatus: true, reason: true, byId: true, at: true },
        },
        rehabPlans: { where: { voidedAt: null }, select: { id: true }, take: 1 },
      },
    });
    if (!r) throw new NotFoundError("referral");
    const canTriage =
      can(actor, "referral.triage") && (await tx.referral.count({ where: { AND: [referralScope(actor, "write"), { id: r.id }] } })) === 1;
    const started = await startedCount(tx, r.programme.id);
    const position = r.status === "WAITLISTED" ? ((await waitlistPositionsFor(tx, [r.programme.id])).get(r.id) ?? null) : null;

    let therapistMatches: TherapistMatch[] = [];
    if (canTriage && OPEN_STATUSES.includes(r.status)) {
      const therapists = await tx.user.findMany({
        where: { organisationId: actor.organisationId, departmentId: r.programme.departmentId, role: "THERAPIST", active: true },
        select: { id: true, name: true, competenceTags: true },
        take: 200,
      });
      const load = await tx.referral.groupBy({
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
    const names = await staffNames(tx, actor.organisationId, [r.referredById, r.assignedTherapistId, ...r.events.map((e) => e.byId)]);
    await logAccess(tx, actor, { action: "VIEW", recordType: REFERRAL_RECORD_TYPE, recordId: r.id, citizenId: r.citizenId });

    const { citizen, case: kase, events, answers, referredById, assignedTherapistId, rehabPlans, ...rest } = r;
    return {
      ...rest,
      citizenName: `${citizen.firstName} ${citizen.lastName}`,
      diagnosisGroup: kase.diagnosisGroup,
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
      canCreatePlan: r.status === "STARTED" && rehabPlans.length === 0 && can(actor, "rehab.edit"),
      allowedActions: canTriage ? allowedActions(r.status) : [],
      therapistMatches,
    };
  });
}

export type ReferralDetail = Awaited<ReturnType<typeof getReferral>>;
