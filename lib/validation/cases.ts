// Schemas of the sick-leave case use cases. Shared by the browser form and the server action.
import { z } from "zod";
import type { CaseStatus, ClosingReason, DiagnosisGroup, ExemptionReason } from "@/lib/db/generated/enums";
import {
  decimalInRange,
  enumField,
  intInRange,
  optionalDay,
  optionalText,
  reasonText,
  refuseEndBeforeStart,
  requiredDay,
  searchText,
  pageField,
  uuidField,
  versionField,
} from "./fields";
import { collectDecisions, LOOSE_END_KINDS, parseDecisionValue, type LooseEndKind } from "@/lib/cases/loose-ends";
import { DIAGNOSIS_GROUPS, CASE_STATUSES, CLOSING_REASONS, EXEMPTION_REASONS, CASE_MILESTONES } from "./choices";
export { DIAGNOSIS_GROUPS, CASE_STATUSES, CLOSING_REASONS, EXEMPTION_REASONS, CASE_MILESTONES };

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZOpenCase = z.object({
  citizenId: uuidField,
  firstAbsenceDay: requiredDay,
  diagnosisGroup: enumField(DIAGNOSIS_GROUPS),
  diagnosisDetail: optionalText(200),
  caseworkerId: uuidField,
});
export type TOpenCase = z.output<typeof ZOpenCase>;

/**
 * A decision on a loose end of a closing case (issue 8 item 6, lib/cases/loose-ends.ts): radio
 * "decision.<kind>.<id>" with the value "<decision>@<version of the record>".
 */
const ZLooseEndDecisionRaw = z.object({ kind: z.string(), id: z.string(), value: z.unknown() });
const MAX_DECISIONS = 200;

/** The hours per week of a partial return (0.5–37, "18,5" accepted); blank = not given. */
const ZStatusHours = z.preprocess(blankToUndefined, decimalInRange(0.5, 37).optional());

/**
 * Whether a case status carries hours per week (only a partial return does, SPEC: the graded return).
 * The form's hours field is validated, and kept, only for such a status: a leftover value in the
 * field does not stop closing the case.
 */
export function statusUsesHours(status: unknown): boolean {
  return status === "PARTIAL_RETURN";
}

export const ZChangeCaseStatus = z
  .preprocess(
    collectDecisions,
    z.object({
      caseId: uuidField,
      version: versionField,
      status: enumField(CASE_STATUSES),
      effectiveOn: requiredDay,
      // Read as it came: the hours are validated only for a status that uses them (below).
      hoursPerWeek: z.unknown().optional(),
      closingReason: z.preprocess(blankToUndefined, enumField(CLOSING_REASONS).optional()),
      note: optionalText(1000),
      decisions: z.array(ZLooseEndDecisionRaw).max(MAX_DECISIONS, "errors.formInvalid").default([]),
    }),
  )
  .superRefine((v, ctx) => {
    for (const d of v.decisions) {
      const field = `decision.${d.kind}.${d.id}`;
      const kindOk = (LOOSE_END_KINDS as readonly string[]).includes(d.kind) && uuidField.safeParse(d.id).success;
      if (!kindOk || !parseDecisionValue(d.value)) ctx.addIssue({ code: "custom", path: [field], message: "errors.invalidChoice" });
    }
    if (statusUsesHours(v.status)) {
      const hours = ZStatusHours.safeParse(v.hoursPerWeek);
      if (!hours.success)
        for (const issue of hours.error.issues) ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: issue.message });
      else if (hours.data === undefined) ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: "cases.errors.hoursRequired" });
    }
    if (v.status === "CLOSED" && v.closingReason === undefined)
      ctx.addIssue({ code: "custom", path: ["closingReason"], message: "cases.errors.closingReasonRequired" });
  })
  .transform((v) => ({
    ...v,
    // Only the facts that belong to the new status are kept.
    // (Whatever the hours field held is ignored for another status: closing does not need it.)
    hoursPerWeek: statusUsesHours(v.status) ? ZStatusHours.parse(v.hoursPerWeek)! : null,
    closingReason: v.status === "CLOSED" ? v.closingReason! : null,
    // Decisions on loose ends belong to closing only.
    decisions:
      v.status === "CLOSED" ? v.decisions.map((d) => ({ kind: d.kind as LooseEndKind, id: d.id, ...parseDecisionValue(d.value)! })) : [],
  }));
export type TChangeCaseStatus = z.output<typeof ZChangeCaseStatus>;

export const ZGrantExemption = z
  .object({
    caseId: uuidField,
    version: versionField,
    exemptionReason: enumField(EXEMPTION_REASONS),
    fromOn: requiredDay,
    untilOn: optionalDay,
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    refuseEndBeforeStart(ctx, { start: v.fromOn, end: v.untilOn, path: "untilOn" });
  });
export type TGrantExemption = z.output<typeof ZGrantExemption>;

export const ZVoidExemption = z.object({ caseId: uuidField, exemptionId: uuidField, version: versionField, reason: reasonText() });
export type TVoidExemption = z.output<typeof ZVoidExemption>;

export const ZReassignCase = z.object({
  caseId: uuidField,
  version: versionField,
  caseworkerId: uuidField,
  note: optionalText(1000),
});
export type TReassignCase = z.output<typeof ZReassignCase>;

export const ZCorrectCase = z.object({
  caseId: uuidField,
  version: versionField,
  firstAbsenceDay: requiredDay,
  diagnosisGroup: enumField(DIAGNOSIS_GROUPS),
  diagnosisDetail: optionalText(200),
  reason: reasonText(),
});
export type TCorrectCase = z.output<typeof ZCorrectCase>;

export const ZVoidCase = z.object({ caseId: uuidField, version: versionField, reason: reasonText() });
export type TVoidCase = z.output<typeof ZVoidCase>;

export const DEADLINE_FILTERS = ["OVERDUE", "DUE_SOON", "ON_TRACK", "NONE"] as const;
export const STATUS_FILTERS = ["OPEN", ...CASE_STATUSES] as const;

/** Query of the "My cases" worklist (GET parameters); unknown values fall back to no filter. */
export const ZMyCasesQuery = z.object({
  status: z.enum(STATUS_FILTERS).catch("OPEN").default("OPEN"),
  group: z.enum(DIAGNOSIS_GROUPS).optional().catch(undefined),
  state: z.enum(DEADLINE_FILTERS).optional().catch(undefined),
  q: searchText(100),
  page: pageField,
});
export type TMyCasesQuery = z.output<typeof ZMyCasesQuery>;

export const ZRecordCaseMilestone = z.object({
  caseId: uuidField,
  version: versionField,
  milestone: enumField(CASE_MILESTONES),
  on: requiredDay,
});
export type TRecordCaseMilestone = z.output<typeof ZRecordCaseMilestone>;
