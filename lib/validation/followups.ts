// Schemas of the follow-up conversation use cases. Shared by the browser form and the server action.
import { z } from "zod";
import { categoryField } from "./case-rules";
import type { FollowUpMode, Participant } from "@/lib/db/generated/enums";
import { enumField, optionalText, reasonText, requiredDateTime, requiredText, uuidField, versionField } from "./fields";
import { FOLLOW_UP_MODES, PARTICIPANTS, FOLLOW_UP_OUTCOMES } from "./choices";
export { FOLLOW_UP_MODES, PARTICIPANTS, FOLLOW_UP_OUTCOMES };

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export { requiredDateTime };
const optionalDateTime = z.preprocess(blankToUndefined, requiredDateTime.optional()).transform((d) => d ?? null);

const participants = z
  .array(enumField(PARTICIPANTS), { error: "followups.errors.participantsRequired" })
  .min(1, "followups.errors.participantsRequired")
  .max(PARTICIPANTS.length)
  .transform((xs) => [...new Set(xs)]);

export const ZPlanFollowUp = z.object({ caseId: uuidField, scheduledAt: requiredDateTime, mode: enumField(FOLLOW_UP_MODES) });
export type TPlanFollowUp = z.output<typeof ZPlanFollowUp>;

/** A held conversation: new, or a planned one (followUpId + version) now recorded as held. */
export const ZRecordHeldFollowUp = z
  .object({
    caseId: uuidField,
    followUpId: z.preprocess(blankToUndefined, uuidField.optional()),
    version: z.preprocess(blankToUndefined, versionField.optional()),
    heldAt: requiredDateTime,
    mode: enumField(FOLLOW_UP_MODES),
    participants,
    summary: requiredText(5000),
    agreements: optionalText(5000),
    /** The (re)visitation made at the conversation (sygedagpengeloven § 12): category 1, 2 or 3; empty = unchanged. */
    category: z.preprocess(blankToUndefined, categoryField.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.followUpId && v.version === undefined) ctx.addIssue({ code: "custom", path: ["version"], message: "errors.required" });
  });
export type TRecordHeldFollowUp = z.output<typeof ZRecordHeldFollowUp>;

export const ZCancelFollowUp = z.object({
  caseId: uuidField,
  followUpId: uuidField,
  version: versionField,
  outcome: enumField(FOLLOW_UP_OUTCOMES),
  reason: reasonText(),
});
export type TCancelFollowUp = z.output<typeof ZCancelFollowUp>;

export const ZCorrectFollowUp = z.object({
  caseId: uuidField,
  followUpId: uuidField,
  version: versionField,
  mode: enumField(FOLLOW_UP_MODES),
  scheduledAt: optionalDateTime,
  heldAt: optionalDateTime,
  participants: z.preprocess(
    (v) => (v === undefined ? [] : v),
    z
      .array(enumField(PARTICIPANTS))
      .max(PARTICIPANTS.length)
      .transform((xs) => [...new Set(xs)]),
  ),
  summary: optionalText(5000),
  agreements: optionalText(5000),
  reason: reasonText(),
});
export type TCorrectFollowUp = z.output<typeof ZCorrectFollowUp>;

export const ZVoidFollowUp = z.object({ caseId: uuidField, followUpId: uuidField, version: versionField, reason: reasonText() });
export type TVoidFollowUp = z.output<typeof ZVoidFollowUp>;
