// Visitation categories as case facts (sygedagpengeloven § 12): category 1 is set when the
// sick-leave information form is received, 2 or 3 at the first follow-up, and the category is
// revisited at every follow-up. The category in force on a day is the latest one set on or before it.
import type { CaseFacts, VisitationCategory } from "../types";
import { t } from "./common";

/** Visitations in the order they were set (stable for the same day: input order, the later one wins). */
function ordered(facts: CaseFacts, until: Date): { category: VisitationCategory; on: Date }[] {
  return (facts.visitations ?? [])
    .map((v, i) => ({ ...v, i }))
    .filter((v) => t(v.on) <= t(until))
    .sort((a, b) => t(a.on) - t(b.on) || a.i - b.i);
}

/** The visitation category in force on `day`, or null while none has been set. */
export function categoryOn(facts: CaseFacts, day: Date): VisitationCategory | null {
  return ordered(facts, day).at(-1)?.category ?? null;
}

/**
 * The day the case entered its current run of categories in `categories` (e.g. [3] for the
 * rehabilitation team, [2, 3] for the 4-weekly rhythm), looking at visitations up to `day`; null
 * when the category in force on `day` is not in `categories`. Revisiting to the same category
 * (3 → 3) continues the run; leaving it (3 → 2 → 3) starts a new one.
 */
export function runStartOn(facts: CaseFacts, day: Date, categories: readonly VisitationCategory[]): Date | null {
  const v = ordered(facts, day);
  let i = v.length - 1;
  if (i < 0 || !categories.includes(v[i]!.category)) return null;
  while (i > 0 && categories.includes(v[i - 1]!.category)) i--;
  return v[i]!.on;
}
