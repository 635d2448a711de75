// Simulates one citizen of a synthetic municipality (lib/synthetic/generate.ts): a sick-leave case
// with known first absence day, partial return, closing (or a reopening), follow-ups with known
// due and held days, at most one referral with a known waiting time and outcome, and a rehab plan
// with goals and progress notes. Returns the record in the import format (docs/import-format.md)
// and the plain facts the ground truth is computed from. Deterministic for a given random stream.
import type { Rng } from "@/prisma/seed/random";
import { BODY_REGION_OF_TOPIC, DIAGNOSIS_DETAILS, FIRST_NAMES, LAST_NAMES, topicOfDetail } from "@/prisma/seed/random";
import { addDays, isoDay } from "@/lib/time";
import { REASON_CODES } from "@/lib/kpi/figures";

export type DiagnosisGroup = "MENTAL" | "MUSCULOSKELETAL" | "OTHER";
export type StatusFact = { on: Date; status: "ACTIVE" | "PARTIAL_RETURN" | "CLOSED"; reason: string | null };
export type ReferralFact = {
  programme: string;
  submittedAt: Date;
  events: { status: string; at: Date; code: string | null }[];
};
export type PlanFact = {
  department: string;
  programme: string | null;
  start: Date;
  end: Date | null;
  goalsAchieved: Date[];
  srh: number[];
};
export type CitizenFacts = {
  citizen: string;
  jobcenter: string;
  group: DiagnosisGroup;
  firstDay: Date;
  /** ACTIVE on firstDay, then the changes in order. */
  timeline: StatusFact[];
  /** Held follow-ups: instant held and the due day. */
  followUps: { heldAt: Date; dueOn: Date }[];
  referral: ReferralFact | null;
  plans: PlanFact[];
};

export type SyntheticProgramme = { key: string; name: string; department: string; weeks: number; forGroups: readonly DiagnosisGroup[] };
export type World = {
  asOf: Date;
  now: Date;
  firstPossibleDay: Date;
  jobcenters: { key: string; caseworkers: string[] }[];
  healthCenters: { key: string; therapists: string[] }[];
  programmes: SyntheticProgramme[];
};

const CLOSING = [
  ["FULL_RETURN_TO_WORK", 0.7],
  ["BENEFIT_PERIOD_ENDED", 0.12],
  ["TRANSFERRED_TO_OTHER_BENEFIT", 0.1],
  ["MOVED", 0.05],
  ["DECEASED", 0.03],
] as const;

function weighted<T>(r: Rng, items: readonly (readonly [T, number])[]): T {
  let x = r.next();
  for (const [v, w] of items) {
    if (x < w) return v;
    x -= w;
  }
  return items[items.length - 1]![0];
}

/** A unique, valid CPR number for citizen `i` (born 1960–1999, century digit 0; 14 600 × 1 000 unique). */
export function syntheticCpr(i: number): { cpr: string; birth: Date } {
  const birth = addDays(new Date(Date.UTC(1960, 0, 1)), i % 14_600);
  const dd = String(birth.getUTCDate()).padStart(2, "0");
  const mm = String(birth.getUTCMonth() + 1).padStart(2, "0");
  const yy = String(birth.getUTCFullYear() % 100).padStart(2, "0");
  return { cpr: `${dd}${mm}${yy}0${String(Math.floor(i / 14_600) % 1000).padStart(3, "0")}`, birth };
}

/** An instant on day `d` at `hour` UTC (hour 23.5 lies on the next Danish day). */
const at = (d: Date, hour: number) => new Date(d.getTime() + hour * 3_600_000);
const iso = (d: Date) => d.toISOString();

/** Simulates citizen number `i`. */
export function simulateCitizen(r: Rng, w: World, i: number): { record: Record<string, unknown>; facts: CitizenFacts } {
  const { cpr } = syntheticCpr(i);
  const citizen = `b${i}`;
  const jc = r.pick(w.jobcenters);
  const group = weighted<DiagnosisGroup>(r, [
    ["MENTAL", 0.4],
    ["MUSCULOSKELETAL", 0.45],
    ["OTHER", 0.15],
  ]);
  const span = Math.round((w.asOf.getTime() - w.firstPossibleDay.getTime()) / 86_400_000);
  const firstDay = addDays(w.firstPossibleDay, r.int(0, span));
  const length = weighted(r, [
    [() => r.int(14, 90), 0.5],
    [() => r.int(91, 250), 0.35],
    [() => r.int(251, 400), 0.15],
  ] as const)();
  const closeDay = addDays(firstDay, length);
  const timeline: StatusFact[] = [{ on: firstDay, status: "ACTIVE", reason: null }];
  const statusEvents: Record<string, unknown>[] = [];
  const change = (on: Date, status: StatusFact["status"], extra: { hoursPerWeek?: number; closingReason?: string } = {}) => {
    if (on > w.asOf) return false;
    timeline.push({ on, status, reason: extra.closingReason ?? null });
    statusEvents.push({ status, effectiveOn: isoDay(on), ...extra });
    return true;
  };
  if (r.chance(0.35) && length > 20)
    change(addDays(firstDay, Math.floor(length * (0.3 + 0.4 * r.next()))), "PARTIAL_RETURN", {
      hoursPerWeek: r.pick([10, 15, 20, 25, 30]),
    });
  let closingReason: string = weighted(r, CLOSING);
  let closed = change(closeDay, "CLOSED", { closingReason });
  let openUntil = closed ? closeDay : w.asOf;
  if (closed && r.chance(0.03)) {
    const reopen = addDays(closeDay, r.int(5, 20));
    if (change(reopen, "ACTIVE")) {
      const second = addDays(reopen, r.int(10, 60));
      closingReason = "FULL_RETURN_TO_WORK";
      closed = change(second, "CLOSED", { closingReason });
      openUntil = closed ? second : w.asOf;
    }
  }

  // Follow-ups every 4 weeks from week 8 while open; 90 % held, up to 10 days early or late.
  const followUps: CitizenFacts["followUps"] = [];
  const followUpRecords: Record<string, unknown>[] = [];
  for (let due = addDays(firstDay, 56); due <= openUntil; due = addDays(due, 28)) {
    if (!r.chance(0.9)) continue;
    const heldDay = addDays(due, r.int(-10, 10));
    // 2 %: 23:30 UTC, i.e. the next Danish day (00:30 or 01:30 Danish time).
    const heldAt = at(heldDay, r.chance(0.02) ? 23.5 : 9);
    if (heldAt > w.now || heldDay < firstDay) continue;
    followUps.push({ heldAt, dueOn: due });
    followUpRecords.push({ status: "HELD", mode: r.pick(["IN_PERSON", "PHONE", "VIDEO"]), dueOn: isoDay(due), heldAt: iso(heldAt) });
  }

  // At most one referral; its events stop at today.
  let referral: ReferralFact | null = null;
  const referralRecords: Record<string, unknown>[] = [];
  const plans: PlanFact[] = [];
  const planRecords: Record<string, unknown>[] = [];
  const suitable = w.programmes.filter((p) => p.forGroups.includes(group));
  const submittedDay = addDays(firstDay, r.int(14, 60));
  if (suitable.length && length > 30 && at(submittedDay, 8) <= w.now && r.chance(0.35)) {
    const programme = r.pick(suitable);
    const hc = w.healthCenters.find((h) => h.key === programme.department)!;
    const therapist = r.pick(hc.therapists);
    const events: ReferralFact["events"] = [];
    const push = (status: string, day: Date, code: string | null = null) => {
      const t = at(day, 8 + events.length * 0.25);
      if (t > w.now) return false;
      events.push({ status, at: t, code });
      return true;
    };
    push("SUBMITTED", submittedDay);
    const answer = r.int(1, 3);
    if (r.chance(0.12)) push("REJECTED", addDays(submittedDay, answer), r.pick(REASON_CODES));
    else if (push(r.chance(0.3) ? "WAITLISTED" : "ACCEPTED", addDays(submittedDay, answer))) {
      const start = addDays(submittedDay, r.int(answer + 1, 60));
      if (push("STARTED", start)) {
        const outcome = weighted(r, [
          ["COMPLETED", 0.75],
          ["DROPPED", 0.15],
          ["RETURNED", 0.1],
        ] as const);
        const end = outcome === "COMPLETED" ? addDays(start, programme.weeks * 7) : addDays(start, r.int(7, 30));
        const ended = push(outcome, end, outcome === "COMPLETED" ? null : r.pick(REASON_CODES));
        if (r.chance(0.8)) {
          const planEnd = ended ? end : null;
          plans.push(planFacts(r, w, hc.key, programme.key, start, planEnd));
          planRecords.push(planRecord(r, plans.at(-1)!, `pl${i}`, therapist, `h${i}`));
        }
      }
    }
    referral = { programme: programme.key, submittedAt: events[0]!.at, events };
    referralRecords.push({
      key: `h${i}`,
      programme: programme.key,
      referredBy: r.pick(jc.caseworkers),
      reason: "Henvist til tilbud",
      events: events.map((e) => ({
        status: e.status,
        at: iso(e.at),
        ...(e.code
          ? { reasonCode: e.code, reason: "Årsag registreret" }
          : e.status === "REJECTED" || e.status === "DROPPED" || e.status === "RETURNED"
            ? { reason: "Årsag registreret" }
            : {}),
      })),
    });
  } else if (group === "MUSCULOSKELETAL" && r.chance(0.05)) {
    // A hospital rehab plan without a referral.
    const hc = r.pick(w.healthCenters);
    const start = addDays(firstDay, r.int(7, 30));
    if (start <= w.asOf) {
      const end = addDays(start, r.int(30, 90));
      plans.push(planFacts(r, w, hc.key, null, start, end <= w.asOf ? end : null));
      planRecords.push(planRecord(r, plans.at(-1)!, `pl${i}`, r.pick(hc.therapists), null));
    }
  }

  const record = {
    key: citizen,
    cpr,
    firstName: r.pick(FIRST_NAMES),
    lastName: r.pick(LAST_NAMES),
    cases: [
      {
        key: `s${i}`,
        department: jc.key,
        caseworker: r.pick(jc.caseworkers),
        firstAbsenceDay: isoDay(firstDay),
        diagnosisGroup: group,
        diagnosisDetail: detailFor(r.pick(DIAGNOSIS_DETAILS[group]), referral?.programme ?? null),
        statusEvents,
        followUps: followUpRecords,
        referrals: referralRecords,
      },
    ],
    rehabPlans: planRecords,
  };
  // The plans' condition and body region follow the case's diagnosis (issue 8 item 16); no random draw.
  const detail = record.cases[0]!.diagnosisDetail;
  for (const plan of planRecords) Object.assign(plan, { condition: detail, bodyRegion: BODY_REGION_OF_TOPIC[topicOfDetail(detail)] });
  return { record, facts: { citizen, jobcenter: jc.key, group, firstDay, timeline, followUps, referral, plans } };
}

function planFacts(r: Rng, w: World, department: string, programme: string | null, start: Date, end: Date | null): PlanFact {
  const until = end ?? w.asOf;
  const days = Math.max(0, Math.round((until.getTime() - start.getTime()) / 86_400_000));
  const goalsAchieved: Date[] = [];
  const goals = r.int(1, 3);
  for (let g = 0; g < goals; g++) if (r.chance(0.6)) goalsAchieved.push(addDays(start, r.int(0, days)));
  const notes = r.int(1, 4);
  const srh = [r.int(1, 3)];
  for (let n = 1; n < notes; n++) srh.push(Math.max(1, Math.min(5, srh[n - 1]! + r.pick([-1, 0, 1, 1]))));
  return { department, programme, start, end, goalsAchieved, srh };
}

/**
 * The drawn diagnosis detail, unless the referral's programme says otherwise: back-school and graded
 * training are for low-back pain, the shoulder programme for shoulders (issue 8 item 16). The draw
 * happens either way, so the random sequence (and every generated key figure) stays the same.
 */
function detailFor(drawn: string, programme: string | null): string {
  const topic = topicOfDetail(drawn);
  if ((programme === "rygskole" || programme === "gradueret") && topic !== "back") return "Lændesmerter";
  if (programme === "skulder" && topic !== "shoulder") return "Skulderlidelse";
  return drawn;
}

function planRecord(r: Rng, p: PlanFact, key: string, therapist: string, referral: string | null): Record<string, unknown> {
  const until = p.end ?? p.start;
  const days = Math.max(0, Math.round((until.getTime() - p.start.getTime()) / 86_400_000));
  const goals = Math.max(p.goalsAchieved.length, 1);
  return {
    key,
    department: p.department,
    therapist,
    referral,
    condition: "Genoptræning",
    bodyRegion: "Ryg",
    startOn: isoDay(p.start),
    endOn: p.end ? isoDay(p.end) : null,
    goals: Array.from({ length: goals }, (_, g) => ({
      text: `Arbejdsrettet mål ${g + 1}`,
      baseline: "Udgangspunkt",
      target: "Målsætning",
      achievedOn: p.goalsAchieved[g] ? isoDay(p.goalsAchieved[g]!) : null,
    })),
    progressNotes: p.srh.map((s, n) => ({
      writtenOn: isoDay(addDays(p.start, Math.round((days * n) / Math.max(1, p.srh.length - 1)))),
      author: therapist,
      text: "Status",
      selfRatedHealth: s,
      pain: r.int(0, 10),
      workAbility: r.int(0, 10),
    })),
  };
}
