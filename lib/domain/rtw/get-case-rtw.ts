// The case tab "Tilbagevenden": return-to-work plans with their weeks and proposals, and the
// case's workplace aids. Jobcenter staff read their department's cases; health-center staff read
// the plans (not the aids) only with JOBCENTER_TO_HEALTH consent and a referral or rehab plan of
// their own department (caseScope), and
// that read is logged as cross-department with the consent.
import type { Role } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/policy";
import { can, caseScope, isCrossDepartment, rtwPlanScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import { readConsentId } from "@/lib/domain/cases/access";
import { readProposalWeeks, rtwTotals, withinMandate, type RtwStatus, type RtwWeekDraft } from "@/lib/rtw/plan";
import { weekValue, type WeekValue } from "./shared";

export type RtwProposalView = {
  id: string;
  status: "PROPOSED" | "ACCEPTED" | "DECLINED";
  note: string | null;
  weeks: RtwWeekDraft[];
  proposedByName: string;
  createdAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  declineReason: string | null;
};
export type RtwPlanView = {
  id: string;
  status: RtwStatus;
  startOn: Date;
  employerContact: string;
  note: string | null;
  version: number;
  createdAt: Date;
  weeks: WeekValue[];
  totals: ReturnType<typeof rtwTotals>;
  proposals: RtwProposalView[];
};
export type AidView = {
  id: string;
  item: string;
  amountDkk: number;
  status: "REQUESTED" | "APPROVED" | "REJECTED";
  requestedAt: Date;
  requestedByName: string;
  decidedByName: string | null;
  decidedRole: Role | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  withinMandate: boolean;
};

export async function getCaseRtw(actor: Actor, caseId: string, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "read", now), { id: caseId }] },
      select: {
        id: true,
        citizenId: true,
        status: true,
        citizen: { select: { employerContactName: true, employerPhone: true, employerEmail: true } },
      },
    });
    if (!c) throw new NotFoundError("case");
    const cross = isCrossDepartment(actor, "JOBCENTER");
    const consentId = cross ? await readConsentId(tx, actor, c.citizenId, now) : null;
    if (cross && !consentId) throw new NotFoundError("case");
    const plans = await tx.returnToWorkPlan.findMany({
      where: { AND: [rtwPlanScope(actor, "read", now), { caseId: c.id }] },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        startOn: true,
        employerContact: true,
        note: true,
        version: true,
        createdAt: true,
        weeks: {
          where: { removedAt: null },
          orderBy: { weekNumber: "asc" },
          select: { id: true, weekNumber: true, plannedHours: true, plannedDays: true, pattern: true, actualHours: true, note: true },
        },
        proposals: {
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            status: true,
            note: true,
            weeks: true,
            proposedById: true,
            createdAt: true,
            decidedById: true,
            decidedAt: true,
          },
        },
      },
    });
    const aids = cross
      ? []
      : await tx.workplaceAid.findMany({
          where: { caseId: c.id, organisationId: actor.organisationId },
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            item: true,
            amountDkk: true,
            status: true,
            createdAt: true,
            requestedById: true,
            decidedById: true,
            decidedRole: true,
            decidedAt: true,
            decisionNote: true,
          },
        });
    const mandateDkk = (await tx.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { aidMandateDkk: true } }))
      .aidMandateDkk;
    const proposalIds = plans.flatMap((p) => p.proposals.map((x) => x.id));
    const declines = proposalIds.length
      ? await tx.recordVersion.findMany({
          where: { organisationId: actor.organisationId, recordType: "RtwProposal", recordId: { in: proposalIds }, action: "DECLINE" },
          select: { recordId: true, reason: true },
        })
      : [];
    const declineReason = new Map(declines.map((d) => [d.recordId, d.reason]));
    const userIds = new Set<string>();
    for (const p of plans)
      for (const x of p.proposals) {
        userIds.add(x.proposedById);
        if (x.decidedById) userIds.add(x.decidedById);
      }
    for (const a of aids) {
      userIds.add(a.requestedById);
      if (a.decidedById) userIds.add(a.decidedById);
    }
    const users = await tx.user.findMany({
      where: { id: { in: [...userIds] }, organisationId: actor.organisationId },
      select: { id: true, name: true },
    });
    const names = new Map(users.map((u) => [u.id, u.name]));
    const name = (id: string | null) => (id ? (names.get(id) ?? "—") : null);
    await logAccess(tx, actor, [
      ...plans.map((p) => ({
        action: "VIEW" as const,
        recordType: "ReturnToWorkPlan",
        recordId: p.id,
        citizenId: c.citizenId,
        crossDepartment: cross,
        consentId,
        details: { caseId: c.id },
      })),
      ...(aids.length
        ? [{ action: "VIEW" as const, recordType: "WorkplaceAid", citizenId: c.citizenId, details: { caseId: c.id, count: aids.length } }]
        : []),
    ]);
    const planViews: RtwPlanView[] = plans.map((p) => {
      const weeks = p.weeks.map(weekValue);
      return {
        id: p.id,
        status: p.status,
        startOn: p.startOn,
        employerContact: p.employerContact,
        note: p.note,
        version: p.version,
        createdAt: p.createdAt,
        weeks,
        totals: rtwTotals(weeks),
        proposals: p.proposals.map((x) => ({
          id: x.id,
          status: x.status,
          note: x.note,
          weeks: readProposalWeeks(x.weeks) ?? [],
          proposedByName: name(x.proposedById) ?? "—",
          createdAt: x.createdAt,
          decidedByName: name(x.decidedById),
          decidedAt: x.decidedAt,
          declineReason: declineReason.get(x.id) ?? null,
        })),
      };
    });
    return {
      caseId: c.id,
      caseClosed: c.status === "CLOSED",
      /** Prefill for a new plan's employer contact (the citizen's registered contact person). */
      employerSuggestion: cross
        ? ""
        : [c.citizen.employerContactName, c.citizen.employerPhone ?? c.citizen.employerEmail].filter(Boolean).join(", "),
      crossDepartment: cross,
      canEdit: !cross && can(actor, "rtw.edit"),
      canPropose: cross && can(actor, "rtw.propose"),
      mandateDkk,
      plans: planViews,
      currentPlan: planViews.find((p) => p.status === "DRAFT" || p.status === "ACTIVE") ?? null,
      aids: aids.map((a): AidView => ({
        id: a.id,
        item: a.item,
        amountDkk: a.amountDkk,
        status: a.status,
        requestedAt: a.createdAt,
        requestedByName: name(a.requestedById) ?? "—",
        decidedByName: name(a.decidedById),
        decidedRole: a.decidedRole,
        decidedAt: a.decidedAt,
        decisionNote: a.decisionNote,
        withinMandate: withinMandate(a.amountDkk, mandateDkk),
      })),
    };
  });
}

export type CaseRtw = Awaited<ReturnType<typeof getCaseRtw>>;
