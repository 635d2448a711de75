// Schemas of the case facts the 2014 follow-up rules need (issue 15; sygedagpengeloven §§ 11 a,
// 12–13 d, 24, 27): visitation category, doctor's certificate, early follow-up request, the
// rehabilitation team, and the reassessment decision. Shared by the browser form and the server action.
import { z } from "zod";
import type { EarlyFollowUpRequester, ExtensionGround, ReassessmentOutcome } from "@/lib/db/generated/enums";
import { DK_REASSESSMENT_OUTCOMES, reassessmentIssues } from "@/lib/rules";
import { enumField, optionalDay, optionalText, refuseEndBeforeStart, requiredDay, uuidField, versionField } from "./fields";
import { VISITATION_CATEGORIES, EARLY_FOLLOW_UP_REQUESTERS, REASSESSMENT_OUTCOMES, EXTENSION_GROUNDS } from "./choices";
export { VISITATION_CATEGORIES, EARLY_FOLLOW_UP_REQUESTERS, REASSESSMENT_OUTCOMES, EXTENSION_GROUNDS };

/** "1" | "2" | "3" → 1 | 2 | 3. */
export const categoryField = enumField(VISITATION_CATEGORIES).transform((c) => Number(c) as 1 | 2 | 3);

const caseRef = { caseId: uuidField, version: versionField };

export const ZRecordVisitation = z.object({ ...caseRef, category: categoryField, visitedOn: requiredDay, note: optionalText(1000) });
export type TRecordVisitation = z.output<typeof ZRecordVisitation>;

export const ZRecordDoctorCertificate = z
  .object({ ...caseRef, requestedOn: optionalDay, receivedOn: optionalDay })
  .superRefine((v, ctx) => {
    if (!v.requestedOn && !v.receivedOn) ctx.addIssue({ code: "custom", path: ["requestedOn"], message: "errors.required" });
    refuseEndBeforeStart(ctx, { start: v.requestedOn, end: v.receivedOn, path: "receivedOn" });
  });
export type TRecordDoctorCertificate = z.output<typeof ZRecordDoctorCertificate>;

export const ZRecordEarlyFollowUpRequest = z
  .object({
    ...caseRef,
    requestedOn: requiredDay,
    requestedBy: enumField(EARLY_FOLLOW_UP_REQUESTERS),
    declinedByEmployeeOn: optionalDay,
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    // § 13 b, stk. 3: only the employer's request can be declined by the employee.
    if (v.declinedByEmployeeOn && v.requestedBy !== "EMPLOYER")
      ctx.addIssue({ code: "custom", path: ["declinedByEmployeeOn"], message: "rules.errors.declineOnlyEmployerRequest" });
    refuseEndBeforeStart(ctx, { start: v.requestedOn, end: v.declinedByEmployeeOn, path: "declinedByEmployeeOn" });
  });
export type TRecordEarlyFollowUpRequest = z.output<typeof ZRecordEarlyFollowUpRequest>;

export const ZRecordRehabilitationTeam = z.object({ ...caseRef, presentedOn: requiredDay, note: optionalText(1000) });
export type TRecordRehabilitationTeam = z.output<typeof ZRecordRehabilitationTeam>;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZRecordReassessment = z
  .object({
    ...caseRef,
    decidedOn: requiredDay,
    outcome: enumField(REASSESSMENT_OUTCOMES),
    ground: z.preprocess(blankToUndefined, enumField(EXTENSION_GROUNDS).optional()).transform((g) => g ?? null),
    extendedUntil: optionalDay,
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    // The engine's own check (lib/rules/dk/reassessment.ts): ground only and always for an extension.
    // Only on well-typed fields (zod runs the refinement even when a field failed).
    if (!(v.decidedOn instanceof Date) || !(v.outcome in DK_REASSESSMENT_OUTCOMES)) return;
    if (v.extendedUntil !== null && !(v.extendedUntil instanceof Date)) return;
    for (const i of reassessmentIssues(v)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  });
export type TRecordReassessment = z.output<typeof ZRecordReassessment>;
