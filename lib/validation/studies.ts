// Inputs of effect studies (issue 14, ADR 0016): defining a study, closing it, its results and
// their export. Browser-safe; messages are translation keys.
import { z } from "zod";
import {
  checkbox,
  enumField,
  intInRange,
  listField,
  optionalText,
  reasonText,
  requiredDay,
  requiredText,
  uuidField,
  versionField,
} from "./fields";
import { STUDY_DIAGNOSIS_GROUPS, STUDY_DESIGNS } from "./choices";
export { STUDY_DIAGNOSIS_GROUPS, STUDY_DESIGNS };

/** The most programmes one study's intervention may consist of. */
export const MAX_STUDY_PROGRAMMES = 20;
/** The longest a study may run, days (5 years). */
export const MAX_STUDY_DAYS = 5 * 366;

const optionalEffectDays = z
  .preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), intInRange(1, 365, "days").optional())
  .transform((v) => v ?? null);

export const ZCreateStudy = z
  .object({
    name: requiredText(120),
    question: requiredText(2000),
    /** The way of working (e.g. "særligt team"); optional when programmes are chosen. */
    intervention: optionalText(2000),
    /** Programmes of the organisation's catalogue that are the intervention (checked against the catalogue by the use case). */
    programmeIds: listField(z.array(uuidField).max(MAX_STUDY_PROGRAMMES, "errors.invalidChoice")),
    design: enumField(STUDY_DESIGNS),
    diagnosisGroups: listField(z.array(enumField(STUDY_DIAGNOSIS_GROUPS)).max(3, "errors.invalidChoice")),
    stratifyByDiagnosis: checkbox,
    ratioIntervention: intInRange(1, 10),
    ratioControl: intInRange(1, 10),
    startOn: requiredDay,
    plannedEndOn: requiredDay,
    plannedParticipants: intInRange(10, 100_000),
    plannedEffectDays: optionalEffectDays,
  })
  .superRefine((v, ctx) => {
    // zod runs this refinement even when a field failed: check only what parsed.
    if (Array.isArray(v.diagnosisGroups) && new Set(v.diagnosisGroups).size !== v.diagnosisGroups.length) {
      ctx.addIssue({ code: "custom", path: ["diagnosisGroups"], message: "errors.invalidChoice" });
    }
    if (Array.isArray(v.programmeIds)) {
      if (new Set(v.programmeIds).size !== v.programmeIds.length) {
        ctx.addIssue({ code: "custom", path: ["programmeIds"], message: "errors.invalidChoice" });
      } else if (v.design === "MATCHED" && v.programmeIds.length === 0) {
        // The matched arm is the cases referred to the study's programmes: a way of working alone cannot mark it (ADR 0016).
        ctx.addIssue({ code: "custom", path: ["programmeIds"], message: "studies.errors.matchedNeedsProgramme" });
      } else if (v.programmeIds.length === 0 && v.intervention === null) {
        ctx.addIssue({ code: "custom", path: ["intervention"], message: "studies.errors.interventionRequired" });
      }
    }
    if (!(v.startOn instanceof Date) || !(v.plannedEndOn instanceof Date)) return;
    const days = (v.plannedEndOn.getTime() - v.startOn.getTime()) / 86_400_000;
    if (days <= 0) ctx.addIssue({ code: "custom", path: ["plannedEndOn"], message: "studies.errors.endBeforeStart" });
    else if (days > MAX_STUDY_DAYS) ctx.addIssue({ code: "custom", path: ["plannedEndOn"], message: "studies.errors.tooLong" });
  });
export type TCreateStudy = z.output<typeof ZCreateStudy>;

export const ZCloseStudy = z.object({
  studyId: uuidField,
  version: versionField,
  reason: reasonText(1000),
});
export type TCloseStudy = z.output<typeof ZCloseStudy>;

export const ZStudyRef = z.object({ studyId: uuidField });
export type TStudyRef = z.output<typeof ZStudyRef>;

/** A note on a case's allocation (the allocation itself never changes; issue 14). */
export const ZAnnotateStudyAllocation = z.object({
  caseId: uuidField,
  studyId: uuidField,
  note: reasonText(1000),
});
export type TAnnotateStudyAllocation = z.output<typeof ZAnnotateStudyAllocation>;
