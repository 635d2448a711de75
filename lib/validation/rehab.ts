// Inputs of the rehab-plan use cases (health-center records). Importable in the browser.
import { z } from "zod";
import { cprField, enumField, intInRange, optionalDay, optionalText, requiredDay, requiredText, pastOrTodayDay } from "./fields";
import { BODY_REGIONS, FIRST_CONVERSATION_QUESTIONS, STANDARD_PACKAGES } from "@/lib/rehab/catalogue";

export const idField = z.string({ error: "errors.required" }).trim().pipe(z.uuid("errors.invalidChoice"));
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), idField.optional()).transform((v) => v ?? null);
const optionalCpr = z
  .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), cprField.optional())
  .transform((v) => v ?? null);
const optionalPackage = z
  .preprocess((v) => (v === "" || v === null ? undefined : v), enumField(STANDARD_PACKAGES).optional())
  .transform((v) => v ?? null);
const version = intInRange(1, 1_000_000);

const planFields = {
  condition: requiredText(200),
  bodyRegion: enumField(BODY_REGIONS),
  standardPackage: optionalPackage,
  startOn: requiredDay,
  endOn: optionalDay,
};

/** Object refinements also run when a field failed (its raw value is then still a string). */
function endsBeforeStart(v: { startOn: unknown; endOn: unknown }): boolean {
  return v.startOn instanceof Date && v.endOn instanceof Date && v.endOn.getTime() < v.startOn.getTime();
}

export const PLAN_SOURCES = ["REFERRAL", "HOSPITAL_PLAN"] as const;

export const ZCreateRehabPlan = z
  .object({
    source: enumField(PLAN_SOURCES),
    referralId: optionalId,
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
    if (endsBeforeStart(v)) ctx.addIssue({ code: "custom", path: ["endOn"], message: "errors.dateBeforeStart" });
  });
export type TCreateRehabPlan = z.output<typeof ZCreateRehabPlan>;

export const ZUpdateRehabPlan = z.object({ planId: idField, version, ...planFields, reason: optionalText(500) }).superRefine((v, ctx) => {
  if (endsBeforeStart(v)) ctx.addIssue({ code: "custom", path: ["endOn"], message: "errors.dateBeforeStart" });
});
export type TUpdateRehabPlan = z.output<typeof ZUpdateRehabPlan>;

const goalFields = { text: requiredText(300), baseline: requiredText(300), target: requiredText(300) };

export const ZAddGoal = z.object({ planId: idField, ...goalFields });
export type TAddGoal = z.output<typeof ZAddGoal>;

export const ZUpdateGoal = z.object({
  planId: idField,
  goalId: idField,
  ...goalFields,
  achievedOn: optionalDay,
  reason: optionalText(500),
});
export type TUpdateGoal = z.output<typeof ZUpdateGoal>;

export const ZMarkGoalAchieved = z.object({ planId: idField, goalId: idField, achievedOn: requiredDay });
export type TMarkGoalAchieved = z.output<typeof ZMarkGoalAchieved>;

const answerFields = Object.fromEntries(FIRST_CONVERSATION_QUESTIONS.map((q) => [q, optionalText(2000)])) as Record<
  (typeof FIRST_CONVERSATION_QUESTIONS)[number],
  ReturnType<typeof optionalText>
>;

export const ZSaveFirstConversation = z.object({ planId: idField, heldOn: optionalDay, ...answerFields });
export type TSaveFirstConversation = z.output<typeof ZSaveFirstConversation>;

export const ZAddExercise = z.object({
  planId: idField,
  description: requiredText(500),
  repetitions: requiredText(100),
  frequency: requiredText(100),
});
export type TAddExercise = z.output<typeof ZAddExercise>;

export const ZRemoveExercise = z.object({ planId: idField, exerciseId: idField });
export type TRemoveExercise = z.output<typeof ZRemoveExercise>;

export const ZRecordAdherence = z.object({
  planId: idField,
  date: requiredDay,
  done: enumField(["DONE", "NOT_DONE"] as const).transform((v) => v === "DONE"),
  note: optionalText(500),
});
export type TRecordAdherence = z.output<typeof ZRecordAdherence>;

export const ZAddProgressNote = z.object({
  planId: idField,
  writtenOn: pastOrTodayDay,
  selfRatedHealth: intInRange(1, 5),
  pain: intInRange(0, 10),
  workAbility: intInRange(0, 10),
  text: requiredText(4000),
});
export type TAddProgressNote = z.output<typeof ZAddProgressNote>;
