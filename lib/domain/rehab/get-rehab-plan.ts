// One rehab plan with goals, guide, home programme, adherence and progress notes, for the
// health center. The jobcenter reads rehab plans through the case tab only (goals and progress,
// list-case-rehab-plans.ts), so a cross-department actor does not find the full plan here.
import type { Actor } from "@/lib/auth/policy";
import { can, isCrossDepartment, rehabPlanScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { NotFoundError } from "@/lib/domain/errors";
import { adherenceSummary } from "@/lib/rehab/adherence";
import { readFirstConversation } from "@/lib/rehab/catalogue";
import { MAX_ACTIVE_EXERCISES } from "@/lib/rehab/home-programme";
import { readConsentId } from "@/lib/domain/cases/access";

export async function getRehabPlan(actor: Actor, planId: string, now = new Date()) {
  if (isCrossDepartment(actor, "HEALTH_CENTER")) throw new NotFoundError("rehabPlan");
  const db = await getDb();
  const day = today(now);
  return db.$transaction(async (tx) => {
    const p = await tx.rehabPlan.findFirst({
      where: { AND: [rehabPlanScope(actor, "read", now), { id: planId }] },
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
        referral: { select: { id: true, caseId: true, programme: { select: { name: true } } } },
        goals: {
          where: { voidedAt: null },
          orderBy: { position: "asc" },
          select: { id: true, text: true, baseline: true, target: true, achievedOn: true },
        },
        exercises: {
          orderBy: { position: "asc" },
          select: { id: true, description: true, repetitions: true, frequency: true, removedAt: true },
        },
        adherence: { orderBy: { date: "desc" }, select: { id: true, date: true, done: true, note: true } },
        progressNotes: {
          where: { voidedAt: null },
          orderBy: [{ writtenOn: "asc" }, { createdAt: "asc" }],
          select: { id: true, writtenOn: true, text: true, selfRatedHealth: true, pain: true, workAbility: true, authorId: true },
        },
      },
    });
    if (!p) throw new NotFoundError("rehabPlan");
    const userIds = [...new Set([p.therapistId, ...p.progressNotes.map((n) => n.authorId)])];
    const users = await tx.user.findMany({
      where: { id: { in: userIds }, organisationId: actor.organisationId },
      select: { id: true, name: true },
    });
    const names = new Map(users.map((u) => [u.id, u.name]));
    // Occupation and employer come from the jobcenter's register: shown only while the citizen's
    // JOBCENTER_TO_HEALTH consent is active, and then logged as a cross-department read with it.
    const consentId = await readConsentId(tx, actor, p.citizenId, now);
    await logAccess(tx, actor, [
      { action: "VIEW", recordType: "RehabPlan", recordId: p.id, citizenId: p.citizenId },
      ...(consentId
        ? [
            {
              action: "VIEW" as const,
              recordType: "Citizen",
              recordId: p.citizenId,
              citizenId: p.citizenId,
              crossDepartment: true,
              consentId,
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
      occupation: consentId ? p.citizen.occupation : null,
      employerName: consentId ? p.citizen.employerName : null,
      therapistName: names.get(p.therapistId) ?? "—",
      condition: p.condition,
      bodyRegion: p.bodyRegion,
      standardPackage: p.standardPackage,
      hospitalPlanReceivedOn: p.hospitalPlanReceivedOn,
      startOn: p.startOn,
      endOn: p.endOn,
      referral: p.referral ? { id: p.referral.id, caseId: p.referral.caseId, programmeName: p.referral.programme.name } : null,
      firstConversation: readFirstConversation(p.firstConversation),
      goals: p.goals,
      exercises: active,
      removedExercises: p.exercises.filter((e) => e.removedAt !== null),
      maxExercises: MAX_ACTIVE_EXERCISES,
      adherence: p.adherence,
      adherenceLast14: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: day, lastNDays: 14 }),
      adherenceSinceStart: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: day }),
      progressNotes: p.progressNotes.map((n) => ({ ...n, authorName: names.get(n.authorId) ?? "—" })),
      canEdit: can(actor, "rehab.edit"),
    };
  });
}

export type RehabPlanDetail = Awaited<ReturnType<typeof getRehabPlan>>;
