// The course of a case, newest first: absence start, status changes, exemptions, follow-ups,
// corrections and voids (of the case, its citizen and its follow-ups), referral events and
// return-to-work plans. Also the full correction history of those records (who, when, why,
// old → new). Read through the case scope and logged. The course of the case work is the owning
// department's record: readers from the other department (with consent) see the case facts only.
import { isCrossDepartment } from "@/lib/auth/policy";
import { defineUseCase, type UseCaseContext } from "@/lib/domain/run-use-case";
import type {
  CaseStatus,
  ClosingReason,
  ExemptionReason,
  FollowUpMode,
  FollowUpStatus,
  Participant,
  ReferralStatus,
  RtwPlanStatus,
} from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";
import { historyFor, type HistoryRef } from "@/lib/domain/history/list-history";
import type { HistoryEntry } from "@/lib/domain/history/types";
import { staffNames } from "@/lib/domain/users/staff-names";

type By = { byName: string | null };

export type TimelineEntry = { id: string; at: Date; dayOnly: boolean } & (
  | { kind: "ABSENCE_START" }
  | ({
      kind: "STATUS_CHANGE";
      status: CaseStatus;
      hoursPerWeek: number | null;
      closingReason: ClosingReason | null;
      note: string | null;
    } & By)
  | ({
      kind: "EXEMPTION";
      reason: ExemptionReason;
      fromOn: Date;
      untilOn: Date | null;
      note: string | null;
      voided: boolean;
      voidReason: string | null;
    } & By)
  | ({
      kind: "FOLLOW_UP";
      status: FollowUpStatus;
      mode: FollowUpMode;
      participants: Participant[];
      summary: string | null;
      agreements: string | null;
      statusReason: string | null;
      voided: boolean;
      voidReason: string | null;
    } & By)
  | { kind: "CORRECTION"; entry: HistoryEntry }
  | ({ kind: "REFERRAL"; programmeName: string; fromStatus: ReferralStatus | null; toStatus: ReferralStatus; reason: string | null } & By)
  | { kind: "RTW_PLAN"; status: RtwPlanStatus; startOn: Date }
  | {
      kind: "MEETING_TASK";
      description: string;
      meetingTitle: string;
      dueOn: Date;
      assignee: string | null;
      completedAt: Date | null;
      completedByName: string | null;
    }
);

export type CaseTimeline = { entries: TimelineEntry[]; history: HistoryEntry[] };

/** Corrections and voids belong in the timeline; creations and status facts have their own entries. */
const TIMELINE_ACTIONS = new Set(["CORRECT", "VOID", "REASSIGN", "EXEMPTION_VOID"]);

/**
 * The case's timeline (newest first) and the correction history of the case, its citizen and its
 * follow-ups; logged as a VIEW of "CaseTimeline".
 * @throws NotFoundError when the case is missing or outside the actor's read scope, and for readers
 *   of the other department (the course of the case work is the owning department's record).
 */
export const getCaseTimeline = defineUseCase({}, async (ctx, caseId: string): Promise<CaseTimeline> => {
  const c = await ctx.read.sickLeaveCase.get({
    where: { id: caseId },
    select: { id: true, citizenId: true, firstAbsenceDay: true, createdAt: true, department: { select: { kind: true } } },
  });
  if (isCrossDepartment(ctx.actor, c.department.kind)) throw new NotFoundError("case");

  const [statusChanges, exemptions, followUps, events, plans, tasks] = [
    await ctx.read.caseStatusChange.findMany({
      where: { caseId: c.id },
      select: {
        id: true,
        status: true,
        effectiveOn: true,
        hoursPerWeek: true,
        closingReason: true,
        note: true,
        changedById: true,
        createdAt: true,
      },
    }),
    await ctx.read.caseExemption.findMany({
      where: { caseId: c.id },
      select: { id: true, reason: true, fromOn: true, untilOn: true, note: true, createdById: true, voidedAt: true, voidReason: true },
    }),
    await ctx.read.followUp.findMany({
      where: { caseId: c.id },
      select: {
        id: true,
        status: true,
        mode: true,
        participants: true,
        summary: true,
        agreements: true,
        statusReason: true,
        scheduledAt: true,
        heldAt: true,
        createdAt: true,
        updatedAt: true,
        createdById: true,
        voidedAt: true,
        voidReason: true,
      },
    }),
    await ctx.read.referralEvent.findMany({
      where: { referral: { caseId: c.id } },
      select: { id: true, fromStatus: true, toStatus: true, reason: true, byId: true, at: true, referralId: true },
    }),
    await ctx.read.returnToWorkPlan.findMany({
      where: { caseId: c.id },
      select: { id: true, status: true, startOn: true, createdAt: true },
    }),
    // Action items of meeting minutes about the citizen (issue 12).
    await ctx.read.meetingTask.findMany({
      where: { citizenId: c.citizenId },
      select: {
        id: true,
        description: true,
        dueOn: true,
        assigneeId: true,
        assigneeText: true,
        completedAt: true,
        completedById: true,
        createdAt: true,
        agendaItemId: true,
      },
    }),
  ];
  // The programme of each event's referral and the meeting of each task: read only when there are
  // events or tasks (a nested select costs Prisma its queries even for no parent rows; ADR 0027),
  // through the rows already loaded by scope (the case's referrals; the citizen's tasks).
  const programmeOf = await referralProgrammes(
    ctx,
    events.map((e) => e.referralId),
  );
  const meetingOf = await agendaItemMeetings(
    ctx,
    tasks.map((t) => t.agendaItemId),
  );
  const refs: HistoryRef[] = [
    { recordType: "SickLeaveCase", recordId: c.id },
    { recordType: "Citizen", recordId: c.citizenId },
    ...followUps.map((f) => ({ recordType: "FollowUp" as const, recordId: f.id })),
  ];
  const history = await historyFor(ctx, refs);
  const userIds = [
    ...new Set([
      ...statusChanges.map((s) => s.changedById),
      ...exemptions.map((e) => e.createdById),
      ...followUps.map((f) => f.createdById),
      ...events.map((e) => e.byId),
      ...tasks.flatMap((t) => [t.assigneeId, t.completedById].filter((u): u is string => !!u)),
    ]),
  ];
  const names = await staffNames(ctx, userIds);
  const name = (id: string) => names.get(id) ?? null;

  const entries: TimelineEntry[] = [
    { id: `absence-${c.id}`, kind: "ABSENCE_START", at: c.firstAbsenceDay, dayOnly: true },
    // The first status row (ACTIVE from the first absence day) is the absence start itself.
    ...statusChanges
      .filter(
        (s) =>
          !(
            s.status === "ACTIVE" &&
            s.effectiveOn.getTime() === c.firstAbsenceDay.getTime() &&
            s.createdAt.getTime() - c.createdAt.getTime() < 5_000
          ),
      )
      .map((s): TimelineEntry => ({
        id: s.id,
        kind: "STATUS_CHANGE",
        at: s.effectiveOn,
        dayOnly: true,
        status: s.status,
        hoursPerWeek: s.hoursPerWeek === null ? null : Number(s.hoursPerWeek),
        closingReason: s.closingReason,
        note: s.note,
        byName: name(s.changedById),
      })),
    ...exemptions.map((e): TimelineEntry => ({
      id: e.id,
      kind: "EXEMPTION",
      at: e.fromOn,
      dayOnly: true,
      reason: e.reason,
      fromOn: e.fromOn,
      untilOn: e.untilOn,
      note: e.note,
      voided: e.voidedAt !== null,
      voidReason: e.voidReason,
      byName: name(e.createdById),
    })),
    ...followUps.map((f): TimelineEntry => ({
      id: f.id,
      kind: "FOLLOW_UP",
      at: f.heldAt ?? f.scheduledAt ?? f.updatedAt,
      dayOnly: false,
      status: f.status,
      mode: f.mode,
      participants: f.participants,
      summary: f.summary,
      agreements: f.agreements,
      statusReason: f.statusReason,
      voided: f.voidedAt !== null,
      voidReason: f.voidReason,
      byName: name(f.createdById),
    })),
    ...history
      .filter((h) => TIMELINE_ACTIONS.has(h.action))
      .map((h): TimelineEntry => ({ id: h.id, kind: "CORRECTION", at: h.changedAt, dayOnly: false, entry: h })),
    ...events.map((e): TimelineEntry => ({
      id: e.id,
      kind: "REFERRAL",
      at: e.at,
      dayOnly: false,
      programmeName: programmeOf.get(e.referralId) ?? "",
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reason: e.reason,
      byName: name(e.byId),
    })),
    ...plans.map((p): TimelineEntry => ({
      id: p.id,
      kind: "RTW_PLAN",
      at: p.createdAt,
      dayOnly: false,
      status: p.status,
      startOn: p.startOn,
    })),
    ...tasks.map((t): TimelineEntry => ({
      id: t.id,
      kind: "MEETING_TASK",
      at: t.completedAt ?? t.createdAt,
      dayOnly: false,
      description: t.description,
      meetingTitle: meetingOf.get(t.agendaItemId) ?? "",
      dueOn: t.dueOn,
      assignee: t.assigneeId ? name(t.assigneeId) : t.assigneeText,
      completedAt: t.completedAt,
      completedByName: t.completedById ? name(t.completedById) : null,
    })),
  ];
  entries.sort((a, b) => b.at.getTime() - a.at.getTime());
  await ctx.audit.viewed({ recordType: "CaseTimeline", recordId: c.id, citizenId: c.citizenId });
  return { entries, history };
});

/** Programme name per referral id (no query for none). The referrals are the case's, reached through its scoped events. */
async function referralProgrammes(ctx: UseCaseContext, referralIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(referralIds)];
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx.referral.findMany({ where: { id: { in: ids } }, select: { id: true, programme: { select: { name: true } } } });
  return new Map(rows.map((r) => [r.id, r.programme.name]));
}

/** Meeting title per agenda item id (no query for none). The items are those of the citizen's scoped tasks. */
async function agendaItemMeetings(ctx: UseCaseContext, itemIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx.meetingAgendaItem.findMany({
    where: { id: { in: ids } },
    select: { id: true, meeting: { select: { title: true } } },
  });
  return new Map(rows.map((r) => [r.id, r.meeting.title]));
}
