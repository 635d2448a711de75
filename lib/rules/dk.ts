// Denmark: sickness-benefit follow-up deadlines (SPEC §4). Pure and deterministic: the same facts,
// parameters and "today" always give the same deadlines.
//
// Counting: the first absence day is day 1, so "end of week N" = firstAbsenceDay + 7N − 1 days and
// "from week N" = firstAbsenceDay + 7(N − 1) days. Months are calendar months, clamped to the last
// day of the month (31 Jan + 3 months = 30 Apr; 30 Nov + 3 months = 28/29 Feb).
//
// Interpretations (each has a test in dk.test.ts):
//  1. CLOSED (the latest status change) → no deadlines at all.
//  2. Next follow-up. Without a held follow-up: FIRST_FOLLOW_UP by the end of week
//     `firstFollowUpWeek`. After the latest held follow-up H: FOLLOW_UP by H + `followUpIntervalMonths`,
//     or by H + `followUpIntervalWeeksPartialOrProgramme` weeks (4) when the citizen is "strict" on H
//     (status PARTIAL_RETURN, or a programme period covers H).
//  3. Strictness beginning mid-interval, on day S (H < S): the 4-week rhythm applies from the change:
//     due H + 4 weeks if that day has not passed on S (H + 4w ≥ S), otherwise S + 4 weeks. The
//     earliest of all candidates wins. A strict period that ends again before its 4-week deadline
//     leaves that deadline standing (never later than the law; the follow-up is still useful).
//  4. Pauses: exemptions [fromOn, untilOn] (untilOn is the last exempt day) and closures (CLOSED
//     followed by a reopening). A pause that reaches past the anchor (H, or the first absence day)
//     moves the follow-up deadline:
//       - open-ended exemption → no follow-up deadline at all ("no follow-up deadlines while exempt");
//       - otherwise, from the end of the pause, the next follow-up is due within `resumeFollowUpWeeks`
//         (4) weeks — after an exemption: untilOn + 4 weeks; after a reopening: reopening day + 4
//         weeks — unless the regular deadline still lies ahead (after the exemption's last day / on or
//         after the reopening day) and is earlier: then the regular one stands ("whichever is earlier").
//         A regular deadline that fell inside or before the pause is replaced by the restart deadline.
//     So a follow-up deadline never falls on an exempt day. A pause that starts after a still pending
//     deadline (and has not begun by today) does not touch it; once such a pause has begun, it
//     supersedes the missed deadline. This and rule 5 are the only places where "today" affects
//     which deadlines exist; the daily recompute job picks them up.
//  5. EMPLOYER_CONVERSATION by the end of week `employerConversationWeek` is pending until it is
//     recorded (then returned with satisfiedOn). It stops being a pending jobcenter deadline once a
//     follow-up has been held (the caseworker checks it in the first follow-up), once the first
//     follow-up's regular deadline (end of week `firstFollowUpWeek`) has passed (from then on the
//     overdue first follow-up is what the caseworker must act on), and, on a reopened case, when it
//     fell before the reopening.
//  6. CONTACT_WINDOW_OPENS (from week `contactFromWeek`) and RETENTION_PLAN_POSSIBLE (from week
//     `retentionPlanFromWeek`) are informational; on a reopened case they are left out when they fell
//     before the reopening.
//  7. Benefit limit (`benefitLimitWeeks` within `benefitLimitWindowMonths`): benefit days are the days
//     from the first absence day on which the case is not CLOSED (partial return counts), counted in a
//     rolling window (day − months, day]. BENEFIT_LIMIT_APPROACHING (informational) is dated the day
//     the count enters week `benefitLimitWarningWeek`; EXTENSION_ASSESSMENT is due the day the count
//     completes week `benefitLimitWeeks` − 1 (before week 22 = by the end of week 21). For a case that
//     was never closed these are simply day 1 of week 18 and the last day of week 21.
//     The assessment is satisfied by `extensionAssessedOn` or, while there is no separate record,
//     by a follow-up held on or after the warning day (that conversation is where it is assessed).
//  8. State: OVERDUE when dueOn < today; DUE_SOON when dueOn is today or within `dueSoonDays` days;
//     otherwise ON_TRACK. Satisfied deadlines are ON_TRACK.
import { z } from "zod";
import { addDays, addMonths, daysBetween } from "./dates";
import {
  DK_DEFAULTS,
  type CaseFacts,
  type Deadline,
  type DeadlineKind,
  type DeadlineState,
  type DkParameters,
  type Ruleset,
} from "./types";

export const DK_PARAMETER_KEYS = [
  "firstFollowUpWeek",
  "contactFromWeek",
  "followUpIntervalMonths",
  "followUpIntervalWeeksPartialOrProgramme",
  "resumeFollowUpWeeks",
  "employerConversationWeek",
  "retentionPlanFromWeek",
  "benefitLimitWeeks",
  "benefitLimitWindowMonths",
  "benefitLimitWarningWeek",
  "dueSoonDays",
] as const satisfies readonly (keyof DkParameters)[];

export type DkParameterKey = (typeof DK_PARAMETER_KEYS)[number];

/** Sane ranges of each parameter; shared by the engine, the admin form schema and the form's min/max. */
export const DK_PARAMETER_RANGES: Record<DkParameterKey, { min: number; max: number; unit: "weeks" | "months" | "days" }> = {
  firstFollowUpWeek: { min: 1, max: 52, unit: "weeks" },
  contactFromWeek: { min: 1, max: 52, unit: "weeks" },
  followUpIntervalMonths: { min: 1, max: 24, unit: "months" },
  followUpIntervalWeeksPartialOrProgramme: { min: 1, max: 52, unit: "weeks" },
  resumeFollowUpWeeks: { min: 1, max: 52, unit: "weeks" },
  employerConversationWeek: { min: 1, max: 52, unit: "weeks" },
  retentionPlanFromWeek: { min: 1, max: 52, unit: "weeks" },
  benefitLimitWeeks: { min: 2, max: 104, unit: "weeks" },
  benefitLimitWindowMonths: { min: 1, max: 36, unit: "months" },
  benefitLimitWarningWeek: { min: 1, max: 103, unit: "weeks" },
  dueSoonDays: { min: 0, max: 60, unit: "days" },
};

/** Rules across parameters, as (field, translation key); used by both the engine and the admin form schema. */
export function dkCrossFieldIssues(
  p: Pick<
    DkParameters,
    "contactFromWeek" | "firstFollowUpWeek" | "benefitLimitWarningWeek" | "benefitLimitWeeks" | "benefitLimitWindowMonths"
  >,
): { path: DkParameterKey; message: string }[] {
  const issues: { path: DkParameterKey; message: string }[] = [];
  if (p.contactFromWeek > p.firstFollowUpWeek) issues.push({ path: "contactFromWeek", message: "rules.errors.contactAfterFirstFollowUp" });
  if (p.benefitLimitWarningWeek >= p.benefitLimitWeeks)
    issues.push({ path: "benefitLimitWarningWeek", message: "rules.errors.warningNotBeforeLimit" });
  // The limit must be reachable inside the window (a month has at least 28 days).
  if (p.benefitLimitWeeks * 7 > p.benefitLimitWindowMonths * 28)
    issues.push({ path: "benefitLimitWeeks", message: "rules.errors.limitExceedsWindow" });
  return issues;
}

const param = (key: DkParameterKey) => {
  const { min, max } = DK_PARAMETER_RANGES[key];
  return z
    .number({ error: "errors.invalidNumber" })
    .int("errors.invalidNumber")
    .min(min, "errors.numberTooSmall")
    .max(max, "errors.numberTooLarge")
    .default(DK_DEFAULTS[key]);
};

/** Stored/engine form of the Danish parameters: numbers; missing keys take DK_DEFAULTS; unknown keys are dropped. */
export const ZDkParameters = z
  .object({
    version: z.number().int().min(1).default(DK_DEFAULTS.version),
    firstFollowUpWeek: param("firstFollowUpWeek"),
    contactFromWeek: param("contactFromWeek"),
    followUpIntervalMonths: param("followUpIntervalMonths"),
    followUpIntervalWeeksPartialOrProgramme: param("followUpIntervalWeeksPartialOrProgramme"),
    resumeFollowUpWeeks: param("resumeFollowUpWeeks"),
    employerConversationWeek: param("employerConversationWeek"),
    retentionPlanFromWeek: param("retentionPlanFromWeek"),
    benefitLimitWeeks: param("benefitLimitWeeks"),
    benefitLimitWindowMonths: param("benefitLimitWindowMonths"),
    benefitLimitWarningWeek: param("benefitLimitWarningWeek"),
    dueSoonDays: param("dueSoonDays"),
  })
  .superRefine((p, ctx) => {
    for (const i of dkCrossFieldIssues(p)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  });

type Status = CaseFacts["statusChanges"][number]["status"];
type Draft = Omit<Deadline, "state">;

const endOfWeek = (first: Date, week: number) => addDays(first, 7 * week - 1);
const startOfWeek = (first: Date, week: number) => addDays(first, 7 * (week - 1));
const t = (d: Date) => d.getTime();
const minDate = (a: Date, b: Date) => (t(a) <= t(b) ? a : b);

export function deadlineState(dueOn: Date, today: Date, dueSoonDays: number): DeadlineState {
  const days = daysBetween(today, dueOn);
  if (days < 0) return "OVERDUE";
  return days <= dueSoonDays ? "DUE_SOON" : "ON_TRACK";
}

/** Status changes in effective order (stable for changes on the same day: input order). */
function timelineOf(facts: CaseFacts) {
  return facts.statusChanges.map((c, i) => ({ ...c, i })).sort((a, b) => t(a.effectiveOn) - t(b.effectiveOn) || a.i - b.i);
}
type Timeline = ReturnType<typeof timelineOf>;

/** Status in force on `day`; before the first recorded change a case is ACTIVE. */
function statusOn(timeline: Timeline, day: Date): Status {
  let s: Status = "ACTIVE";
  for (const c of timeline) {
    if (t(c.effectiveOn) > t(day)) break;
    s = c.status;
  }
  return s;
}

type Pause = { start: Date; resumeOn: Date | null; restartDue: Date | null; basis: string };

function pausesOf(p: DkParameters, facts: CaseFacts, timeline: Timeline): Pause[] {
  const w = 7 * p.resumeFollowUpWeeks;
  const pauses: Pause[] = facts.exemptions.map((e) => ({
    start: e.fromOn,
    resumeOn: e.untilOn ? addDays(e.untilOn, 1) : null,
    restartDue: e.untilOn ? addDays(e.untilOn, w) : null,
    basis: "dkFollowUpAfterExemption",
  }));
  let closedSince: Date | null = null;
  for (const c of timeline) {
    if (c.status === "CLOSED") closedSince ??= c.effectiveOn;
    else if (closedSince) {
      pauses.push({
        start: closedSince,
        resumeOn: c.effectiveOn,
        restartDue: addDays(c.effectiveOn, w),
        basis: "dkFollowUpAfterReopening",
      });
      closedSince = null;
    }
  }
  return pauses.sort((a, b) => t(a.start) - t(b.start));
}

function lastReopening(timeline: Timeline): Date | null {
  let reopened: Date | null = null;
  for (let i = 1; i < timeline.length; i++) {
    if (timeline[i - 1]!.status === "CLOSED" && timeline[i]!.status !== "CLOSED") reopened = timeline[i]!.effectiveOn;
  }
  return reopened;
}

function nextFollowUp(p: DkParameters, facts: CaseFacts, timeline: Timeline, lastHeld: Date | null, today: Date): Draft | null {
  const first = facts.firstAbsenceDay;
  let due: Date;
  let basis: string;
  if (!lastHeld) {
    due = endOfWeek(first, p.firstFollowUpWeek);
    basis = "dkFirstFollowUp";
  } else {
    const H = lastHeld;
    const strictDays = 7 * p.followUpIntervalWeeksPartialOrProgramme;
    const strictDue = addDays(H, strictDays);
    const strictOn = (day: Date) =>
      statusOn(timeline, day) === "PARTIAL_RETURN" ||
      facts.programmePeriods.some((pp) => t(pp.fromOn) <= t(day) && (pp.untilOn === null || t(day) <= t(pp.untilOn)));
    due = addMonths(H, p.followUpIntervalMonths);
    basis = "dkFollowUp";
    const candidates: Date[] = [];
    if (strictOn(H)) candidates.push(strictDue);
    const starts = [
      ...timeline.filter((c) => c.status === "PARTIAL_RETURN").map((c) => c.effectiveOn),
      ...facts.programmePeriods.map((pp) => pp.fromOn),
    ].filter((s) => t(s) > t(H) && t(s) < t(due) && strictOn(s));
    for (const s of starts) candidates.push(t(strictDue) >= t(s) ? strictDue : addDays(s, strictDays));
    for (const c of candidates) {
      if (t(c) < t(due)) {
        due = c;
        basis = "dkFollowUpPartialOrProgramme";
      }
    }
  }
  const anchor = lastHeld ?? first;
  for (const pause of pausesOf(p, facts, timeline)) {
    if (pause.resumeOn && t(pause.resumeOn) <= t(anchor)) continue; // over before the anchor
    if (t(pause.start) > t(due) && t(pause.start) > t(today)) continue; // not begun, deadline comes first
    if (!pause.resumeOn || !pause.restartDue) return null; // open-ended exemption
    if (t(due) >= t(pause.resumeOn)) {
      if (t(pause.restartDue) < t(due)) {
        due = pause.restartDue;
        basis = pause.basis;
      }
    } else {
      due = pause.restartDue;
      basis = pause.basis;
    }
  }
  return { kind: lastHeld ? "FOLLOW_UP" : "FIRST_FOLLOW_UP", dueOn: due, legalBasisKey: basis, informational: false };
}

/** Days on which the rolling benefit-day count enters the warning week and completes the week before the limit. */
function benefitMilestones(p: DkParameters, first: Date, timeline: Timeline): { warningOn: Date | null; extensionDueOn: Date | null } {
  const warnAt = (p.benefitLimitWarningWeek - 1) * 7 + 1;
  const extensionAt = (p.benefitLimitWeeks - 1) * 7;
  const horizon = 366 * 6;
  const prefix = [0];
  let next = 0;
  let status: Status = "ACTIVE";
  let warningOn: Date | null = null;
  for (let i = 0; i < horizon; i++) {
    const day = addDays(first, i);
    while (next < timeline.length && t(timeline[next]!.effectiveOn) <= t(day)) status = timeline[next++]!.status;
    prefix.push(prefix[i]! + (status === "CLOSED" ? 0 : 1));
    const from = Math.max(0, daysBetween(first, addMonths(day, -p.benefitLimitWindowMonths)) + 1);
    const count = prefix[i + 1]! - prefix[from]!;
    if (!warningOn && count >= warnAt) warningOn = day;
    if (count >= extensionAt) return { warningOn: warningOn ?? day, extensionDueOn: day };
  }
  return { warningOn, extensionDueOn: null };
}

const KIND_ORDER: DeadlineKind[] = [
  "EMPLOYER_CONVERSATION",
  "CONTACT_WINDOW_OPENS",
  "FIRST_FOLLOW_UP",
  "FOLLOW_UP",
  "RETENTION_PLAN_POSSIBLE",
  "BENEFIT_LIMIT_APPROACHING",
  "EXTENSION_ASSESSMENT",
];

function exemptOn(facts: CaseFacts, day: Date): boolean {
  return facts.exemptions.some((e) => t(e.fromOn) <= t(day) && (e.untilOn === null || t(day) <= t(e.untilOn)));
}

export function computeDk(p: DkParameters, facts: CaseFacts, today: Date): Deadline[] {
  const timeline = timelineOf(facts);
  if (timeline.length && timeline[timeline.length - 1]!.status === "CLOSED") return [];
  const first = facts.firstAbsenceDay;
  const held = [...facts.heldFollowUps].sort((a, b) => t(a) - t(b));
  const lastHeld = held.at(-1) ?? null;
  const reopenedOn = lastReopening(timeline);
  const beforeReopening = (d: Date) => reopenedOn !== null && t(d) < t(reopenedOn);
  const drafts: Draft[] = [];

  const employerDue = endOfWeek(first, p.employerConversationWeek);
  if (facts.employerConversationHeldOn) {
    drafts.push({
      kind: "EMPLOYER_CONVERSATION",
      dueOn: employerDue,
      legalBasisKey: "dkEmployerConversation",
      informational: false,
      satisfiedOn: facts.employerConversationHeldOn,
    });
  } else if (
    held.length === 0 &&
    !beforeReopening(employerDue) &&
    !exemptOn(facts, today) &&
    t(today) <= t(endOfWeek(first, p.firstFollowUpWeek))
  ) {
    // (While the case is exempt, the employer's conversation is not flagged to the caseworker either.)
    drafts.push({
      kind: "EMPLOYER_CONVERSATION",
      dueOn: employerDue,
      legalBasisKey: "dkEmployerConversation",
      informational: false,
      satisfiedOn: null,
    });
  }
  const contactFrom = startOfWeek(first, p.contactFromWeek);
  if (!beforeReopening(contactFrom))
    drafts.push({ kind: "CONTACT_WINDOW_OPENS", dueOn: contactFrom, legalBasisKey: "dkContactWindow", informational: true });
  const retentionFrom = startOfWeek(first, p.retentionPlanFromWeek);
  if (!beforeReopening(retentionFrom))
    drafts.push({ kind: "RETENTION_PLAN_POSSIBLE", dueOn: retentionFrom, legalBasisKey: "dkRetentionPlan", informational: true });

  const followUp = nextFollowUp(p, facts, timeline, lastHeld, today);
  if (followUp) drafts.push({ ...followUp, satisfiedOn: null });

  const { warningOn, extensionDueOn } = benefitMilestones(p, first, timeline);
  if (warningOn) drafts.push({ kind: "BENEFIT_LIMIT_APPROACHING", dueOn: warningOn, legalBasisKey: "dkBenefitLimit", informational: true });
  if (extensionDueOn) {
    const assessed = facts.extensionAssessedOn ?? (warningOn ? held.find((h) => t(h) >= t(warningOn)) : undefined) ?? null;
    drafts.push({
      kind: "EXTENSION_ASSESSMENT",
      dueOn: extensionDueOn,
      legalBasisKey: "dkExtensionAssessment",
      informational: false,
      satisfiedOn: assessed,
    });
  }

  return drafts
    .map((d) => ({ ...d, state: d.satisfiedOn ? ("ON_TRACK" as const) : deadlineState(d.dueOn, today, p.dueSoonDays) }))
    .sort((a, b) => t(a.dueOn) - t(b.dueOn) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

export const dkRuleset: Ruleset<DkParameters> = {
  jurisdiction: "DK",
  parametersSchema: ZDkParameters,
  defaults: DK_DEFAULTS,
  parameterKeys: DK_PARAMETER_KEYS,
  compute: computeDk,
};
