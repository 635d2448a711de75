// Follow-up conversations due in a study participant's case between entry and the analysis day, by
// the deadline engine (lib/rules, ADR 0006) — not by the follow-up rows someone happened to plan —
// so that an arm whose follow-ups are never planned does not look complete (issue 14: "same
// registration for both arms"; audit of 2026-11-30, ADR 0016 addendum). Pure.
import "server-only";
import { computeCaseDeadlines, hasRuleset, type CaseFacts, type RuleVersionInput } from "@/lib/rules";
import { addDays } from "@/lib/time";

/** The organisation's rules: its jurisdiction and dated versions (activeVersions); null = no ruleset. */
export type StudyRules = { jurisdiction: string; versions: readonly RuleVersionInput[] } | null;

const MAX_STEPS = 400;

/** The engine's next conversation deadline (first or later follow-up) of `facts` on `today`; null = none. */
function nextConversationDue(facts: CaseFacts, rules: NonNullable<StudyRules>, today: Date): Date | null {
  const report = computeCaseDeadlines(rules.jurisdiction, rules.versions.length ? rules.versions : undefined, facts, today);
  const next = report.deadlines.find((d) => (d.kind === "FOLLOW_UP" || d.kind === "FIRST_FOLLOW_UP") && !d.informational && !d.satisfiedOn);
  return next?.dueOn ?? null;
}

/**
 * How many follow-up conversations came due after `entryDay` (the first held conversation, a Danish
 * day) up to `analysisDay` — up to the day before the case's first closing after entry, when it
 * closed — and how many of them were held by their due day. Replays the engine conversation by
 * conversation: from the conversations held up to entry, the engine's next deadline D is one "due";
 * the next held conversation counts as held when it is on or before D (a late one does not) and
 * starts the next rhythm; with no further conversation the overdue one is the last due. Category-1
 * cases past their revisitation and closed cases have no deadline, so nothing is due for them.
 * @returns null when the organisation has no ruleset (the caller then counts the planned rows).
 */
export function followUpsDueByRules(
  facts: CaseFacts,
  entryDay: Date,
  analysisDay: Date,
  rules: StudyRules,
): { due: number; held: number } | null {
  if (!rules || !hasRuleset(rules.jurisdiction)) return null;
  const t = (d: Date) => d.getTime();
  const closing = facts.statusChanges
    .filter((s) => s.status === "CLOSED" && t(s.effectiveOn) > t(entryDay) && t(s.effectiveOn) <= t(analysisDay))
    .map((s) => s.effectiveOn)
    .sort((a, b) => t(a) - t(b))[0];
  const lastDay = closing ? addDays(closing, -1) : analysisDay;
  // The engine sees the case as it stood on the last day counted (a closing after it would end every deadline).
  const upTo = { ...facts, statusChanges: facts.statusChanges.filter((s) => t(s.effectiveOn) <= t(lastDay)) };
  const held = [...facts.heldFollowUps].sort((a, b) => t(a) - t(b));
  const known = held.filter((d) => t(d) <= t(entryDay));
  const later = held.filter((d) => t(d) > t(entryDay) && t(d) <= t(lastDay));
  let due = 0;
  let inTime = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const d = nextConversationDue({ ...upTo, heldFollowUps: [...known] }, rules, lastDay);
    if (!d || t(d) > t(lastDay)) break;
    due++;
    const h = later[step];
    if (!h) break;
    if (t(h) <= t(d)) inTime++;
    known.push(h);
  }
  return { due, held: inTime };
}
