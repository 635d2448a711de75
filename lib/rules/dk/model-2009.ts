// Denmark, the 2009 follow-up rules described in the source reports (KL 2011, Rambøll 2009; SPEC §4):
// "DK 2009 (source reports)". Pure and deterministic: the same facts, parameters and "today"
// always give the same deadlines. The visitation categories of the 2014 reform do not exist here.
//
// Interpretations (each has a test in tests/dk-2009-*.test.ts):
//  1. CLOSED (the latest status change) → no deadlines at all.
//  2. Next follow-up. Without a held follow-up: FIRST_FOLLOW_UP by the end of week
//     `firstFollowUpWeek`. After the latest held follow-up H: FOLLOW_UP by H + `followUpIntervalMonths`,
//     or by H + `followUpIntervalWeeksPartialOrProgramme` weeks (4) when the citizen is "strict" on H
//     (status PARTIAL_RETURN, or a programme period covers H).
//  3. Strictness beginning mid-interval, on day S (H < S): the 4-week rhythm applies from the change:
//     due H + 4 weeks if that day has not passed on S (H + 4w ≥ S), otherwise S + 4 weeks. The
//     earliest of all candidates wins. A strict period that ends again before its 4-week deadline
//     leaves that deadline standing (never later than the law; the follow-up is still useful).
//  4. Pauses (exemptions, closure followed by a reopening): see applyPauses in ./common.ts —
//     open-ended exemption → no follow-up deadline; otherwise due within `resumeFollowUpWeeks`
//     after the pause unless the regular deadline lies ahead and is earlier. This and rule 5 are the
//     only places where "today" affects which deadlines exist; the daily recompute job picks them up.
//  5. EMPLOYER_CONVERSATION by the end of week `employerConversationWeek` is pending until it is
//     recorded (then returned with satisfiedOn). It stops being a pending jobcenter deadline once a
//     follow-up has been held, once the first follow-up's regular deadline (end of week
//     `firstFollowUpWeek`) has passed, while the case is exempt, and, on a reopened case, when it
//     fell before the reopening.
//  6. CONTACT_WINDOW_OPENS (from week `contactFromWeek`) and RETENTION_PLAN_POSSIBLE (from week
//     `retentionPlanFromWeek`) are informational; on a reopened case they are left out when they fell
//     before the reopening.
//  7. Benefit limit (`benefitLimitWeeks` within `benefitLimitWindowMonths`, see benefitMilestones):
//     BENEFIT_LIMIT_APPROACHING (informational) the day the count enters week `benefitLimitWarningWeek`;
//     EXTENSION_ASSESSMENT due the day the count completes week `benefitLimitWeeks` − 1 (before week 22
//     = by the end of week 21). It is satisfied by `extensionAssessedOn` or, while there is no
//     separate record, by a follow-up held on or after the warning day.
//  8. State: OVERDUE when dueOn < today; DUE_SOON when dueOn is today or within `dueSoonDays` days;
//     otherwise ON_TRACK. Satisfied deadlines are ON_TRACK.
import { addDays, addMonths, endOfWeek, startOfWeek } from "../dates";
import type { CaseFacts, DeadlineDraft, DkParameters, RulesEvaluation } from "../types";
import { applyPauses, benefitMilestones, exemptOn, openCaseBasics, pausesOf, statusOn, t, type Timeline } from "./common";

const EMPLOYER_PARAGRAPH = "sygedagpengeloven § 7 a";

function nextFollowUp(p: DkParameters, facts: CaseFacts, timeline: Timeline, lastHeld: Date | null, today: Date): DeadlineDraft | null {
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
  const pauses = pausesOf(facts, timeline, p.resumeFollowUpWeeks, {
    exemption: "dkFollowUpAfterExemption",
    reopening: "dkFollowUpAfterReopening",
  });
  const moved = applyPauses(pauses, due, basis, lastHeld ?? first, today);
  if (!moved) return null;
  return { kind: lastHeld ? "FOLLOW_UP" : "FIRST_FOLLOW_UP", dueOn: moved.due, legalBasisKey: moved.basis, informational: false };
}

/** The 2009 rules' deadlines (without states) for one case; no flags exist under these rules. */
export function evaluateDk2009(p: DkParameters, facts: CaseFacts, today: Date): RulesEvaluation {
  const basics = openCaseBasics(facts);
  if (!basics) return { drafts: [], flags: [] };
  const { timeline, first, held, lastHeld, reopenedOn } = basics;
  const beforeReopening = (d: Date) => reopenedOn !== null && t(d) < t(reopenedOn);
  const drafts: DeadlineDraft[] = [];

  const employerDue = endOfWeek(first, p.employerConversationWeek);
  const employer = { kind: "EMPLOYER_CONVERSATION", dueOn: employerDue, legalBasisKey: "dkEmployerConversation" } as const;
  if (facts.employerConversationHeldOn) {
    drafts.push({ ...employer, legalParagraph: EMPLOYER_PARAGRAPH, informational: false, satisfiedOn: facts.employerConversationHeldOn });
  } else if (
    held.length === 0 &&
    !beforeReopening(employerDue) &&
    !exemptOn(facts, today) &&
    t(today) <= t(endOfWeek(first, p.firstFollowUpWeek))
  ) {
    drafts.push({ ...employer, legalParagraph: EMPLOYER_PARAGRAPH, informational: false, satisfiedOn: null });
  }
  const contactFrom = startOfWeek(first, p.contactFromWeek);
  if (!beforeReopening(contactFrom))
    drafts.push({ kind: "CONTACT_WINDOW_OPENS", dueOn: contactFrom, legalBasisKey: "dkContactWindow", informational: true });
  const retentionFrom = startOfWeek(first, p.retentionPlanFromWeek);
  if (!beforeReopening(retentionFrom))
    drafts.push({
      kind: "RETENTION_PLAN_POSSIBLE",
      dueOn: retentionFrom,
      legalBasisKey: "dkRetentionPlan",
      legalParagraph: "sygedagpengeloven § 7 b",
      informational: true,
    });

  const followUp = nextFollowUp(p, facts, timeline, lastHeld, today);
  if (followUp) drafts.push({ ...followUp, satisfiedOn: null });

  const { warningOn, dueOn } = benefitMilestones(first, timeline, {
    limitWeeks: p.benefitLimitWeeks,
    windowMonths: p.benefitLimitWindowMonths,
    warningWeek: p.benefitLimitWarningWeek,
    excludedFirstDays: 0,
    dueRule: "BEFORE_LIMIT_WEEK",
  });
  if (warningOn)
    drafts.push({
      kind: "BENEFIT_LIMIT_APPROACHING",
      dueOn: warningOn,
      legalBasisKey: "dkBenefitLimit",
      legalParagraph: "sygedagpengeloven § 24",
      informational: true,
    });
  if (dueOn) {
    const assessed = facts.extensionAssessedOn ?? (warningOn ? held.find((h) => t(h) >= t(warningOn)) : undefined) ?? null;
    drafts.push({
      kind: "EXTENSION_ASSESSMENT",
      dueOn,
      legalBasisKey: "dkExtensionAssessment",
      legalParagraph: "sygedagpengeloven §§ 24 og 27",
      informational: false,
      satisfiedOn: assessed,
    });
  }
  return { drafts, flags: [] };
}
