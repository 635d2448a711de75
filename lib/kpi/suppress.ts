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
  if (denominator < SUPPRESSION_THRESHOLD || (numerator > 0 && numerator < SUPPRESSION_THRESHOLD) || (denominator - numerator > 0 && denominator - numerator < SUPPRESSION_THRESHOLD)) {
    return { suppressed: true };
  }
  return { suppressed: false, value: numerator / denominator };
}
