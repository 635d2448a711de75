// The reassessment (revurdering) before the benefit limit under the 2014 rules, its outcomes and
// what each implies for the case (issue 15). Sources: sygedagpengeloven § 24 (revurdering, the
// 22 weeks within 9 months, the days not counted), § 24, stk. 2 (transfer to a job clarification
// course, jobafklaringsforløb), § 27, stk. 1, nr. 1–7 (extension grounds, forlængelse); Styrelsen for
// Arbejdsmarked og Rekrutterings vejledning om sygedagpengeperioden og forlængelse.
import type { CaseFacts, DeadlineDraft, ExtensionGround, ReassessmentOutcome } from "../types";
import { benefitMilestones, lastReopening, t, type BenefitMilestones, type Timeline } from "./common";
import type { Dk2014Parameters } from "./params-2014";

/** The extension grounds of § 27, stk. 1, in the law's order, with their paragraph. */
export const DK_EXTENSION_GROUNDS: Readonly<Record<ExtensionGround, { legalParagraph: string }>> = {
  REVALIDATION: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 1" },
  WORK_ABILITY_CLARIFICATION: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 2" },
  MEDICAL_TREATMENT: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 3" },
  REHABILITATION_TEAM: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 4" },
  LIFE_THREATENING_ILLNESS: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 5" },
  INDUSTRIAL_INJURY: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 6" },
  DISABILITY_PENSION_APPLICATION: { legalParagraph: "sygedagpengeloven § 27, stk. 1, nr. 7" },
};

/** What a reassessment outcome means for the case (the domain applies it; the engine only describes it). */
export type ReassessmentConsequence = {
  /** false: the benefit continues and the case stays open with its status; true: the case is closed. */
  closesCase: boolean;
  /** The closing reason the case gets when it closes (values of the ClosingReason enum). */
  closingReason: "TRANSFERRED_TO_OTHER_BENEFIT" | "BENEFIT_PERIOD_ENDED" | null;
  /** An extension must name its ground (§ 27, stk. 1, nr. 1–7). */
  requiresGround: boolean;
  legalParagraph: string;
};

export const DK_REASSESSMENT_OUTCOMES: Readonly<Record<ReassessmentOutcome, ReassessmentConsequence>> = {
  /** Forlængelse: the benefit is extended on one of the grounds of § 27; follow-up continues. */
  EXTENDED: { closesCase: false, closingReason: null, requiresGround: true, legalParagraph: "sygedagpengeloven § 27, stk. 1" },
  /** Jobafklaringsforløb: the benefit stops at the reassessment; the citizen moves to resource-course benefit. */
  JOB_CLARIFICATION_COURSE: {
    closesCase: true,
    closingReason: "TRANSFERRED_TO_OTHER_BENEFIT",
    requiresGround: false,
    legalParagraph: "sygedagpengeloven § 24, stk. 2",
  },
  /** No extension and no job clarification course (e.g. no longer unfit for work): the benefit period ends. */
  BENEFIT_ENDED: {
    closesCase: true,
    closingReason: "BENEFIT_PERIOD_ENDED",
    requiresGround: false,
    legalParagraph: "sygedagpengeloven § 24, stk. 1",
  },
};

/**
 * Checks a reassessment decision before it is recorded; returns (field, translation key) pairs,
 * empty when valid. An extension needs a ground; other outcomes take neither ground nor end date;
 * an extension's end date lies after the decision.
 */
export function reassessmentIssues(r: {
  decidedOn: Date;
  outcome: ReassessmentOutcome;
  ground?: ExtensionGround | null;
  extendedUntil?: Date | null;
}): { path: "ground" | "extendedUntil"; message: string }[] {
  const issues: { path: "ground" | "extendedUntil"; message: string }[] = [];
  const rule = DK_REASSESSMENT_OUTCOMES[r.outcome];
  if (rule.requiresGround && !r.ground) issues.push({ path: "ground", message: "rules.errors.extensionGroundRequired" });
  if (!rule.requiresGround && r.ground) issues.push({ path: "ground", message: "rules.errors.groundOnlyForExtension" });
  if (!rule.requiresGround && r.extendedUntil) issues.push({ path: "extendedUntil", message: "rules.errors.groundOnlyForExtension" });
  if (r.extendedUntil && t(r.extendedUntil) <= t(r.decidedOn))
    issues.push({ path: "extendedUntil", message: "rules.errors.extensionEndsBeforeDecision" });
  return issues;
}

/** Days at the start of the absence that do not count towards the limit (§ 24, stk. 2), by employment status. */
export function excludedFirstDays(p: Dk2014Parameters, facts: CaseFacts): number {
  return facts.employmentStatus === "SELF_EMPLOYED" ? p.benefitExcludedDaysSelfEmployed : p.benefitExcludedDaysEmployee;
}

/**
 * The benefit-limit deadlines under the 2014 rules:
 *  - BENEFIT_LIMIT_APPROACHING (informational) when the count enters week `benefitLimitWarningWeek`;
 *  - EXTENSION_ASSESSMENT (the reassessment, § 24, stk. 1) due at the end of the month in which more
 *    than `benefitLimitWeeks` weeks have been counted (or before the limit week when
 *    `reassessmentAtMonthEnd` is 0), satisfied by the latest reassessment decision of the current
 *    period (since the last reopening) or the legacy `extensionAssessedOn`;
 *  - after an extension with an end date, a new EXTENSION_ASSESSMENT due on that date (§ 27).
 * A held follow-up does not count as the reassessment: it is a decision with an outcome.
 */
export function reassessmentDrafts(
  p: Dk2014Parameters,
  facts: CaseFacts,
  timeline: Timeline,
): { drafts: DeadlineDraft[]; milestones: BenefitMilestones } {
  const first = facts.firstAbsenceDay;
  const milestones = benefitMilestones(first, timeline, {
    limitWeeks: p.benefitLimitWeeks,
    windowMonths: p.benefitLimitWindowMonths,
    warningWeek: p.benefitLimitWarningWeek,
    excludedFirstDays: excludedFirstDays(p, facts),
    dueRule: p.reassessmentAtMonthEnd === 1 ? "MONTH_END" : "BEFORE_LIMIT_WEEK",
  });
  const drafts: DeadlineDraft[] = [];
  if (milestones.warningOn)
    drafts.push({
      kind: "BENEFIT_LIMIT_APPROACHING",
      dueOn: milestones.warningOn,
      legalBasisKey: "dk2014BenefitLimit",
      legalParagraph: "sygedagpengeloven § 24, stk. 1",
      informational: true,
    });

  const periodStart = lastReopening(timeline) ?? first;
  const decisions = [
    ...(facts.reassessments ?? []),
    ...(facts.extensionAssessedOn ? [{ decidedOn: facts.extensionAssessedOn, outcome: null, ground: null, extendedUntil: null }] : []),
  ]
    .filter((d) => t(d.decidedOn) >= t(periodStart))
    .sort((a, b) => t(a.decidedOn) - t(b.decidedOn));
  const latest = decisions.at(-1);
  if (latest?.outcome === "EXTENDED" && latest.extendedUntil) {
    drafts.push({
      kind: "EXTENSION_ASSESSMENT",
      dueOn: latest.extendedUntil,
      legalBasisKey: "dk2014ExtensionEnds",
      legalParagraph: latest.ground ? DK_EXTENSION_GROUNDS[latest.ground].legalParagraph : "sygedagpengeloven § 27, stk. 1",
      informational: false,
      satisfiedOn: null,
    });
  } else if (milestones.dueOn) {
    drafts.push({
      kind: "EXTENSION_ASSESSMENT",
      dueOn: milestones.dueOn,
      legalBasisKey: "dk2014Reassessment",
      legalParagraph: "sygedagpengeloven § 24, stk. 1",
      informational: false,
      satisfiedOn: latest?.decidedOn ?? null,
    });
  }
  return { drafts, milestones };
}
