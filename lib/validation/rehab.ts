// Inputs of the rehab-plan use cases (health-center records). Importable in the browser.
import { z } from "zod";
import {
  cprField,
  enumField,
  intInRange,
  optionalDay,
  optionalText,
  optionalUuidField,
  pastOrTodayDay,
  reasonText,
  refuseEndBeforeStart,
  requiredDay,
  requiredText,
  uuidField,
  versionField,
  versionOrNewField,
} from "./fields";
import { BODY_REGIONS, FIRST_CONVERSATION_QUESTIONS, STANDARD_PACKAGES } from "@/lib/rehab/catalogue";
import { PLAN_SOURCES } from "./choices";
export { PLAN_SOURCES };

const optionalCpr = z
  .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), cprField.optional())
  .transform((v) => v ?? null);
const optionalPackage = z
  .preprocess((v) => (v === "" || v === null ? undefined : v), enumField(STANDARD_PACKAGES).optional())
  .transform((v) => v ?? null);

const planFields = {
  condition: requiredText(200),
  bodyRegion: enumField(BODY_REGIONS),
  standardPackage: optionalPackage,
  startOn: requiredDay,
  endOn: optionalDay,
};

export const ZCreateRehabPlan = z
  .object({
    source: enumField(PLAN_SOURCES),
    referralId: optionalUuidField,
    cpr: optionalCpr,
    hospitalPlanReceivedOn: optionalDay,
    ...planFields,
  })
  .superRefine((v, ctx) => {
    if (v.source === "REFERRAL" && !v.referralId)
      ctx.addIssue({ code: "custom", path: ["referralId"], message: "rehab.errors.referralRequired" });
    if (v.source === "HOSPITAL_PLAN") {
      if (!v.cpr) ctx.addIssue({ code: "custom", path: ["cpr"], message: "errors.required" });
      if (!v.hospitalPlanReceivedOn) ctx.addIssue({ code: "custom", path: ["hospitalPlanReceivedOn"], message: "errors.required" });
    }
    refuseEndBeforeStart(ctx, { start: v.startOn, end: v.endOn, path: "endOn" });
  });
export type TCreateRehabPlan = z.output<typeof ZCreateRehabPlan>;

export const ZUpdateRehabPlan = z
  .object({ planId: uuidField, version: versionField, ...planFields, reason: optionalText(500) })
  .superRefine((v, ctx) => {
    refuseEndBeforeStart(ctx, { start: v.startOn, end: v.endOn, path: "endOn" });
  });
export type TUpdateRehabPlan = z.output<typeof ZUpdateRehabPlan>;

const goalFields = { text: requiredText(300), baseline: requiredText(300), target: requiredText(300) };

export const ZAddGoal = z.object({ planId: uuidField, ...goalFields });
export type TAddGoal = z.output<typeof ZAddGoal>;

/** A goal's correction; `version` is the goal's version the form was loaded with. */
export const ZUpdateGoal = z.object({
  planId: uuidField,
  goalId: uuidField,
  version: versionField,
  ...goalFields,
  achievedOn: optionalDay,
  reason: optionalText(500),
});
export type TUpdateGoal = z.output<typeof ZUpdateGoal>;

export const ZMarkGoalAchieved = z.object({ planId: uuidField, goalId: uuidField, version: versionField, achievedOn: requiredDay });
export type TMarkGoalAchieved = z.output<typeof ZMarkGoalAchieved>;

const answerFields = Object.fromEntries(FIRST_CONVERSATION_QUESTIONS.map((q) => [q, optionalText(2000)])) as Record<
  (typeof FIRST_CONVERSATION_QUESTIONS)[number],
  ReturnType<typeof optionalText>
>;

/** The first-conversation guide; `version` is the plan's version the form was loaded with. */
export const ZSaveFirstConversation = z.object({ planId: uuidField, version: versionField, heldOn: optionalDay, ...answerFields });
export type TSaveFirstConversation = z.output<typeof ZSaveFirstConversation>;

/**
 * An exercise's dose as the therapist writes it ("12", "3 × 10", "3 × 30 s", "20 minutter", "8-12"):
 * free text, but with at least one number, and every number a whole number above 0 (no "-1", "0",
 * "1,5"). A minus sign counts as a sign, not a range, unless a number stands just before it.
 */
const repetitionsText = requiredText(100).refine((s) => {
  const numbers = s.match(/\d+(?:[.,]\d+)?/g) ?? [];
  if (numbers.length === 0) return false;
  if (numbers.some((n) => /[.,]/.test(n) || Number(n) < 1)) return false;
  return !/(?:^|[^\d\s])\s*[-−–]\s*\d/.test(s);
}, "rehab.errors.repetitions");

const exerciseFields = { description: requiredText(500), repetitions: repetitionsText, frequency: requiredText(100) };

export const ZAddExercise = z.object({ planId: uuidField, ...exerciseFields });
export type TAddExercise = z.output<typeof ZAddExercise>;

/** An exercise's correction; `version` is the exercise's version the form was loaded with. */
export const ZUpdateExercise = z.object({
  planId: uuidField,
  exerciseId: uuidField,
  version: versionField,
  ...exerciseFields,
  reason: optionalText(500),
});
export type TUpdateExercise = z.output<typeof ZUpdateExercise>;

export const ZRemoveExercise = z.object({ planId: uuidField, exerciseId: uuidField, version: versionField });
export type TRemoveExercise = z.output<typeof ZRemoveExercise>;

/**
 * One day of the adherence log. `version` is the version of that day's entry the form was loaded
 * with, 0 when the form showed no entry for the day (ADR 0012): a correction based on an older
 * entry, or on "no entry" when someone recorded the day meanwhile, is refused.
 */
export const ZRecordAdherence = z.object({
  planId: uuidField,
  version: versionOrNewField,
  date: requiredDay,
  done: enumField(["DONE", "NOT_DONE"] as const).transform((v) => v === "DONE"),
  note: optionalText(500),
});
export type TRecordAdherence = z.output<typeof ZRecordAdherence>;

const noteFields = {
  writtenOn: pastOrTodayDay,
  selfRatedHealth: intInRange(1, 5),
  pain: intInRange(0, 10),
  workAbility: intInRange(0, 10),
  text: requiredText(4000),
};

export const ZAddProgressNote = z.object({ planId: uuidField, ...noteFields });
export type TAddProgressNote = z.output<typeof ZAddProgressNote>;

/** A progress note's correction, with a reason; `version` is the note's version the form was loaded with. */
export const ZCorrectProgressNote = z.object({
  planId: uuidField,
  noteId: uuidField,
  version: versionField,
  ...noteFields,
  reason: reasonText(500),
});
export type TCorrectProgressNote = z.output<typeof ZCorrectProgressNote>;
