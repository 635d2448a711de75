// Small-number suppression (SPEC §6): a figure that counts fewer than 5 people is not shown,
// so that no person can be recognised from the key figures.
export const SUPPRESSION_THRESHOLD = 5;

export type Suppressed = { suppressed: true } | { suppressed: false; value: number };

export function suppressCount(n: number): Suppressed {
  return n > 0 && n < SUPPRESSION_THRESHOLD ? { suppressed: true } : { suppressed: false, value: n };
}

/** A share is suppressed when its denominator or numerator counts fewer than 5 people (and is not 0). */
export function suppressShare(numerator: number, denominator: number): { suppressed: true } | { suppressed: false; value: number | null } {
  if (denominator === 0) return { suppressed: false, value: null };
  if (
    denominator < SUPPRESSION_THRESHOLD ||
    (numerator > 0 && numerator < SUPPRESSION_THRESHOLD) ||
    (denominator - numerator > 0 && denominator - numerator < SUPPRESSION_THRESHOLD)
  ) {
    return { suppressed: true };
  }
  return { suppressed: false, value: numerator / denominator };
}

/**
 * A breakdown with its total. Primary suppression hides every cell of 1–4 people; complementary
 * suppression then makes sure no hidden cell can be recovered by subtraction: if exactly one cell
 * is hidden, the next-smallest non-zero cell is hidden too, and the total is hidden whenever any
 * cell is (otherwise total − visible cells = the hidden cells' sum).
 */
export function suppressBreakdown(counts: number[]): { cells: Suppressed[]; total: Suppressed } {
  const hidden = counts.map((n) => n > 0 && n < SUPPRESSION_THRESHOLD);
  if (hidden.filter(Boolean).length === 1) {
    const candidates = counts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => !hidden[i] && n > 0)
      .sort((a, b) => a.n - b.n);
    if (candidates[0]) hidden[candidates[0].i] = true;
  }
  const total = counts.reduce((s, n) => s + n, 0);
  return {
    cells: counts.map((n, i) => (hidden[i] ? { suppressed: true } : { suppressed: false, value: n })),
    total: hidden.some(Boolean) ? { suppressed: true } : suppressCount(total),
  };
}

/** A total published apart from its parts: shown, "< 5" (the total itself counts 1–4 people), or hidden only to
 *  protect a part of 1–4 shown elsewhere (complementary suppression; shown as "–", never as "< 5"). */
export type ProtectedTotal = Suppressed | { suppressed: "complementary" };

/**
 * The total of `parts` when each part is published elsewhere with primary suppression (1–4 hidden): the total is
 * hidden whenever a part is 1–4, since total − the shown parts would give the hidden one (or the sum of the hidden
 * ones) back. Shape: counts of people ≥ 0. Rule: SPEC §6 (issue 11: no suppressed count recoverable by subtraction).
 */
export function protectedTotal(parts: number[]): ProtectedTotal {
  const total = parts.reduce((s, n) => s + n, 0);
  const shown = suppressCount(total);
  if (shown.suppressed) return shown;
  return parts.some((n) => n > 0 && n < SUPPRESSION_THRESHOLD) ? { suppressed: "complementary" } : shown;
}
