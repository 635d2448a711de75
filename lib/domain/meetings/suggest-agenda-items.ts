// The agenda builder's suggestions for a joint meeting (issue 12, ADR 0017): from both departments,
// each with its reason (lib/meetings/suggestion-rules.ts) and the organisation's thresholds. The
// rules look across the organisation (ctx.system("meeting.run")); a suggestion NAMES the citizen
// only when the citizen's consent covers both directions (the same condition as naming them on the
// agenda); otherwise it is anonymised: its reason, numbers and (for a flag) the question, no name.
// Every named suggestion shown is logged as a view of the citizen.
// At most SUGGESTIONS_PER_RULE per rule are shown, the most urgent; the rest are counted, so that a
// large municipality's conference (thousands of deadlines within a week) gets a readable list, and
// only what is shown is read by name and logged.
import { consentsCoverBothDirections, meetingKindNamesCitizens } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { settingValues } from "@/lib/domain/settings/setting-value";
import { addDays, startOfDanishDay } from "@/lib/time";
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

type Source = AgendaSuggestion["source"];

/** The most suggestions of one rule shown at a time (the most urgent first; ADR 0017 addendum). */
export const SUGGESTIONS_PER_RULE = 15;

/** The suggestions shown, and per rule how many more there are than shown (absent when none). */
export type AgendaSuggestions = { suggestions: AgendaSuggestion[]; more: Partial<Record<Source, number>> };

/**
 * Suggestions for the meeting `meetingId` (the coordinator's own, a joint meeting; none for
 * leadership and board meetings), sorted by reason then urgency; per rule the SUGGESTIONS_PER_RULE
 * most urgent, with the number of the others in `more`.
 * @throws NotFoundError without "meeting.run" or when the meeting is not the actor's.
 */
export const suggestAgendaItems = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, meetingId: string): Promise<AgendaSuggestions> => {
    const meeting = await ctx.write.meeting.get({
      where: { id: meetingId },
      select: { id: true, kind: true, agendaItems: { where: { removedAt: null }, select: { citizenId: true } } },
    });
    if (!meetingKindNamesCitizens(meeting.kind)) return { suggestions: [], more: {} };
    const s = await settingValues(ctx);
    const sys = ctx.system("meeting.run");
    const today = ctx.today;
    const raw: Raw[] = [];
    const base = { flagId: null, question: null, days: null, deadlineKind: null, weekNumbers: [] as number[] };
    const more: AgendaSuggestions["more"] = {};
    const live = { voidedAt: null };

    // The two rules that can match thousands of records read only the most urgent in the query.
    const caseWhere = {
      voidedAt: null,
      citizen: live,
      status: { not: "CLOSED" as const },
      nextDeadlineOn: { lte: deadlineHorizon(today, s.meetingDeadlineDueWithinDays) },
    };
    const [cases, caseCount] = await Promise.all([
      sys.read.sickLeaveCase.findMany({
        where: caseWhere,
        orderBy: [{ nextDeadlineOn: "asc" }, { id: "asc" }],
        take: SUGGESTIONS_PER_RULE,
        select: { id: true, citizenId: true, nextDeadlineOn: true, nextDeadlineKind: true },
      }),
      sys.read.sickLeaveCase.count({ where: caseWhere }),
    ]);
    if (caseCount > cases.length) more.DEADLINE = caseCount - cases.length;
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

    // "Waited more than N days" = submitted before the start of the Danish day N days ago.
    const referralWhere = {
      status: { in: [...WAITING_REFERRAL_STATUSES] },
      case: { voidedAt: null },
      citizen: live,
      submittedAt: { lt: startOfDanishDay(addDays(today, -s.meetingReferralWaitingDays)) },
    };
    const [referrals, referralCount] = await Promise.all([
      sys.read.referral.findMany({
        where: referralWhere,
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        take: SUGGESTIONS_PER_RULE,
        select: { id: true, citizenId: true, submittedAt: true },
      }),
      sys.read.referral.count({ where: referralWhere }),
    ]);
    if (referralCount > referrals.length) more.REFERRAL_WAITING = referralCount - referrals.length;
    for (const r of referrals) {
      const w = referralWaitingSuggestion(r.submittedAt, today, s.meetingReferralWaitingDays);
      if (w) raw.push({ ...base, key: `REFERRAL_WAITING:${r.id}`, source: "REFERRAL_WAITING", citizenId: r.citizenId, days: w.days });
    }

    // A plan with a note, a goal added or a goal achieved after the cutoff day is not stalled: the
    // query leaves it out; the rule below decides the rest (with the corrections of goals).
    const cutoff = addDays(today, -7 * s.meetingRehabStalledWeeks);
    const plans = await sys.read.rehabPlan.findMany({
      where: {
        voidedAt: null,
        citizen: live,
        OR: [{ endOn: null }, { endOn: { gte: today } }],
        startOn: { lte: cutoff },
        progressNotes: { none: { voidedAt: null, writtenOn: { gt: cutoff } } },
        goals: {
          none: { voidedAt: null, OR: [{ achievedOn: { gt: cutoff } }, { createdAt: { gte: startOfDanishDay(addDays(cutoff, 1)) } }] },
        },
      },
      select: {
        id: true,
        citizenId: true,
        startOn: true,
        progressNotes: { where: { voidedAt: null }, orderBy: { writtenOn: "desc" }, take: 1, select: { writtenOn: true } },
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
      where: { status: "ACTIVE", case: { voidedAt: null, citizen: live } },
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
      where: { agendaItemId: null, citizen: live },
      orderBy: { createdAt: "asc" },
      select: { id: true, citizenId: true, question: true },
    });
    for (const f of flags)
      raw.push({ ...base, key: `FLAG:${f.id}`, source: "FLAG", citizenId: f.citizenId, flagId: f.id, question: f.question });

    // Each rule's most urgent (DEADLINE and REFERRAL_WAITING are already cut by their queries).
    const order: Source[] = ["FLAG", "DEADLINE", "REFERRAL_WAITING", "REHAB_STALLED", "RTW_BEHIND"];
    // Most urgent first: the nearest (or most overdue) deadline, the longest wait or standstill.
    const urgency = (x: Raw) => (x.source === "DEADLINE" ? (x.days ?? 0) : -(x.days ?? 0));
    raw.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source) || urgency(a) - urgency(b));
    const kept: Raw[] = [];
    for (const source of order) {
      const mine = raw.filter((r) => r.source === source);
      kept.push(...mine.slice(0, SUGGESTIONS_PER_RULE));
      if (mine.length > SUGGESTIONS_PER_RULE) more[source] = (more[source] ?? 0) + mine.length - SUGGESTIONS_PER_RULE;
    }

    const citizenIds = [...new Set(kept.map((r) => r.citizenId))];
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
    const onAgenda = new Set(meeting.agendaItems.map((i) => i.citizenId));
    const out: AgendaSuggestion[] = kept.map((r) => {
      const name = named.get(r.citizenId) ?? null;
      return { ...r, citizenId: name ? r.citizenId : null, citizenName: name, onAgenda: name !== null && onAgenda.has(r.citizenId) };
    });
    const shown = out.filter((o) => o.citizenId);
    if (shown.length) {
      await ctx.audit.viewedList(
        "AgendaSuggestion",
        shown.map((o) => ({ recordId: o.key.split(":")[1], citizenId: o.citizenId, details: { source: o.source } })),
        { meetingId: meeting.id },
      );
    }
    return { suggestions: out, more };
  },
);
