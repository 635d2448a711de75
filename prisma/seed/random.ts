// Deterministic pseudo-random numbers so that every seed run produces the same demo.
export function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

export const FIRST_NAMES = [
  "Anders",
  "Birgitte",
  "Camilla",
  "Dorthe",
  "Emil",
  "Frederik",
  "Gitte",
  "Hanne",
  "Ida",
  "Jens",
  "Karina",
  "Lars",
  "Maja",
  "Niels",
  "Ole",
  "Pernille",
  "Rasmus",
  "Susanne",
  "Thomas",
  "Ulla",
  "Vibeke",
  "Anne",
  "Søren",
  "Mads",
  "Louise",
  "Henrik",
  "Charlotte",
  "Jesper",
  "Tina",
  "Morten",
  "Helle",
  "Kasper",
  "Line",
  "Bo",
  "Jytte",
  "Kim",
  "Lene",
  "Martin",
  "Nanna",
  "Poul",
] as const;
export const LAST_NAMES = [
  "Nielsen",
  "Jensen",
  "Hansen",
  "Pedersen",
  "Andersen",
  "Christensen",
  "Larsen",
  "Sørensen",
  "Rasmussen",
  "Jørgensen",
  "Petersen",
  "Madsen",
  "Kristensen",
  "Olsen",
  "Thomsen",
  "Christiansen",
  "Poulsen",
  "Johansen",
  "Møller",
  "Mortensen",
  "Knudsen",
  "Jakobsen",
  "Mikkelsen",
  "Frederiksen",
  "Laursen",
  "Holm",
  "Schmidt",
  "Dahl",
  "Lund",
  "Bach",
] as const;
export const STREETS = [
  "Algade",
  "Vestergade",
  "Nørregade",
  "Søndergade",
  "Østergade",
  "Kirkevej",
  "Skolevej",
  "Møllevej",
  "Bakkevej",
  "Engvej",
] as const;
export const EMPLOYERS = [
  { name: "Byens Bageri ApS", industry: "Fødevarer", occupations: ["Bager", "Ekspedient"] },
  { name: "Nordlys Plejecenter", industry: "Sundhed og omsorg", occupations: ["Social- og sundhedshjælper", "Sygeplejerske"] },
  { name: "Havnens Lager A/S", industry: "Transport og logistik", occupations: ["Lagermedarbejder", "Truckfører", "Chauffør"] },
  { name: "Kommunens Skolevæsen", industry: "Undervisning", occupations: ["Lærer", "Pædagog"] },
  { name: "Vestjysk Byg A/S", industry: "Bygge og anlæg", occupations: ["Tømrer", "Murer", "Elektriker"] },
  { name: "Centrum Supermarked", industry: "Detailhandel", occupations: ["Butiksassistent", "Kassemedarbejder"] },
  { name: "Fjordens Rengøring", industry: "Service", occupations: ["Rengøringsassistent"] },
  { name: "Dansk Kontorservice", industry: "Administration", occupations: ["Kontorassistent", "Bogholder"] },
] as const;
export const DIAGNOSIS_DETAILS = {
  MENTAL: ["Stress", "Depression", "Angst", "Belastningsreaktion"],
  MUSCULOSKELETAL: ["Lændesmerter", "Nakkesmerter", "Skulderlidelse", "Knæskade", "Diskusprolaps"],
  OTHER: ["Efter operation", "Hjertesygdom", "Kræftbehandling", "Langvarig infektion"],
} as const;

/**
 * What a diagnosis detail is about, so that every part of a demo citizen's story agrees (issue 8
 * item 16): the follow-up notes (prisma/seed/followups.ts), the rehab plan's body region and
 * condition (prisma/seed/rehab.ts) and the seed invariants test all use this one mapping.
 */
export type StoryTopic = "back" | "neck" | "shoulder" | "knee" | "mental" | "operation" | "heart" | "cancer" | "infection";

export function topicOfDetail(detail: string | null): StoryTopic {
  const d = (detail ?? "").toLowerCase();
  if (d.includes("lænd") || d.includes("diskus") || d.includes("ryg")) return "back";
  if (d.includes("nakke")) return "neck";
  if (d.includes("skulder")) return "shoulder";
  if (d.includes("knæ")) return "knee";
  if (d.includes("operation")) return "operation";
  if (d.includes("hjerte")) return "heart";
  if (d.includes("kræft")) return "cancer";
  if (d.includes("infektion")) return "infection";
  return "mental";
}

/** The rehab plan's body region for a topic (OTHER when the story is not about one part of the body). */
export const BODY_REGION_OF_TOPIC = {
  back: "BACK",
  neck: "NECK",
  shoulder: "SHOULDER",
  knee: "KNEE",
  mental: "OTHER",
  operation: "OTHER",
  heart: "OTHER",
  cancer: "OTHER",
  infection: "OTHER",
} as const satisfies Record<StoryTopic, string>;

/** A syntactically valid fake CPR (century digit consistent with the birth year). */
export function fakeCpr(r: Rng, birth: Date): string {
  const dd = String(birth.getUTCDate()).padStart(2, "0");
  const mm = String(birth.getUTCMonth() + 1).padStart(2, "0");
  const year = birth.getUTCFullYear();
  const yy = String(year % 100).padStart(2, "0");
  const seventh = year < 2000 ? r.int(0, 3) : 4;
  return `${dd}${mm}${yy}${seventh}${String(r.int(0, 999)).padStart(3, "0")}`;
}
