// The case tab "Tilbagevenden": return-to-work plans with their weeks and proposals, and the
// case's workplace aids. Jobcenter staff read their department's cases; health-center staff read
// the plans (not the aids) only with JOBCENTER_TO_HEALTH consent and a referral or rehab plan of
// their own department (caseScope), and that read is logged as cross-department with the consent.
import type { Role } from "@/lib/db/generated/client";
import { can, isCrossDepartment } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { readProposalWeeks, rtwTotals, withinMandate, type RtwStatus, type RtwWeekDraft } from "@/lib/rtw/plan";
import { aidMandateDkk } from "./aid-mandate";
import { liveWeeks, planSummarySelect, weekSelect, weekValue, type WeekValue } from "./week-values";
import { staffNames } from "@/lib/domain/users/staff-names";

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
  version: number;
};

/**
 * The tab's data: plans (newest first) with weeks, totals and proposals (with decline reasons),
 * the current open plan, the case's aids with the mandate in DKK (jobcenter only), and what the
 * actor may do (edit as caseworker, propose as therapist with consent). Each plan read is logged
 * (cross-department with the consent), and the aids list once.
 * @throws NotFoundError when the case is missing or outside the actor's read scope, or a consent was revoked.
 */
export const getCaseRtw = defineUseCase({}, async (ctx, caseId: string) => {
  const c = await ctx.read.sickLeaveCase.get({
    where: { id: caseId },
    select: {
      id: true,
      citizenId: true,
      status: true,
      department: { select: { kind: true } },
      citizen: { select: { employerContactName: true, employerPhone: true, employerEmail: true } },
    },
  });
  const cross = isCrossDepartment(ctx.actor, c.department.kind);
  const plans = await ctx.read.returnToWorkPlan.findMany({
    where: { caseId: c.id },
    orderBy: { createdAt: "desc" },
    select: {
      ...planSummarySelect,
      note: true,
      version: true,
      createdAt: true,
      weeks: liveWeeks(weekSelect),
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
    : await ctx.read.workplaceAid.findMany({
        where: { caseId: c.id },
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
          version: true,
        },
      });
  const mandateDkk = await aidMandateDkk(ctx);
  const proposalIds = plans.flatMap((p) => p.proposals.map((x) => x.id));
  const declines = proposalIds.length
    ? await ctx.read.recordVersion.findMany({
        where: { recordType: "RtwProposal", recordId: { in: proposalIds }, action: "DECLINE" },
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
  const names = await staffNames(ctx, userIds);
  const name = (id: string | null) => (id ? (names.get(id) ?? "—") : null);
  await ctx.audit.viewed([
    ...plans.map((p) => ({
      recordType: "ReturnToWorkPlan",
      recordId: p.id,
      citizenId: c.citizenId,
      owner: c.department.kind,
      details: { caseId: c.id },
    })),
    ...(aids.length ? [{ recordType: "WorkplaceAid", citizenId: c.citizenId, details: { caseId: c.id, count: aids.length } }] : []),
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
    canEdit: !cross && can(ctx.actor, "rtw.edit"),
    canPropose: cross && can(ctx.actor, "rtw.propose"),
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
      version: a.version,
    })),
  };
});

export type CaseRtw = Awaited<ReturnType<typeof getCaseRtw>>;
