// Referral inputs. Checklist answers arrive as radio groups named "answer.<criterionId>" plus a
// hidden "criterionIds[]" list of the items shown; every shown item must be answered. Whether a
// required item answered NO blocks is decided by lib/referrals/eligibility.ts (needs the programme).
import { z } from "zod";
import { isAnswer, type Answer } from "@/lib/referrals/eligibility";
import { REFERRAL_ACTIONS, TRANSITIONS, MIN_REASON_LENGTH, type ReferralAction } from "@/lib/referrals/transitions";
import { enumField, intInRange, listField, optionalText, reasonText, uuidField, versionField } from "./fields";
import { REASON_CODES } from "@/lib/kpi/figures";
import { ANSWER_PREFIX, answerFieldName, REASON_CODED_ACTIONS } from "./choices";
export { answerFieldName, REASON_CODED_ACTIONS };

function collectAnswers(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const answers: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (k.startsWith(ANSWER_PREFIX)) answers[k.slice(ANSWER_PREFIX.length)] = v;
    else rest[k] = v;
  }
  return { ...rest, answers };
}

export const ZCreateReferral = z.preprocess(
  collectAnswers,
  z
    .object({
      caseId: uuidField,
      programmeId: uuidField,
      reason: reasonText(2000),
      overrideJustification: optionalText(2000),
      criterionIds: listField(z.array(uuidField).max(50, "errors.formInvalid")),
      answers: z.record(z.string(), z.unknown()),
    })
    .superRefine((v, ctx) => {
      for (const id of v.criterionIds) {
        if (!isAnswer(v.answers[id])) ctx.addIssue({ code: "custom", path: ["answers", id], message: "referrals.errors.answerRequired" });
      }
    })
    .transform(({ answers, ...rest }) => {
      const picked: Record<string, Answer> = {};
      for (const id of rest.criterionIds) picked[id] = answers[id] as Answer;
      return { ...rest, answers: picked };
    }),
);
export type TCreateReferral = z.output<typeof ZCreateReferral>;

export const ZTransitionReferral = z
  .object({
    referralId: uuidField,
    version: versionField,
    action: enumField(REFERRAL_ACTIONS),
    reason: optionalText(1000),
    reasonCode: z
      .union([z.literal(""), enumField(REASON_CODES)], { error: "errors.invalidChoice" })
      .optional()
      .transform((c) => c || null),
  })
  .superRefine((v, ctx) => {
    if (TRANSITIONS[v.action as ReferralAction].reasonRequired && (v.reason ?? "").length < MIN_REASON_LENGTH) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reasonRequired" });
    }
  })
  // A category belongs to a rejection, drop-out or return only; with another action it is ignored.
  .transform((v) => ({ ...v, reasonCode: REASON_CODED_ACTIONS.includes(v.action as ReferralAction) ? v.reasonCode : null }));
/** The reason category is optional for callers (absent = not stated). */
export type TTransitionReferral = Omit<z.output<typeof ZTransitionReferral>, "reasonCode"> & {
  reasonCode?: z.output<typeof ZTransitionReferral>["reasonCode"];
};

export const ZAssignTherapist = z.object({
  referralId: uuidField,
  version: versionField,
  therapistId: uuidField,
});
export type TAssignTherapist = z.output<typeof ZAssignTherapist>;
