// Fixed vocabularies of rehab plans (pure, usable in the browser). Labels are translated under
// "rehab.bodyRegion.*", "rehab.package.*" and "rehab.guide.questions.*".

export const BODY_REGIONS = ["BACK", "NECK", "SHOULDER", "ELBOW_HAND", "HIP", "KNEE", "ANKLE_FOOT", "OTHER"] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

/** Standard packages (forløbspakker) of the health center. */
export const STANDARD_PACKAGES = ["KNEE", "HIP", "SHOULDER", "BACK", "NECK"] as const;
export type StandardPackage = (typeof STANDARD_PACKAGES)[number];

/**
 * The work-oriented first-conversation guide (report 003, tiltag 2, Gladsaxe's spørgeguide):
 * the employer's response to the sick leave, flexibility of tasks, the work tasks that matter,
 * network, leisure, lifestyle (diet, smoking), the sick leave in general and the citizen's own
 * expectation of returning to work.
 */
export const FIRST_CONVERSATION_QUESTIONS = [
  "employerResponse",
  "taskFlexibility",
  "keyWorkTasks",
  "network",
  "leisure",
  "lifestyle",
  "sickLeave",
  "ownExpectation",
] as const;
export type FirstConversationQuestion = (typeof FIRST_CONVERSATION_QUESTIONS)[number];

export type FirstConversation = {
  heldOn: string | null;
  answers: Partial<Record<FirstConversationQuestion, string>>;
};

/** Reads the stored Json defensively (old or partial shapes give empty answers). */
export function readFirstConversation(json: unknown): FirstConversation {
  const out: FirstConversation = { heldOn: null, answers: {} };
  if (!json || typeof json !== "object") return out;
  const o = json as Record<string, unknown>;
  if (typeof o.heldOn === "string") out.heldOn = o.heldOn;
  const answers = o.answers && typeof o.answers === "object" ? (o.answers as Record<string, unknown>) : {};
  for (const q of FIRST_CONVERSATION_QUESTIONS) {
    const v = answers[q];
    if (typeof v === "string" && v.trim() !== "") out.answers[q] = v;
  }
  return out;
}
