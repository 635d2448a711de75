// Therapist matching for the visitator (pure): rank therapists by how many of the referral's
// condition tags they have as competence tags; ties go to the therapist with fewer active
// referrals (load), then by name. Matching is a suggestion: the visitator decides.
import { normaliseTags, tagsForDiagnosisDetail } from "./condition-tags";

export type TherapistCandidate = { id: string; name: string; competenceTags: readonly string[]; activeCount?: number };
export type TherapistMatch = {
  id: string;
  name: string;
  competenceTags: string[];
  activeCount: number;
  matchedTags: string[];
  score: number;
};

/** Default tags of a referral: the programme's tags plus those suggested by the case's diagnosis detail. */
export function defaultConditionTags(programmeTags: readonly string[], diagnosisDetail: string | null | undefined): string[] {
  return normaliseTags([...programmeTags, ...tagsForDiagnosisDetail(diagnosisDetail)]);
}

export function rankTherapists(referralTags: readonly string[], candidates: readonly TherapistCandidate[]): TherapistMatch[] {
  const wanted = normaliseTags(referralTags);
  return candidates
    .map((c) => {
      const competence = normaliseTags(c.competenceTags);
      const matchedTags = wanted.filter((t) => competence.includes(t));
      return {
        id: c.id,
        name: c.name,
        competenceTags: competence,
        activeCount: c.activeCount ?? 0,
        matchedTags,
        score: matchedTags.length,
      };
    })
    .sort((a, b) => b.score - a.score || a.activeCount - b.activeCount || a.name.localeCompare(b.name, "da") || (a.id < b.id ? -1 : 1));
}
