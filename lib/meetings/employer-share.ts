// What a roundtable's minutes may record as shared with the employer (issue 12, ADR 0017): only
// topics the citizen's SHARE_WITH_EMPLOYER consent names. The consent's "what may be discussed"
// text is read as a list of topics (one per line, or separated by commas, semicolons or " og "/" and ").

/** The topics of a consent's employer details, in order, without duplicates; [] for none. */
export function employerTopicsOf(employerDetails: string | null | undefined): string[] {
  if (!employerDetails) return [];
  const topics = employerDetails
    .split(/\n|,|;|\s+og\s+|\s+and\s+/i)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(topics)];
}

/** The chosen topics not covered by the allowed ones (compared without case and surrounding space). */
export function topicsBeyondConsent(chosen: readonly string[], allowed: readonly string[]): string[] {
  const ok = new Set(allowed.map((t) => t.trim().toLowerCase()));
  return chosen.filter((t) => !ok.has(t.trim().toLowerCase()));
}
