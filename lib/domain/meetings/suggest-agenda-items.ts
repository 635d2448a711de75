// The agenda builder's suggestions for a joint meeting (issue 12, ADR 0017): from both departments,
// each with its reason (lib/meetings/suggestion-rules.ts) and the organisation's thresholds. The
// rules look across the organisation (ctx.system("meeting.run")); a suggestion NAMES the citizen
// only when the citizen's consent covers both directions (the same condition as naming them on the
// agenda); otherwise it is anonymised: its reason, numbers and (for a flag) the question, no name.
// Every named suggestion shown is logged as a view of the citizen.
import { consentsCoverBothDirections, meetingKindNamesCitizens } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { settingValues } from "@/lib/domain/settings/setting-value";
import {
  deadlineHorizon,
  deadlineSuggestion,
  referralWaitingSuggestion,
  rehabStalledSuggestion,
  rtwBehindSuggestion,
  WAITING_REFERRAL_STATUSES,
} from "@/lib/meetings/suggestion-rules";
import type { AgendaSource } from "@/lib/validation/meetings";

export type AgendaSuggestion = {
  /** Stable key: source and record id. */
  key: string;
  source: Exclude<AgendaSource, "MANUAL">;
  /** The citizen, only when named (consent in both directions); null when anonymised. */
  citizenId: string | null;
  citizenName: string | null;
  /** The flag to take up (FLAG only). */
  flagId: string | null;
  /** The flag's question (FLAG only). */
  question: string | null;
  /** Numbers behind the reason: days left / waited / since last activity, a deadline kind, behind weeks. */
  days: number | null;
  deadlineKind: string | null;
  weekNumbers: number[];
  /** The named citizen is already on this meeting's agenda. */
  onAgenda: boolean;
};

type Raw = Omit<AgendaSuggestion, "citizenName" | "onAgenda" | "citizenId"> & { citizenId: string };

/**
 * Suggestions for the meeting `meetingId` (the coordinator's own, a joint meeting; none for
 * leadership and board meetings), sorted by reason then urgency.
 * @throws NotFoundError without "meeting.run" or when the meeting is not the actor's.
 */
export const suggestAgendaItems = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, meetingId: string): Promise<AgendaSuggestion[]> => {
    const meeting = await ctx.write.meeting.get({
      where: { id: meetingId },
      select: { id: true, kind: true, agendaItems: { where: { removedAt: null }, select: { citizenId: true } } },
    });
    if (!meetingKindNamesCitizens(meeting.kind)) return [];
    const s = await settingValues(ctx);
    const sys = ctx.system("meeting.run");
    const today = ctx.today;
    const raw: Raw[] = [];
    const base = { flagId: null, question: null, days: null, deadlineKind: null, weekNumbers: [] as number[] };

    const cases = await sys.read.sickLeaveCase.findMany({
      where: { voidedAt: null, status: { not: "CLOSED" }, nextDeadlineOn: { lte: deadlineHorizon(today, s.meetingDeadlineDueWithinDays) } },
      select: { id: true, citizenId: true, nextDeadlineOn: true, nextDeadlineKind: true },
    });
    for (const c of cases) {
      const d = deadlineSuggestion(c.nextDeadlineOn, today, s.meetingDeadlineDueWithinDays);
      if (d)
        raw.push({
          ...base,
          key: `DEADLINE:${c.id}`,
          source: "DEADLINE",
          citizenId: c.citizenId,
          days: d.daysLeft,
          deadlineKind: c.nextDeadlineKind,
        });
    }

    const referrals = await sys.read.referral.findMany({
      where: { status: { in: [...WAITING_REFERRAL_STATUSES] }, case: { voidedAt: null } },
      select: { id: true, citizenId: true, submittedAt: true },
    });
    for (const r of referrals) {
      const w = referralWaitingSuggestion(r.submittedAt, today, s.meetingReferralWaitingDays);
      if (w) raw.push({ ...base, key: `REFERRAL_WAITING:${r.id}`, source: "REFERRAL_WAITING", citizenId: r.citizenId, days: w.days });
    }

    const plans = await sys.read.rehabPlan.findMany({
      where: { voidedAt: null, OR: [{ endOn: null }, { endOn: { gte: today } }] },
      select: {
        id: true,
        citizenId: true,
        startOn: true,
        progressNotes: { where: { voidedAt: null }, select: { writtenOn: true } },
        goals: { where: { voidedAt: null }, select: { id: true, createdAt: true, achievedOn: true } },
      },
    });
    // Corrections of a goal's text, baseline or target count as activity ("goal change", issue 12).
    const corrections = await sys.read.recordVersion.findMany({
      where: { recordType: "RehabGoal", action: "CORRECT", recordId: { in: plans.flatMap((p) => p.goals.map((g) => g.id)) } },
      select: { recordId: true, changedAt: true },
    });
    for (const p of plans) {
      const ids = new Set(p.goals.map((g) => g.id));
      const goalCorrections = corrections.filter((c) => ids.has(c.recordId)).map((c) => c.changedAt);
      const plan = { startOn: p.startOn, notes: p.progressNotes, goals: p.goals, goalCorrections };
      const st = rehabStalledSuggestion(plan, today, s.meetingRehabStalledWeeks);
      if (st) raw.push({ ...base, key: `REHAB_STALLED:${p.id}`, source: "REHAB_STALLED", citizenId: p.citizenId, days: st.days });
    }

    const rtw = await sys.read.returnToWorkPlan.findMany({
      where: { status: "ACTIVE", case: { voidedAt: null } },
      select: {
        id: true,
        case: { select: { citizenId: true } },
        weeks: { where: { removedAt: null }, select: { weekNumber: true, plannedHours: true, actualHours: true } },
      },
    });
    for (const p of rtw) {
      const weeks = p.weeks.map((w) => ({
        weekNumber: w.weekNumber,
        plannedHours: Number(w.plannedHours),
        actualHours: w.actualHours === null ? null : Number(w.actualHours),
      }));
      const b = rtwBehindSuggestion(weeks, s.meetingRtwBehindWeeks);
      if (b)
        raw.push({ ...base, key: `RTW_BEHIND:${p.id}`, source: "RTW_BEHIND", citizenId: p.case.citizenId, weekNumbers: b.weekNumbers });
    }

    const flags = await sys.read.conferenceFlag.findMany({
      where: { agendaItemId: null, citizen: { voidedAt: null } },
      orderBy: { createdAt: "asc" },
      select: { id: true, citizenId: true, question: true },
    });
    for (const f of flags)
      raw.push({ ...base, key: `FLAG:${f.id}`, source: "FLAG", citizenId: f.citizenId, flagId: f.id, question: f.question });

    const citizenIds = [...new Set(raw.map((r) => r.citizenId))];
    const citizens = await sys.read.citizen.findMany({
      where: { id: { in: citizenIds }, voidedAt: null },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        consents: { select: { healthToJobcenter: true, jobcenterToHealth: true, revokedAt: true, validFrom: true, validUntil: true } },
      },
    });
    const named = new Map(
      citizens.filter((c) => consentsCoverBothDirections(c.consents, ctx.now)).map((c) => [c.id, `${c.firstName} ${c.lastName}`]),
    );
    const live = new Set(citizens.map((c) => c.id));
    const onAgenda = new Set(meeting.agendaItems.map((i) => i.citizenId));
    const out: AgendaSuggestion[] = raw
      .filter((r) => live.has(r.citizenId))
      .map((r) => {
        const name = named.get(r.citizenId) ?? null;
        return { ...r, citizenId: name ? r.citizenId : null, citizenName: name, onAgenda: name !== null && onAgenda.has(r.citizenId) };
      });
    const order: AgendaSuggestion["source"][] = ["FLAG", "DEADLINE", "REFERRAL_WAITING", "REHAB_STALLED", "RTW_BEHIND"];
    // Most urgent first: the nearest (or most overdue) deadline, the longest wait or standstill.
    const urgency = (x: AgendaSuggestion) => (x.source === "DEADLINE" ? (x.days ?? 0) : -(x.days ?? 0));
    out.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source) || urgency(a) - urgency(b));
    const shown = out.filter((o) => o.citizenId);
    if (shown.length) {
      await ctx.audit.viewedList(
        "AgendaSuggestion",
        shown.map((o) => ({ recordId: o.key.split(":")[1], citizenId: o.citizenId, details: { source: o.source } })),
        { meetingId: meeting.id },
      );
    }
    return out;
  },
);
