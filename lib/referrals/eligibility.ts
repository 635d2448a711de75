// Eligibility evaluation of a referral checklist (pure; runs in the browser for instant feedback
// and on the server, which decides). Rules:
// - every current criterion must be answered YES, NO or UNKNOWN;
// - a REQUIRED criterion answered NO blocks the referral, unless an override justification of at
//   least MIN_OVERRIDE_LENGTH characters is written (the visitator then decides);
// - UNKNOWN on a required criterion does not block, but the referral is flagged for assessment.
export const ANSWERS = ["YES", "NO", "UNKNOWN"] as const;
export type Answer = (typeof ANSWERS)[number];

export const MIN_OVERRIDE_LENGTH = 10;

export type Criterion = { id: string; text: string; required: boolean; position?: number };

export type EligibilityOutcome = "ELIGIBLE" | "NEEDS_ASSESSMENT" | "BLOCKED" | "OVERRIDDEN" | "INCOMPLETE";

export type Eligibility = {
  outcome: EligibilityOutcome;
  /** Criteria without a valid answer. */
  unanswered: string[];
  /** Required criteria answered NO. */
  blocking: string[];
  /** Required criteria answered UNKNOWN. */
  unknownRequired: string[];
  /** True when an override justification lifts the blocking items. */
  overridden: boolean;
  canSubmit: boolean;
};

export function isAnswer(v: unknown): v is Answer {
  return typeof v === "string" && (ANSWERS as readonly string[]).includes(v);
}

export function hasValidOverride(justification: string | null | undefined): boolean {
  return (justification ?? "").trim().length >= MIN_OVERRIDE_LENGTH;
}

export function evaluateEligibility(
  criteria: readonly Criterion[],
  answers: Readonly<Record<string, unknown>>,
  overrideJustification?: string | null,
): Eligibility {
  const unanswered: string[] = [];
  const blocking: string[] = [];
  const unknownRequired: string[] = [];
  for (const c of criteria) {
    const a = Object.prototype.hasOwnProperty.call(answers, c.id) ? answers[c.id] : undefined;
    if (!isAnswer(a)) unanswered.push(c.id);
    else if (c.required && a === "NO") blocking.push(c.id);
    else if (c.required && a === "UNKNOWN") unknownRequired.push(c.id);
  }
  const overridden = blocking.length > 0 && hasValidOverride(overrideJustification);
  let outcome: EligibilityOutcome;
  if (unanswered.length > 0) outcome = "INCOMPLETE";
  else if (blocking.length > 0) outcome = overridden ? "OVERRIDDEN" : "BLOCKED";
  else if (unknownRequired.length > 0) outcome = "NEEDS_ASSESSMENT";
  else outcome = "ELIGIBLE";
  return { outcome, unanswered, blocking, unknownRequired, overridden, canSubmit: outcome !== "INCOMPLETE" && outcome !== "BLOCKED" };
}

/** One answered item as stored in Referral.answers (keyed by criterion id): the text as it was then. */
export type AnswerSnapshot = { answer: Answer; text: string; required: boolean; position: number };

/** The answers with the criterion texts at the time of referral, so later catalogue edits do not rewrite them. */
export function snapshotAnswers(criteria: readonly Criterion[], answers: Readonly<Record<string, Answer>>): Record<string, AnswerSnapshot> {
  const out: Record<string, AnswerSnapshot> = {};
  criteria.forEach((c, i) => {
    const a = answers[c.id];
    if (a) out[c.id] = { answer: a, text: c.text, required: c.required, position: c.position ?? i };
  });
  return out;
}

/** Stored snapshot → ordered list for display; tolerates malformed JSON by skipping it. */
export function readAnswerSnapshot(json: unknown): (AnswerSnapshot & { criterionId: string })[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  const out: (AnswerSnapshot & { criterionId: string })[] = [];
  for (const [criterionId, v] of Object.entries(json as Record<string, unknown>)) {
    if (!v || typeof v !== "object") continue;
    const s = v as Record<string, unknown>;
    if (!isAnswer(s.answer) || typeof s.text !== "string") continue;
    out.push({
      criterionId,
      answer: s.answer,
      text: s.text,
      required: s.required === true,
      position: typeof s.position === "number" ? s.position : 0,
    });
  }
  return out.sort((a, b) => a.position - b.position);
}
