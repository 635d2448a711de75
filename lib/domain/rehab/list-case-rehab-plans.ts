// The case tab "Genoptræning": the citizen's rehab plans, read-only, goals and progress only.
// For jobcenter staff this is a cross-department read: it needs the citizen's active
// HEALTH_TO_JOBCENTER consent (policy rehabPlanScope) and every plan read is logged with it.
// Without consent nothing of the health center is read and the page says that consent is missing.
import type { Actor } from "@/lib/auth/policy";
import { caseScope, isCrossDepartment, rehabPlanScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { NotFoundError } from "@/lib/domain/errors";
import { readConsentId } from "@/lib/domain/cases/access";
import { adherenceSummary } from "@/lib/rehab/adherence";

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

export async function listCaseRehabPlans(actor: Actor, caseId: string, now = new Date()): Promise<CaseRehabView> {
  const db = await getDb();
  const day = today(now);
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "read", now), { id: caseId }] },
      select: { id: true, citizenId: true },
    });
    if (!c) throw new NotFoundError("case");
    const cross = isCrossDepartment(actor, "HEALTH_CENTER");
    const consentId = cross ? await readConsentId(tx, actor, c.citizenId, now) : null;
    if (cross && !consentId) return { consentMissing: true, plans: [] };
    const plans = await tx.rehabPlan.findMany({
      where: { AND: [rehabPlanScope(actor, "read", now), { citizenId: c.citizenId }] },
      orderBy: { startOn: "desc" },
      select: {
        id: true,
        condition: true,
        bodyRegion: true,
        standardPackage: true,
        startOn: true,
        endOn: true,
        therapistId: true,
        goals: {
          where: { voidedAt: null },
          orderBy: { position: "asc" },
          select: { id: true, text: true, baseline: true, target: true, achievedOn: true },
        },
        progressNotes: {
          where: { voidedAt: null },
          orderBy: [{ writtenOn: "asc" }, { createdAt: "asc" }],
          select: { id: true, writtenOn: true, selfRatedHealth: true, pain: true, workAbility: true },
        },
        adherence: { select: { date: true, done: true } },
      },
    });
    const users = await tx.user.findMany({
      where: { id: { in: [...new Set(plans.map((p) => p.therapistId))] }, organisationId: actor.organisationId },
      select: { id: true, name: true },
    });
    const names = new Map(users.map((u) => [u.id, u.name]));
    await logAccess(
      tx,
      actor,
      plans.map((p) => ({
        action: "VIEW" as const,
        recordType: "RehabPlan",
        recordId: p.id,
        citizenId: c.citizenId,
        crossDepartment: cross,
        consentId,
        details: { view: "case-tab", caseId: c.id },
      })),
    );
    return {
      consentMissing: false,
      crossDepartment: cross,
      plans: plans.map((p) => ({
        id: p.id,
        condition: p.condition,
        bodyRegion: p.bodyRegion,
        standardPackage: p.standardPackage,
        startOn: p.startOn,
        endOn: p.endOn,
        therapistName: names.get(p.therapistId) ?? "—",
        goals: p.goals,
        progress: p.progressNotes,
        adherenceRate: adherenceSummary(p.adherence, { startOn: p.startOn, endOn: p.endOn, today: day }).rate,
      })),
    };
  });
}
