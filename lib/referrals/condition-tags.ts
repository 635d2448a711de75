// The condition tags shared by programmes, referrals and therapists' competences (User.competenceTags).
// A closed vocabulary, so that matching compares like with like; labels live in programmes.tags.*.
export const CONDITION_TAGS = [
  "back",
  "neck",
  "shoulder",
  "knee",
  "hip",
  "pain",
  "stress",
  "depression",
  "anxiety",
  "heart",
  "cancer",
  "fitness",
] as const;

export type ConditionTag = (typeof CONDITION_TAGS)[number];

export function isConditionTag(v: unknown): v is ConditionTag {
  return typeof v === "string" && (CONDITION_TAGS as readonly string[]).includes(v);
}

// Words in the jobcenter's free-text diagnosis detail (Danish) that point to a tag. Lower case;
// matched as substrings, so "Lændesmerter" and "lænderyg" both hit "lænd".
const DIAGNOSIS_WORDS: [string, ConditionTag][] = [
  ["lænd", "back"],
  ["ryg", "back"],
  ["diskus", "back"],
  ["iskias", "back"],
  ["nakke", "neck"],
  ["whiplash", "neck"],
  ["skulder", "shoulder"],
  ["knæ", "knee"],
  ["menisk", "knee"],
  ["hofte", "hip"],
  ["smerte", "pain"],
  ["fibromyalgi", "pain"],
  ["stress", "stress"],
  ["belastningsreaktion", "stress"],
  ["udbrændt", "stress"],
  ["depression", "depression"],
  ["angst", "anxiety"],
  ["hjerte", "heart"],
  ["kræft", "cancer"],
  ["cancer", "cancer"],
];

/** Tags suggested by a case's diagnosis detail ("Lændesmerter" → back, pain). Order follows CONDITION_TAGS. */
export function tagsForDiagnosisDetail(detail: string | null | undefined): ConditionTag[] {
  if (!detail) return [];
  const text = detail.toLocaleLowerCase("da");
  const hits = new Set<ConditionTag>();
  for (const [word, tag] of DIAGNOSIS_WORDS) if (text.includes(word)) hits.add(tag);
  return CONDITION_TAGS.filter((t) => hits.has(t));
}

/** Lower-cased, trimmed, de-duplicated tags, in first-seen order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim().toLocaleLowerCase("da");
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
